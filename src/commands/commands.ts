// Ribbon commands. The manifest's FunctionFile is taskpane.html (a shared runtime requires it to be the
// pane's page), so this module is bundled into the task pane: in the shared runtime (SharedRuntime 1.1) the
// command runs beside the pane and shares its session; on Excel without it, Office loads the same page in a
// hidden runtime of its own for the command. "แผงงาน" is the manifest's ShowTaskpane action: no code here.
import { sharedExcelHost } from "../excel/excelHost";
import { runRibbonRecalc } from "./recalcCommand";

/** ExecuteFunction "recalculateSheet". Office queues further clicks until event.completed() is called. */
export function recalculateSheet(event: Office.AddinCommands.Event): Promise<void> {
  return runRibbonRecalc(sharedExcelHost())
    .then(() => undefined)
    .finally(() => event.completed());
}

export function registerCommands(): void {
  if (Office.actions?.associate) {
    Office.actions.associate("recalculateSheet", recalculateSheet);
  } else {
    // Office builds without Office.actions look an ExecuteFunction up by its FunctionName on the page's globals.
    (globalThis as Record<string, unknown>).recalculateSheet = recalculateSheet;
  }
}

if (typeof Office !== "undefined") {
  void Office.onReady(() => registerCommands());
}
