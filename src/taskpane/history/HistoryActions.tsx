// Undo the last write (values, formats and fills) or clear only its highlights; the row also holds the other
// actions on the result (export), passed as children, so all of them stay in one place.
import type { ReactNode } from "react";
import { Button, makeStyles, tokens } from "@fluentui/react-components";
import type { UndoRecord } from "../../scorecard";
import { useUi } from "../strings/ui";

const useStyles = makeStyles({
  root: { display: "flex", gap: tokens.spacingHorizontalS, flexWrap: "wrap" },
});

export interface HistoryActionsProps {
  last: UndoRecord | undefined;
  busy: boolean;
  highlightsCleared: boolean;
  onUndo: () => void;
  onClearHighlights: () => void;
  children?: ReactNode;
}

export function HistoryActions({ last, busy, highlightsCleared, onUndo, onClearHighlights, children }: HistoryActionsProps) {
  const { t } = useUi();
  const styles = useStyles();
  const canClear = !!last && last.highlighted.length > 0 && !highlightsCleared;
  return (
    <div className={styles.root} data-testid="actions">
      <Button disabledFocusable={busy || !last} onClick={onUndo}>
        {t.undo}
      </Button>
      <Button disabledFocusable={busy || !canClear} onClick={onClearHighlights}>
        {t.clearHighlights}
      </Button>
      {children}
    </div>
  );
}
