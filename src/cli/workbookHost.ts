// The ScorecardHost over an .xlsx file held in memory: the command line (and the preview page) run the
// same recalculation as the task pane, with cells moved by src/xlsx instead of Office.js.
import type { ApplyOptions, ScorecardHost, SheetSettings, UndoRecord } from "../scorecard/host";
import { settingsKey } from "../scorecard/host";
import type { Grid, WritePlan } from "../scorecard/types";
import type { XlsxWorkbook } from "../xlsx";

export class WorkbookHost implements ScorecardHost {
  /** The last cell selectCell asked for: a file has no selection, so we keep it for whoever shows one. */
  selected: { sheetName: string; address: string } | null = null;

  constructor(readonly workbook: XlsxWorkbook) {}

  async listSheets(): Promise<string[]> {
    return this.workbook.sheetNames();
  }

  /** A file has no active sheet of its own; the first sheet is what Excel shows first. */
  async activeSheet(): Promise<string> {
    return this.workbook.sheetNames()[0] ?? "";
  }

  async readGrid(sheetName: string): Promise<Grid> {
    return this.workbook.readGrid(sheetName);
  }

  async applyPlan(plan: WritePlan, options: ApplyOptions): Promise<UndoRecord> {
    return this.workbook.applyPlan(plan, options);
  }

  async restore(record: UndoRecord, what: "all" | "fills"): Promise<void> {
    this.workbook.restore(record, what);
  }

  async selectCell(sheetName: string, address: string): Promise<void> {
    this.selected = { sheetName, address };
  }

  /** Settings the task pane saved in the file; {} when there are none or they are not readable JSON. */
  async loadSettings(sheetName: string): Promise<SheetSettings> {
    const raw = this.workbook.settings()[settingsKey(sheetName)];
    if (raw === undefined) return {};
    try {
      let value: unknown = JSON.parse(raw);
      // Office stores each setting as JSON; an add-in that stored a JSON string gets JSON of a string.
      if (typeof value === "string") value = JSON.parse(value);
      return value && typeof value === "object" && !Array.isArray(value) ? (value as SheetSettings) : {};
    } catch {
      return {};
    }
  }

  /** Stores the settings as Office does for settings.set(key, object): the JSON text of the object. */
  async saveSettings(sheetName: string, settings: SheetSettings): Promise<void> {
    this.workbook.setSetting(settingsKey(sheetName), JSON.stringify(settings));
  }

  toBytes(): Promise<Uint8Array> {
    return this.workbook.toBytes();
  }
}
