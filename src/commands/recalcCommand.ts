// The ribbon's "คำนวณคะแนน": recalculate the active sheet with no questions asked (changed values are
// written, formula cells kept, as recalculate() does without a confirm callback), and leave the outcome and
// the undo record in the session, where the task pane finds them. Never throws: problems become notices.
import { actionableError } from "../excel/actionableError";
import { numerals, recalculate, undoAfterFailure, type RecalcOutcome, type ScorecardHost } from "../scorecard";
import { session } from "./session";

export interface RibbonNotice {
  level: "info" | "warning" | "error";
  message: string;
  messageEn: string;
}

export type RibbonOutcome = RecalcOutcome | { status: "busy" } | { status: "failed"; error: string };

type Listener = (notice: RibbonNotice) => void;
let latest: RibbonNotice | null = null;
const listeners = new Set<Listener>();

/** The last notice from a ribbon run, for the pane to show (it may open later than the run). */
export const ribbonNotices = {
  latest: (): RibbonNotice | null => latest,
  subscribe(listener: Listener): () => void {
    listeners.add(listener);
    return () => listeners.delete(listener);
  },
  /** For tests. */
  reset(): void {
    latest = null;
    listeners.clear();
  },
};

/** Keeps the notice for the pane (which may open later than the run) and tells the pane if it is open. */
export function keepNotice(notice: RibbonNotice): void {
  latest = notice;
  listeners.forEach((l) => l(notice));
}

/**
 * Opens the pane for a warning or an error (Office.addin.showAsTaskpane needs SharedRuntime 1.1; without it
 * the notice waits in this runtime). Never throws: showing the pane is a courtesy, the notice is kept either way.
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

function noticeFor(outcome: RecalcOutcome): RibbonNotice {
  switch (outcome.status) {
    case "not-a-scorecard":
      return { level: "warning", message: outcome.reason.message, messageEn: outcome.reason.messageEn };
    case "cancelled":
      return { level: "info", message: "ยกเลิกการคำนวณ", messageEn: "Recalculation cancelled" };
    case "done": {
      const { scorecard, skippedFormulas } = outcome;
      // A result due by now is told with the pending ones, not again among the items to check.
      const overdue = scorecard.flags.filter((f) => f.code === "result-overdue").length;
      const problems = scorecard.flags.filter((f) => f.severity !== "info" && f.code !== "result-overdue").length;
      const pending = scorecard.kpis.filter((k) => k.status === "pending").length;
      // The Thai notice in the sheet's digits, as the pane's total shows them.
      const n = numerals(scorecard.thaiDigits);
      const parts: [th: string, en: string][] = [[`คะแนนรวม ${n.decimal(scorecard.total)}`, `Total ${scorecard.totalText}`]];
      if (pending > 0) {
        const [th, en] = [`รอผล ${n.plain(pending)} ตัวชี้วัด (นับเป็น ${n.plain(0)})`, `${pending} KPI(s) pending (counted as 0)`];
        parts.push(overdue > 0 ? [`${th} ซึ่ง ${n.plain(overdue)} ตัวชี้วัดควรทราบผลแล้ว`, `${en}, ${overdue} of them due by now`] : [th, en]);
      }
      if (problems > 0) parts.push([`มีประเด็นที่ต้องตรวจ ${n.plain(problems)} รายการ`, `${problems} item(s) to check`]);
      const kept = skippedFormulas.length;
      if (kept > 0) parts.push([`คงสูตรไว้ ${n.plain(kept)} เซลล์`, `${kept} formula cell(s) kept`]);
      return {
        level: problems > 0 || overdue > 0 ? "warning" : "info",
        message: parts.map(([th]) => th).join(" · "),
        messageEn: parts.map(([, en]) => en).join(" · "),
      };
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
    await tell({ level: "info", message: "กำลังคำนวณอยู่ โปรดรอสักครู่", messageEn: "A recalculation is already running" });
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
    await tell(action ? { level: "error", message: action.th, messageEn: action.en } : { level: "error", message: `คำนวณไม่สำเร็จ: ${error}`, messageEn: `Recalculation failed: ${error}` });
    return { status: "failed", error };
  } finally {
    session.update({ busy: false });
  }
}
