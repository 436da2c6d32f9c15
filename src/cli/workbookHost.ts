// The ScorecardHost over an .xlsx file held in memory: the command line (and the preview page) run the
// same recalculation as the task pane, with cells moved by src/xlsx instead of Office.js.
import { type ApplyOptions, type Grid, type ScorecardHost, settingsFrom, settingsKey, SheetExistsError, type SheetLayout, type SheetSettings, type SummaryChartData, type UndoRecord, type WritePlan } from "../scorecard";
import { sheetXml } from "../export/xlsxSheet";
import { cellStyleSpecs, styleIndex } from "../export/xlsxStyles";
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
    return settingsFrom(this.workbook.settings()[settingsKey(sheetName)]);
  }

  /** Stores the settings as Office does for settings.set(key, object): the JSON text of the object. */
  async saveSettings(sheetName: string, settings: SheetSettings): Promise<void> {
    this.workbook.setSetting(settingsKey(sheetName), JSON.stringify(settings));
  }

  /**
   * The summary as a new worksheet of this file, rendered by the same writer as `scorecard export`'s .xlsx
   * (src/export/xlsxSheet.ts), its styles appended to the file's own. No charts here: a sheet added into an
   * existing file stays chart-less (its drawing would have to join the file's own drawing parts); the workbook
   * `scorecard export` writes, and Excel, draw them.
   */
  async writeSummarySheet(sheetName: string, layout: SheetLayout, _charts: readonly SummaryChartData[], options: { replace: boolean }): Promise<void> {
    const taken = this.workbook.sheetNames().find((n) => n.toLowerCase() === sheetName.toLowerCase());
    if (taken !== undefined && !options.replace) throw new SheetExistsError(taken);
    const ids = this.workbook.addCellStyles(cellStyleSpecs(layout.thaiDigits));
    const part = sheetXml({ ...layout, sheetName }, { inlineStrings: true, styleIndex: (style, kind) => ids[styleIndex(style, kind)] });
    this.workbook.putWorksheet(sheetName, part.xml, { replace: options.replace, printTitleRows: layout.printTitleRows });
  }

  toBytes(): Promise<Uint8Array> {
    return this.workbook.toBytes();
  }
}
