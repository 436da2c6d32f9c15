// One KPI of a change group: its number and name, its level or score before → after, and the change in points.
// A KPI the current sheet has is a button that selects its cell there (as a flag does); one it no longer has is text.
import { Button, Caption1, makeStyles, tokens } from "@fluentui/react-components";
import { kpiNumber, SCALE_DECIMALS, withoutKpiNumber, type KpiComparison, type Scale } from "../../scorecard";
import { useUi } from "../strings/ui";
import { ChangeFigure } from "./ChangeFigure";
import { currentCell, sideText } from "./compareModel";
import { useCellButtonStyles } from "../app/cellButtonStyles";

const useStyles = makeStyles({
  // Lined up with the buttons' text: a Fluent button's inline padding plus its 1px border.
  plain: { paddingInline: `calc(${tokens.spacingHorizontalM} + 1px)`, paddingBlock: tokens.spacingVerticalXS },
  text: { display: "grid", gap: "2px", minWidth: 0 },
  name: { display: "-webkit-box", WebkitLineClamp: 2, WebkitBoxOrient: "vertical", overflow: "hidden" },
  id: { fontWeight: tokens.fontWeightSemibold, marginInlineEnd: tokens.spacingHorizontalXS },
  meta: { color: tokens.colorNeutralForeground3 },
});

export function CompareKpi({ kpi, scale, onSelect }: { kpi: KpiComparison; scale: Scale; onSelect: (cell: string) => void }) {
  const ui = useUi();
  const { t, fmt } = ui;
  const styles = useStyles();
  const cellButton = useCellButtonStyles();
  const shown = (kpi.new ?? kpi.old)!;
  const id = kpiNumber(shown.name) ?? (shown.id.startsWith("row ") ? undefined : shown.id);
  const name = id !== undefined && kpiNumber(shown.name) === id ? withoutKpiNumber(shown.name) : shown.name;
  const renamed = kpi.old && kpi.new && kpi.old.name !== kpi.new.name ? t.compare.formerName(kpi.old.name) : null;
  const cell = currentCell(kpi);
  const body = (
    <span className={styles.text}>
      <span className={styles.name}>
        {id !== undefined && <span className={styles.id}>{fmt.plain(id)}</span>}
        {name}
      </span>
      <Caption1>
        {`${sideText(ui, kpi.old, scale)} → ${sideText(ui, kpi.new, scale)} · `}
        <ChangeFigure change={kpi.pointsChange} decimals={SCALE_DECIMALS[scale]} />
      </Caption1>
      <Caption1 className={styles.meta}>{[cell ? t.flagCell(cell) : t.compare.notOnSheet, renamed].filter(Boolean).join(" · ")}</Caption1>
    </span>
  );
  if (!cell) return <div className={styles.plain}>{body}</div>;
  return (
    <Button appearance="subtle" className={cellButton.button} onClick={() => onSelect(cell)} data-cell={cell}>
      {body}
    </Button>
  );
}
