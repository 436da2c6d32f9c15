// Runs the engine's recalculation through the host and records the outcome in the shared session.
import { useCallback, useState } from "react";
import { clearedHighlights, recalculate, undoAfterFailure, type ChangePreview, type Consent, type RecalcOutcome, type RecalcStep, type ScorecardHost } from "../../scorecard";
import { session } from "../../session/session";
import { errorNotice, type Notice } from "../notices/notice";
import type { Ui } from "../strings/ui";

export function useRecalc(host: ScorecardHost, ui: Ui, ask: (preview: ChangePreview) => Promise<Consent>) {
  const [step, setStep] = useState<RecalcStep | null>(null);
  const [notice, setNotice] = useState<Notice | null>(null);

  /** Resolves with the outcome (undefined when busy or failed), for callers that report on it. */
  const run = useCallback(async (): Promise<RecalcOutcome | undefined> => {
    if (session.get().busy) return undefined;
    const { t, fmt } = ui;
    session.update({ busy: true });
    setNotice(null);
    setStep("reading");
    try {
      const sheet = await host.activeSheet();
      const outcome = await recalculate(host, sheet, { confirm: ask, onProgress: setStep, highlights: true });
      const undoStack = outcome.status === "done" ? [...session.get().undoStack, outcome.undo] : session.get().undoStack;
      session.update({ lastOutcome: outcome, undoStack, busy: false });
      if (outcome.status === "cancelled") setNotice({ intent: "info", text: t.cancelled });
      if (outcome.status === "done") {
        const written = outcome.scorecard.plan.writes.length - outcome.skippedFormulas.length;
        const kept = outcome.skippedFormulas.length;
        const cleared = clearedHighlights(outcome.scorecard.plan).length;
        const detail = [kept ? t.formulasKept(fmt.plain(kept)) : "", cleared ? t.highlightsTakenOff(fmt.plain(cleared)) : ""].filter(Boolean).join(" · ");
        setNotice({ intent: "success", text: t.done(fmt.plain(written)), detail: detail || undefined });
      }
      return outcome;
    } catch (error) {
      // [excel: partial write] a write Excel stopped part-way leaves its undo record, so ย้อนกลับ can restore it.
      const partial = undoAfterFailure(error);
      session.update({ busy: false, ...(partial ? { undoStack: [...session.get().undoStack, partial] } : {}) });
      setNotice(errorNotice(ui, error));
      return undefined;
    } finally {
      setStep(null);
    }
  }, [host, ui, ask]);

  return { run, step, notice, setNotice };
}
