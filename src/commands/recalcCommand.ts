// The ribbon's "คำนวณคะแนน": recalculate the active sheet with no questions asked (changed values are
// written, formula cells kept, as recalculate() does without a confirm callback), and leave the outcome and
// the undo record in the session, where the task pane finds them. Never throws: problems become notices.
import { actionableError } from "../excel/actionableError";
import { numerals, recalculate, undoAfterFailure, type Bilingual, type Lang, type RecalcOutcome, type ScorecardHost } from "../scorecard";
import { session, type RibbonNotice } from "../session/session";
import { RIBBON_STRINGS, type RibbonStrings } from "./ribbonStrings";

export type RibbonOutcome = RecalcOutcome | { status: "busy" } | { status: "failed"; error: string };

/** Keeps the notice in the session, where the pane finds it (it may open later than the run, or be open now). */
export function keepNotice(notice: RibbonNotice): void {
  session.update({ ribbonNotice: notice });
}

/**
 * Opens the pane for a warning or an error (Office.addin.showAsTaskpane needs SharedRuntime 1.1; without it the
 * command has a runtime of its own, which Office ends when the command completes, and the notice ends with it).
 * Never throws: showing the pane is a courtesy.
 */
export async function openPaneFor(notice: RibbonNotice): Promise<void> {
  if (notice.level === "info") return;
  try {
    if (typeof Office !== "undefined" && Office.context?.requirements?.isSetSupported("SharedRuntime", "1.1")) {
      await Office.addin.showAsTaskpane();
    }
  } catch {
    // as above
  }
}

/** Keeps the notice and opens the pane for it. */
export async function showNotice(notice: RibbonNotice): Promise<void> {
  keepNotice(notice);
  await openPaneFor(notice);
}

/** One text in both languages, each written with its own strings. */
const both = (say: (s: RibbonStrings, lang: Lang) => string): Bilingual => ({ th: say(RIBBON_STRINGS.th, "th"), en: say(RIBBON_STRINGS.en, "en") });

/** Parts joined as the notice line shows them. */
const joined = (parts: Bilingual[]): Bilingual => ({ th: parts.map((p) => p.th).join(" · "), en: parts.map((p) => p.en).join(" · ") });

function noticeFor(outcome: RecalcOutcome): RibbonNotice {
  switch (outcome.status) {
    case "not-a-scorecard":
      return { level: "warning", text: { th: outcome.reason.message, en: outcome.reason.messageEn } };
    case "cancelled":
      return { level: "info", text: both((s) => s.cancelled) };
    case "done": {
      const { scorecard, skippedFormulas } = outcome;
      // A result due by now is told with the pending ones, not again among the items to check.
      const overdue = scorecard.flags.filter((f) => f.code === "result-overdue").length;
      const problems = scorecard.flags.filter((f) => f.severity !== "info" && f.code !== "result-overdue").length;
      const pending = scorecard.kpis.filter((k) => k.status === "pending").length;
      // The Thai notice in the sheet's digits, as the pane's total shows them.
      const n = { th: numerals(scorecard.thaiDigits), en: numerals(false) };
      // As the sheet shows it: 2 decimals on the HR Scorecard, 4 on the 5-point scale.
      const total: Bilingual = { th: n.th.plain(scorecard.totalText), en: scorecard.totalText };
      // A sheet of rounds side by side: the total is the latest round's with results, which the notice names.
      const block = scorecard.block;
      const parts = [...(block ? [both((s) => s.block(block))] : []), both((s, l) => s.total(total[l]))];
      if (pending > 0) {
        const waiting = (s: RibbonStrings, l: Lang) => s.pending(n[l].plain(pending), n[l].plain(0));
        parts.push(both((s, l) => (overdue > 0 ? s.overdue(waiting(s, l), n[l].plain(overdue)) : waiting(s, l))));
      }
      if (problems > 0) parts.push(both((s, l) => s.toCheck(n[l].plain(problems))));
      const kept = skippedFormulas.length;
      if (kept > 0) parts.push(both((s, l) => s.formulasKept(n[l].plain(kept))));
      return { level: problems > 0 || overdue > 0 ? "warning" : "info", text: joined(parts) };
    }
  }
}

export async function runRibbonRecalc(host: ScorecardHost, notify: (notice: RibbonNotice) => void | Promise<void> = showNotice): Promise<RibbonOutcome> {
  const tell = async (notice: RibbonNotice) => {
    try {
      await notify(notice);
    } catch {
      // a failing notifier must not turn into a failing command
    }
  };
  if (session.get().busy) {
    await tell({ level: "info", text: both((s) => s.busy) });
    return { status: "busy" };
  }
  session.update({ busy: true });
  try {
    const sheetName = await host.activeSheet();
    const outcome = await recalculate(host, sheetName);
    session.update({
      lastOutcome: outcome,
      ...(outcome.status === "done" ? { undoStack: [...session.get().undoStack, outcome.undo] } : {}),
    });
    await tell(noticeFor(outcome));
    return outcome;
  } catch (e) {
    // [excel: partial write] a write Excel stopped part-way leaves its undo record, so ย้อนกลับ can restore it.
    const partial = undoAfterFailure(e);
    if (partial) session.update({ undoStack: [...session.get().undoStack, partial] });
    const error = e instanceof Error ? e.message : String(e);
    const action = actionableError(e);
    await tell({ level: "error", text: action ?? both((s) => s.failed(error)) });
    return { status: "failed", error };
  } finally {
    session.update({ busy: false });
  }
}
