// Ribbon commands, loaded on the first click by ./registerRibbon (which registers the names with Office at once).
// The manifest's FunctionFile is taskpane.html (a shared runtime requires it to be the pane's page), so this
// module is part of the task pane's bundle: in the shared runtime (SharedRuntime 1.1) the command runs beside the
// pane and shares its session; on Excel without it, Office loads the same page in a hidden runtime of its own.
// "แผงงาน" is the manifest's ShowTaskpane action: no code here.
import { sharedExcelHost } from "../excel/excelHost";
import type { RibbonNotice } from "../session/session";
import { keepNotice, openPaneFor, runRibbonRecalc } from "./recalcCommand";

/**
 * ExecuteFunction "recalculateSheet". Office queues further clicks until event.completed() is called, so it is
 * called as soon as the recalculation has ended, and only then is the pane opened to show a warning: the pane
 * may not appear until the command completes, and on Mac the button stays "working" while showAsTaskpane waits.
 */
export async function recalculateSheet(event: Office.AddinCommands.Event): Promise<void> {
  let notice = null as RibbonNotice | null; // set by the callback (a cast keeps TypeScript from narrowing it to null)
  try {
    await runRibbonRecalc(sharedExcelHost(), (n) => {
      notice = n;
      keepNotice(n);
    });
  } finally {
    event.completed();
  }
  if (notice) await openPaneFor(notice);
}
