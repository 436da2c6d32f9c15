// "เทียบกับรอบก่อน": choose the earlier round's sheet of this workbook; the total and each dimension before → after,
// then the KPIs grouped by what happened, each one that the current sheet has selecting its cell there. What it
// shows grows below its own picker, so nothing above it moves.
import { Accordion, AccordionHeader, AccordionItem, AccordionPanel, Body1, Caption1, Field, makeStyles, Select, Spinner, Subtitle2, tokens } from "@fluentui/react-components";
import { useEffect } from "react";
import { SCALE_DECIMALS, type BlockScorecard, type Comparison, type Scorecard, type ScorecardHost } from "../../scorecard";
import { useUi } from "../strings/ui";
import { ChangeFigure } from "./ChangeFigure";
import { CompareKpi } from "./CompareKpi";
import { changeGroups, listedDimensions, unchangedCount } from "./compareModel";
import { PREVIOUS_BLOCK, useCompare } from "./useCompare";

const useStyles = makeStyles({
  root: { display: "grid", gridTemplateColumns: "minmax(0, 1fr)", gap: tokens.spacingVerticalS },
  list: { listStyleType: "none", margin: 0, padding: 0, display: "grid", gridTemplateColumns: "minmax(0, 1fr)", gap: "2px" },
  dimensions: { listStyleType: "none", margin: 0, padding: 0, display: "grid", gridTemplateColumns: "minmax(0, 1fr)", gap: tokens.spacingVerticalS },
  // A dimension's whole name, then its figures on their own line: the official names fill the pane's width.
  dimension: { display: "grid", gridTemplateColumns: "minmax(0, 1fr)", gap: "2px" },
  line: { display: "flex", justifyContent: "space-between", gap: tokens.spacingHorizontalS, alignItems: "baseline", flexWrap: "wrap" },
  name: { minWidth: 0, flexShrink: 1, overflowWrap: "anywhere" },
  figures: { whiteSpace: "nowrap", fontVariantNumeric: "tabular-nums" },
  total: { fontSize: tokens.fontSizeBase500, fontWeight: tokens.fontWeightSemibold },
});

/** The groups worth a look open at once; results that came in and KPIs still pending fold, being the long lists. */
const OPEN = ["up", "down", "newly-pending", "added", "removed", "unmatched"];

/** `blocks`: the two blocks' headings, when both sides are blocks of the same sheet. */
function Result({ comparison, blocks, onSelect }: { comparison: Comparison; blocks: [string, string] | null; onSelect: (cell: string) => void }) {
  const { t, fmt } = useUi();
  const styles = useStyles();
  const decimals = SCALE_DECIMALS[comparison.scale];
  const points = (p: number | null) => (p === null ? "–" : fmt.decimal(p, decimals));
  const unchanged = unchangedCount(comparison);
  const dimensions = listedDimensions(comparison);
  return (
    <>
      <Caption1 data-testid="compare-sides">{blocks ? t.compare.blockSides(blocks[0], blocks[1]) : t.compare.sides(comparison.old.sheetName, comparison.new.sheetName)}</Caption1>
      <div className={styles.line} data-testid="compare-total">
        <Body1 className={styles.total}>{`${t.compare.total} ${fmt.plain(comparison.old.totalText)} → ${fmt.plain(comparison.new.totalText)}`}</Body1>
        <ChangeFigure change={comparison.totalChange} decimals={decimals} />
      </div>
      {dimensions.length > 0 && (
        <>
          <Subtitle2 as="h3">{t.compare.dimensions}</Subtitle2>
          <ul className={styles.dimensions}>
            {dimensions.map((d, i) => (
              <li key={`${d.name}-${i}`} className={styles.dimension} data-testid="compare-dimension">
                <Body1 className={styles.name}>{d.name}</Body1>
                <Caption1 className={styles.figures}>
                  {`${points(d.old)} → ${points(d.new)} `}
                  <ChangeFigure change={d.change} decimals={decimals} />
                </Caption1>
              </li>
            ))}
          </ul>
        </>
      )}
      <Accordion multiple collapsible defaultOpenItems={OPEN}>
        {changeGroups(comparison).map((g) => (
          <AccordionItem key={g.change} value={g.change} data-change={g.change}>
            <AccordionHeader as="h3">{t.groupHeading(t.compare.groups[g.change as keyof typeof t.compare.groups], fmt.plain(g.kpis.length), undefined)}</AccordionHeader>
            <AccordionPanel>
              <ul className={styles.list}>
                {g.kpis.map((k, i) => (
                  <li key={`${k.new?.cell ?? k.old?.cell}-${i}`}>
                    <CompareKpi kpi={k} scale={comparison.scale} onSelect={onSelect} />
                  </li>
                ))}
              </ul>
            </AccordionPanel>
          </AccordionItem>
        ))}
      </Accordion>
      {unchanged > 0 && <Caption1 data-testid="compare-unchanged">{t.compare.unchanged(fmt.plain(unchanged))}</Caption1>}
    </>
  );
}

export interface CompareSectionProps {
  host: ScorecardHost;
  scorecard: Scorecard;
  /** On a sheet with result blocks, the block before the one shown: offered first. */
  previous?: BlockScorecard | null;
  onSelect: (cell: string) => void;
  /** Told the other sheet compared with (null when none is), for the summary's change column (ExportSection). */
  onComparedSheet?: (sheet: string | null) => void;
}

export function CompareSection({ host, scorecard, previous = null, onSelect, onComparedSheet }: CompareSectionProps) {
  const { t } = useUi();
  const styles = useStyles();
  const { others, picked, pick, listSheets, state } = useCompare(host, scorecard, previous);
  const comparedSheet = state.kind === "compared" && picked !== null && picked !== PREVIOUS_BLOCK ? picked : null;
  useEffect(() => {
    onComparedSheet?.(comparedSheet);
    return () => onComparedSheet?.(null); // gone with the section
  }, [comparedSheet, onComparedSheet]);
  const blocks: [string, string] | null = picked === PREVIOUS_BLOCK && previous ? [previous.heading, scorecard.block ?? ""] : null;
  return (
    <section className={styles.root} aria-labelledby="compare-heading" data-testid="compare">
      <Subtitle2 as="h2" id="compare-heading">
        {t.compare.heading}
      </Subtitle2>
      {others !== null && others.length === 0 && !previous ? (
        <Body1>{t.compare.noOtherSheet}</Body1>
      ) : (
        <Field label={t.compare.pick}>
          <Select value={picked ?? ""} disabled={others === null} onFocus={listSheets} onChange={(_, data) => pick(data.value || null)}>
            <option value="">{t.compare.placeholder}</option>
            {previous && <option value={PREVIOUS_BLOCK}>{t.compare.previousBlock(previous.heading)}</option>}
            {(others ?? []).map((name) => (
              <option key={name} value={name}>
                {name}
              </option>
            ))}
          </Select>
        </Field>
      )}
      <div role="status" aria-live="polite" className={styles.root}>
        {state.kind === "reading" && <Spinner size="tiny" labelPosition="after" label={t.compare.reading(state.sheet)} />}
        {state.kind === "message" && <Body1 data-testid="compare-message">{state.text}</Body1>}
      </div>
      {state.kind === "compared" && <Result comparison={state.comparison} blocks={blocks} onSelect={onSelect} />}
    </section>
  );
}
