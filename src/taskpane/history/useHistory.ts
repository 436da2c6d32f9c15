// ย้อนกลับ / ล้างไฮไลต์: both work on the newest undo record in the shared session.
import { useCallback, useState } from "react";
import type { ScorecardHost, UndoRecord } from "../../scorecard";
import { session } from "../../session/session";
import { errorNotice, type Notice } from "../notices/notice";
import type { Ui } from "../strings/ui";

export function useHistory(host: ScorecardHost, ui: Ui, setNotice: (n: Notice | null) => void) {
  // Which record's highlights were cleared: a newer recalculation paints again.
  const [clearedFor, setClearedFor] = useState<UndoRecord | null>(null);

  const fail = useCallback(
    (error: unknown) => setNotice(errorNotice(ui, error)),
    [ui, setNotice],
  );

  const undo = useCallback(async () => {
    const { undoStack, busy } = session.get();
    const record = undoStack[undoStack.length - 1];
    if (!record || busy) return;
    session.update({ busy: true });
    try {
      await host.restore(record, "all");
      session.update({ undoStack: session.get().undoStack.slice(0, -1), busy: false });
      setNotice({ intent: "info", text: ui.t.undone });
    } catch (error) {
      session.update({ busy: false });
      fail(error);
    }
  }, [host, ui, setNotice, fail]);

  const clearHighlights = useCallback(async () => {
    const { undoStack } = session.get();
    const record = undoStack[undoStack.length - 1];
    if (!record) return;
    try {
      await host.restore(record, "fills");
      setClearedFor(record);
      setNotice({ intent: "info", text: ui.t.highlightsCleared });
    } catch (error) {
      fail(error);
    }
  }, [host, ui, setNotice, fail]);

  return { undo, clearHighlights, clearedFor };
}
