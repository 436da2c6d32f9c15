// Each dimension's points against its weight, as a compact bar with a spoken label.
import { Body1, Caption1, makeStyles, ProgressBar, Subtitle2, tokens } from "@fluentui/react-components";
import type { Dimension } from "../../scorecard";
import { useUi } from "../strings/ui";

const useStyles = makeStyles({
  list: { listStyleType: "none", margin: 0, padding: 0, display: "grid", gridTemplateColumns: "minmax(0, 1fr)", gap: tokens.spacingVerticalS },
  row: { display: "grid", gridTemplateColumns: "minmax(0, 1fr)", gap: tokens.spacingVerticalXXS },
  line: { display: "flex", justifyContent: "space-between", gap: tokens.spacingHorizontalS, alignItems: "baseline" },
  // Whole names, wrapped: dimensions ๒ and ๓ of the official sheet differ only at their ends.
  name: { minWidth: 0, flexShrink: 1, overflowWrap: "anywhere" },
  score: { whiteSpace: "nowrap", fontVariantNumeric: "tabular-nums", flexShrink: 0 },
});

export function DimensionBars({ dimensions }: { dimensions: Dimension[] }) {
  const { t, fmt } = useUi();
  const styles = useStyles();
  const weightText = (w: number | null) => (w === null ? "–" : Number.isInteger(w) ? fmt.plain(w) : fmt.decimal(w));
  return (
    <section aria-labelledby="dimensions-heading">
      <Subtitle2 as="h2" id="dimensions-heading">
        {t.dimensions}
      </Subtitle2>
      <ul className={styles.list}>
        {dimensions.map((d, i) => {
          const points = fmt.decimal(d.points);
          const weight = weightText(d.weight);
          const label = t.dimensionLabel(fmt.plain(i + 1), points, weight);
          const value = d.weight ? Math.max(0, Math.min(1, d.points / d.weight)) : 0;
          return (
            <li key={`${d.top}-${i}`} className={styles.row}>
              <div className={styles.line}>
                <Body1 className={styles.name} data-testid="dimension-name">
                  {d.name}
                </Body1>
                <Caption1 className={styles.score} aria-hidden>
                  {`${points} / ${weight}`}
                </Caption1>
              </div>
              <ProgressBar value={value} max={1} thickness="large" aria-label={label} />
            </li>
          );
        })}
      </ul>
    </section>
  );
}
