// The preview page's host: the CLI's WorkbookHost over an .xlsx opened in memory, plus what a page needs
// that a file does not: change notification (so the grid view re-renders), the sheet being viewed,
// the selected cell, and settings kept in memory for the page's life (a file that never had the add-in
// inserted cannot hold them; settings already saved in the file are read when the page has none).
import type { ApplyOptions, ScorecardHost, SheetSettings, UndoRecord } from "../scorecard";
import type { Grid, SheetLayout, SummaryChartData, WritePlan } from "../scorecard";
import { WorkbookHost } from "../cli/workbookHost";
import { openXlsx, type XlsxWorkbook } from "../xlsx";

export interface Selection {
  sheetName: string;
  address: string;
}

export class PreviewHost implements ScorecardHost {
  private readonly inner: WorkbookHost;
  private readonly settings = new Map<string, SheetSettings>();
  private readonly listeners = new Set<() => void>();
  private active: string;
  /** Bumped on every change; the grid view re-reads when it moves. */
  version = 0;
  selection: Selection | null = null;

  private constructor(readonly workbook: XlsxWorkbook) {
    this.inner = new WorkbookHost(workbook);
    this.active = workbook.sheetNames()[0] ?? "";
  }

  static async open(bytes: Uint8Array): Promise<PreviewHost> {
    return new PreviewHost(await openXlsx(bytes));
  }

  subscribe = (listener: () => void): (() => void) => {
    this.listeners.add(listener);
    return () => void this.listeners.delete(listener);
  };

  getVersion = (): number => this.version;

  private changed(): void {
    this.version++;
    this.listeners.forEach((l) => l());
  }

  /** The sheet tab the user clicked in the grid view: what "active sheet" means here. */
  showSheet(sheetName: string): void {
    this.active = sheetName;
    this.changed();
  }

  /** Fill of a cell as #RRGGBB, or null: painted by the host's highlights. */
  fill(sheetName: string, row: number, col: number): string | null {
    return this.workbook.cellFill(sheetName, row, col);
  }

  async listSheets(): Promise<string[]> {
    return this.inner.listSheets();
  }

  async activeSheet(): Promise<string> {
    return this.active;
  }

  async readGrid(sheetName: string): Promise<Grid> {
    return this.inner.readGrid(sheetName);
  }

  async applyPlan(plan: WritePlan, options: ApplyOptions): Promise<UndoRecord> {
    const record = await this.inner.applyPlan(plan, options);
    this.changed();
    return record;
  }

  async restore(record: UndoRecord, what: "all" | "fills"): Promise<void> {
    await this.inner.restore(record, what);
    this.changed();
  }

  async selectCell(sheetName: string, address: string): Promise<void> {
    await this.inner.selectCell(sheetName, address);
    this.active = sheetName;
    this.selection = { sheetName, address };
    this.changed();
  }

  /** The file host's summary sheet (no chart: that is Excel's); shown at once, as Excel activates it. */
  async writeSummarySheet(sheetName: string, layout: SheetLayout, charts: readonly SummaryChartData[], options: { replace: boolean }): Promise<void> {
    await this.inner.writeSummarySheet(sheetName, layout, charts, options);
    this.active = sheetName;
    this.changed();
  }

  async loadSettings(sheetName: string): Promise<SheetSettings> {
    return this.settings.get(sheetName) ?? this.inner.loadSettings(sheetName);
  }

  async saveSettings(sheetName: string, settings: SheetSettings): Promise<void> {
    this.settings.set(sheetName, settings);
    this.changed();
  }
}
