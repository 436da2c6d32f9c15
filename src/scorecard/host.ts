// The one interface every host implements: the Excel adapter (src/excel), the command line (src/cli)
// and the in-memory workbook behind the preview page. Hosts only move cells; all scoring is the engine's.
import type { SheetLayout, SummaryChartData } from "./sheetLayout";
import type { ColumnMapping, Grid, Highlight, RawValue, ScoringMethod, WritePlan } from "./types";

/** Per-sheet settings, kept in the workbook (Office: workbook.settings). */
export interface SheetSettings {
  /** Unset: the scale's own rule (the step on the HR Scorecard, interpolation on the 5-point scale). */
  method?: ScoringMethod;
  mapping?: ColumnMapping;
  /** 5-point scale: leave pending KPIs out of the sum of weights (the total over reported KPIs only). */
  pendingOutOfSum?: boolean;
}

/** A cell as it was before a write: enough to put it back exactly. */
export interface CellSnapshot {
  row: number;
  col: number;
  address: string;
  value: RawValue;
  formula: string | null;
  numberFormat: string | null;
  /** Fill colour #RRGGBB, or null for no fill. */
  fill: string | null;
}

/** What `applyPlan` changed, so that `restore` can take it back. */
export interface UndoRecord {
  sheetName: string;
  /** Every cell the write touched (values, formats or fills), as it was before. */
  cells: CellSnapshot[];
  /** The highlighted cells, as they were before (a subset of `cells`): what "clear highlights" restores. */
  highlighted: CellSnapshot[];
  /**
   * Result cells whose highlight from an earlier run the write took off, their result being in (a subset of
   * `cells`): undo gives them their fill back; "clear highlights" leaves them. Absent in older records.
   */
  cleared?: CellSnapshot[];
}

export interface ApplyOptions {
  /** Paint pending / missing / invalid result cells (Highlight.color). */
  highlights: boolean;
  /**
   * Keep what undo needs (default true). With false (the command line, which never undoes) a host may skip
   * snapshotting the cells: the record then has empty `cells` and `highlighted`, and `restore` does nothing.
   */
  undo?: boolean;
}

export interface ScorecardHost {
  listSheets(): Promise<string[]>;
  activeSheet(): Promise<string>;
  /**
   * Values, number formats, formulas and merged areas of the sheet's used range: one round trip, or as few
   * as the host's payload limits allow (Excel on the web: 5 MB an answer).
   */
  readGrid(sheetName: string): Promise<Grid>;
  /**
   * Writes the plan exactly as given (the caller has already removed what the user did not consent to):
   * one round trip (more only past the host's payload limits). Returns what the cells held before. A write
   * the host stopped part-way throws PartialWriteError, carrying the record of what it may have changed.
   */
  applyPlan(plan: WritePlan, options: ApplyOptions): Promise<UndoRecord>;
  /**
   * Puts cells back: "all" restores the written cells' values and formats and the highlighted and cleared cells'
   * fills; "fills" only the highlighted cells' fills.
   */
  restore(record: UndoRecord, what: "all" | "fills"): Promise<void>;
  selectCell(sheetName: string, address: string): Promise<void>;
  loadSettings(sheetName: string): Promise<SheetSettings>;
  saveSettings(sheetName: string, settings: SheetSettings): Promise<void>;
  /**
   * Adds a worksheet `sheetName` holding `layout` (the summary: src/export/summaryLayout.ts), formatted for
   * printing, and makes it the active sheet. `charts`: the native charts beside it (src/export's summaryCharts:
   * the totals by round, points per dimension) where the host can draw them (Excel; a sheet the CLI adds to an
   * existing file has none). When the sheet exists it is
   * replaced only with `replace: true`; otherwise the host throws SheetExistsError and changes nothing.
   * Optional: hosts that cannot add sheets leave it out and the pane offers only the downloads.
   */
  writeSummarySheet?(sheetName: string, layout: SheetLayout, charts: readonly SummaryChartData[], options: { replace: boolean }): Promise<void>;
}

/** writeSummarySheet without `replace` found the sheet already there: ask the user, then call again. */
export class SheetExistsError extends Error {
  constructor(readonly sheetName: string) {
    super(`แผ่นงาน "${sheetName}" มีอยู่แล้ว / A sheet named "${sheetName}" already exists.`);
    this.name = "SheetExistsError";
  }
}

/**
 * The sheet is protected (Review › Protect Sheet), so the host cannot write into it: said before anything is
 * written, rather than failing partway with Excel's own message.
 */
export class SheetProtectedError extends Error {
  readonly th: string;
  readonly en: string;
  constructor(readonly sheetName: string) {
    const th = `แผ่นงาน "${sheetName}" ถูกป้องกันไว้ จึงยังไม่ได้เขียนอะไรลงไป ยกเลิกการป้องกัน (รีวิว › ยกเลิกการป้องกันแผ่นงาน) แล้วลองใหม่`;
    const en = `Sheet "${sheetName}" is protected, so nothing was written. Unprotect it (Review › Unprotect Sheet) and try again.`;
    super(`${th} / ${en}`);
    this.th = th;
    this.en = en;
    this.name = "SheetProtectedError";
  }
}

/**
 * A write that Excel stopped part-way (a later batch refused, the connection lost): some cells hold the new
 * values, some the old. `undo` covers every cell the write may have changed, so that ย้อนกลับ puts them back;
 * the front end keeps it as it keeps a finished run's record. `code` is the cause's Office error code.
 */
export class PartialWriteError extends Error {
  readonly th: string;
  readonly en: string;
  readonly code?: unknown;
  constructor(
    readonly undo: UndoRecord,
    readonly cause: unknown,
  ) {
    const th = `เขียนลงแผ่นงาน "${undo.sheetName}" ได้ไม่ครบ Excel หยุดกลางคัน กด ย้อนกลับ เพื่อคืนค่าเดิมให้เซลล์ที่เขียนไปแล้ว แล้วลองคำนวณใหม่`;
    const en = `Writing to sheet "${undo.sheetName}" stopped part-way. Press Undo (ย้อนกลับ) to put back the cells already written, then recalculate again.`;
    super(`${th} / ${en}`);
    this.th = th;
    this.en = en;
    this.code = (cause as { code?: unknown } | null)?.code;
    this.name = "PartialWriteError";
  }
}

export type { Highlight, SheetLayout, SummaryChartData };

/**
 * Key under which a sheet's settings are kept in the workbook's add-in settings
 * (Office.context.document.settings; in the .xlsx: xl/webextensions/webextension*.xml),
 * value: JSON of SheetSettings. The CLI reads the same key, so both honour one choice.
 */
export function settingsKey(sheetName: string): string {
  return `hrScorecard.sheet:${sheetName}`;
}

/**
 * A sheet's settings as a host finds them stored: the object itself (Office.context.document.settings), or
 * its JSON text (the .xlsx webextension part), or JSON of that text (an add-in that stored a string).
 * Anything unreadable is no settings, never an error.
 */
export function settingsFrom(stored: unknown): SheetSettings {
  let value = stored;
  for (let depth = 0; typeof value === "string" && depth < 2; depth++) {
    try {
      value = JSON.parse(value);
    } catch {
      return {};
    }
  }
  return value !== null && typeof value === "object" && !Array.isArray(value) ? (value as SheetSettings) : {};
}
