// Undo the last write (values, formats and fills) or clear only its highlights.
import { Button, makeStyles, tokens } from "@fluentui/react-components";
import type { UndoRecord } from "../scorecard";
import { useUi } from "./ui";

const useStyles = makeStyles({
  root: { display: "flex", gap: tokens.spacingHorizontalS, flexWrap: "wrap" },
});

export interface HistoryActionsProps {
  last: UndoRecord | undefined;
  busy: boolean;
  highlightsCleared: boolean;
  onUndo: () => void;
  onClearHighlights: () => void;
}

export function HistoryActions({ last, busy, highlightsCleared, onUndo, onClearHighlights }: HistoryActionsProps) {
  const { t } = useUi();
  const styles = useStyles();
  const canClear = !!last && last.highlighted.length > 0 && !highlightsCleared;
  return (
    <div className={styles.root}>
      <Button disabledFocusable={busy || !last} onClick={onUndo}>
        {t.undo}
      </Button>
      <Button disabledFocusable={busy || !canClear} onClick={onClearHighlights}>
        {t.clearHighlights}
      </Button>
    </div>
  );
}
