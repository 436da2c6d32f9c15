// One flagged KPI: its number, name (its unit taken out), owning unit and cell (and the note it quotes, where asked). Activating it
// selects the cell in the sheet.
import { Button, Caption1, makeStyles, tokens } from "@fluentui/react-components";
import { kpiNumber, withoutKpiNumber, type Flag, type Kpi } from "../../scorecard";
import { nameWithoutOwner } from "./groupFlags";
import { engineText } from "../strings";
import { useUi } from "../strings/ui";
import { useCellButtonStyles } from "../app/cellButtonStyles";

const useStyles = makeStyles({
  text: { display: "grid", gap: "2px", minWidth: 0 },
  name: {
    display: "-webkit-box",
    WebkitLineClamp: 2,
    WebkitBoxOrient: "vertical",
    overflow: "hidden",
  },
  id: { fontWeight: tokens.fontWeightSemibold, marginInlineEnd: tokens.spacingHorizontalXS },
  meta: { color: tokens.colorNeutralForeground3 },
});

/** "๑.๑ ร้อยละ…" already starts with its number: show the name without it, the number once, in the pane's digits. */
function withoutId(name: string, id: string | undefined): string {
  return id && kpiNumber(name) === id ? withoutKpiNumber(name) : name;
}

export interface FlagItemProps {
  flag: Flag;
  kpi: Kpi | undefined;
  showMessage: boolean;
  /** Show the note the flag quotes (a pending result's "ทราบผล เดือน ธ.ค. ๖๖") beside the cell. */
  showQuoted?: boolean;
  onSelect: (flag: Flag) => void;
}

export function FlagItem({ flag, kpi, showMessage, showQuoted = false, onSelect }: FlagItemProps) {
  const { lang, t, fmt } = useUi();
  const styles = useStyles();
  const cellButton = useCellButtonStyles();
  const id = flag.kpiId ?? kpi?.id;
  const meta = [kpi?.owner, t.flagCell(flag.cell), showQuoted ? flag.quoted : undefined].filter(Boolean).join(" · ");
  return (
    <Button appearance="subtle" className={cellButton.button} onClick={() => onSelect(flag)} data-cell={flag.cell}>
      <span className={styles.text}>
        <span className={styles.name}>
          {id !== undefined && <span className={styles.id}>{fmt.plain(id)}</span>}
          {kpi ? nameWithoutOwner(withoutId(kpi.name, id), kpi.owner) : engineText(lang, flag)}
        </span>
        <Caption1 className={styles.meta}>{meta}</Caption1>
        {showMessage && kpi && <Caption1>{engineText(lang, flag)}</Caption1>}
      </span>
    </Button>
  );
}
