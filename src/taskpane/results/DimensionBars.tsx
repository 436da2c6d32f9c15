// Each dimension's points against its weight (a 5-point table: each group row's weighted score against its stated
// share of 5), as a compact bar with a spoken label.
import { Body1, Caption1, makeStyles, mergeClasses, ProgressBar, Subtitle2, tokens } from "@fluentui/react-components";
import { roundForDisplay, SCALE_DECIMALS, type Scorecard } from "../../scorecard";
import { useUi } from "../strings/ui";
import { groupBars } from "./groupBars";

const useStyles = makeStyles({
  list: { listStyleType: "none", margin: 0, padding: 0, display: "grid", gridTemplateColumns: "minmax(0, 1fr)", gap: tokens.spacingVerticalS },
  row: { display: "grid", gridTemplateColumns: "minmax(0, 1fr)", gap: tokens.spacingVerticalXXS },
  nested: { paddingInlineStart: tokens.spacingHorizontalL },
  line: { display: "flex", justifyContent: "space-between", gap: tokens.spacingHorizontalS, alignItems: "baseline" },
  // Whole names, wrapped: dimensions ๒ and ๓ of the official sheet differ only at their ends.
  name: { minWidth: 0, flexShrink: 1, overflowWrap: "anywhere" },
  score: { whiteSpace: "nowrap", fontVariantNumeric: "tabular-nums", flexShrink: 0 },
});

export function DimensionBars({ scorecard }: { scorecard: Pick<Scorecard, "scale" | "dimensions" | "goals"> }) {
  const { t, fmt } = useUi();
  const styles = useStyles();
  const fivePoint = scorecard.scale === 5;
  const bars = groupBars(scorecard);
  if (bars.length === 0) return null; // a 5-point table without group rows: the total says it all
  // The HR Scorecard's points as its sheet shows them (2 decimals); a 5-point table's to 4, as its cells and total.
  const pointsText = (p: number) => fmt.decimal(p, SCALE_DECIMALS[scorecard.scale]);
  const markText = (w: number) => (Number.isInteger(w) ? fmt.plain(w) : fivePoint ? fmt.plain(roundForDisplay(w, 4)) : fmt.decimal(w));
  return (
    <section aria-labelledby="dimensions-heading">
      <Subtitle2 as="h2" id="dimensions-heading">
        {fivePoint ? t.groupsFivePoint : t.dimensions}
      </Subtitle2>
      <ul className={styles.list}>
        {bars.map((b, i) => {
          const points = pointsText(b.points);
          const mark = b.fullMark === null ? null : markText(b.fullMark);
          const label = fivePoint ? t.groupLabel(b.name, points, mark) : t.dimensionLabel(fmt.plain(i + 1), points, mark ?? "–");
          const value = b.fullMark ? Math.max(0, Math.min(1, b.points / b.fullMark)) : 0;
          // A 5-point group whose row states no share has nothing to measure against: its points alone, read as text.
          const bar = !(fivePoint && b.fullMark === null);
          return (
            <li key={b.key} className={mergeClasses(styles.row, b.depth === 1 && styles.nested)} data-depth={b.depth}>
              <div className={styles.line}>
                <Body1 className={styles.name} data-testid="dimension-name">
                  {b.name}
                </Body1>
                <Caption1 className={styles.score} aria-hidden={bar} data-testid="dimension-points">
                  {bar ? `${points} / ${mark ?? "–"}` : points}
                </Caption1>
              </div>
              {bar && <ProgressBar value={value} max={1} thickness="large" aria-label={label} />}
            </li>
          );
        })}
      </ul>
    </section>
  );
}
