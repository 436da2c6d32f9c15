// The Office.js host: moves cells between Excel and the engine. One context.sync() to read a sheet (merged
// areas included, in bands: mergeBands.ts), more only when its cells' answer would pass Excel on the web's
// 5 MB response limit (readBands.ts); one to write a plan (more only past the 5 MB request limit), never
// cutting through a merged area (mergeSafe.ts); 2D arrays per rectangle of cells, a sync per planned batch,
// never per cell. No scoring here: the plan says what to write.
import { type ApplyOptions, type CellRange, type CellSnapshot, type CellWrite, type Grid, type Highlight, PartialWriteError, type RawValue, type ScorecardHost, settingsFrom, settingsKey, type SheetLayout, SheetProtectedError, type SheetSettings, type SummaryChartData, toAddress, type UndoRecord, type WritePlan } from "../scorecard";
import { parseAreasAddress } from "./a1";
import { rectangles, type Block, type Placed } from "./blocks";
import { detectCapabilities, type ExcelCapabilities } from "./capabilities";
import { mergesFitCells } from "./mergeCheck";
import { arrayOf, mergeSafeBlocks, rangeOfPlacement, type Placement } from "./mergeSafe";
import { MAX_MERGE_BANDS, MERGE_BAND_BYTES, MIN_PLANNED_COLUMNS, combineAreas, covers, fits, planMergeBands, type BandPlan } from "./mergeBands";
import { DEFAULT_BYTES_PER_CELL, DEFAULT_RESPONSE_BUDGET, readRows, rowsWithin } from "./readBands";
import { DEFAULT_REQUEST_BUDGET, OPERATION_BYTES, fit, jsonBytes, pack, type Part } from "./payload";

export interface ExcelHostOptions {
  /** Defaults to asking Office (src/excel/capabilities.ts) at each call. */
  capabilities?: ExcelCapabilities | (() => ExcelCapabilities);
  /** Largest estimated request per sync, in bytes (default: 80% of Excel on the web's 5 MB). */
  requestBudget?: number;
  /** Largest estimated response per sync, in bytes (default: readBands.ts, 75% of Excel on the web's 5 MB). */
  responseBudget?: number;
}

const key = (c: Placed) => `${c.row}:${c.col}`;

/** Excel's grid: 1,048,576 rows by 16,384 columns (0-based last indexes). */
const LAST_ROW = 1_048_575;
const LAST_COLUMN = 16_383;

/** Estimated bytes of one cell's fill in a getCellProperties answer ({"format":{"fill":{"color":…,"pattern":…}}}). */
const FILL_READ_BYTES = 64;

/** Excel's "" for an empty cell is the engine's null. */
const raw = (v: unknown): RawValue => (v === "" || v === undefined ? null : (v as RawValue));
const formulaOf = (f: unknown): string | null => (typeof f === "string" && f.startsWith("=") ? f : null);

/**
 * A fill as Excel reports it → #RRGGBB or null for no fill. "No fill" is reported as colour #FFFFFF with
 * pattern null (office-js#4900, #6218: getCellProperties and format.fill.color alike), and on ExcelApi 1.7
 * without a pattern at all. White without a solid pattern is therefore no fill: put back as a cleared fill,
 * never painted white (a white fill hides the gridlines).
 */
function fillOf(color: string | null | undefined, pattern?: string | null): string | null {
  if (pattern === "None" || !color) return null;
  const c = color.toUpperCase();
  return c === "#FFFFFF" && pattern !== "Solid" ? null : c;
}

export type WritePart = Part<CellWrite> & { kind: "write"; area?: CellRange };
export type FillPart = Part<Highlight> & { kind: "fill" };
type RestoreCellsPart = Part<CellSnapshot> & { kind: "cells"; area?: CellRange };
type RestoreFillPart = Part<CellSnapshot> & { kind: "fill" };

/** Cells of a highlight block read before it is painted: what undo needs. */
interface PendingRead {
  block: Block<Highlight>;
  range: Excel.Range;
  properties?: OfficeExtension.ClientResult<Excel.CellProperties[][]>;
  cellRanges?: Excel.Range[][];
}

/** What this host learnt about a sheet from earlier syncs. */
interface SheetMemory {
  /** The used range when last seen: merged areas are asked for in bands cut to its size. */
  used?: CellRange;
  /** Bands cut to the sheet's size still failed (over 512 merged areas): read it without merges from now on. */
  mergesOverflowed?: boolean;
  /** Protected (Review › Protect Sheet) when last read: writing is refused before anything is sent. */
  protected?: boolean;
  /** Merged areas when last read (undefined: not known): writes are planned around them (mergeSafe.ts). */
  merges?: CellRange[];
  /** Response bytes per cell measured at the last read (readBands.ts): how many rows the next read's first sync asks. */
  bytesPerCell?: number;
}

export class ExcelHost implements ScorecardHost {
  private readonly memory = new Map<string, SheetMemory>();

  constructor(private readonly options: ExcelHostOptions = {}) {}

  private capabilities(): ExcelCapabilities {
    const c = this.options.capabilities;
    return typeof c === "function" ? c() : (c ?? detectCapabilities());
  }

  private get budget(): number {
    return this.options.requestBudget ?? DEFAULT_REQUEST_BUDGET;
  }

  /** Excel.run, as one undo step where Excel can group (ExcelApi 1.20). */
  private run<T>(batch: (context: Excel.RequestContext) => Promise<T>): Promise<T> {
    return this.capabilities().mergeUndoGroup ? Excel.run({ mergeUndoGroup: true }, batch) : Excel.run(batch);
  }

  async listSheets(): Promise<string[]> {
    return Excel.run(async (context) => {
      const sheets = context.workbook.worksheets;
      sheets.load("items/name");
      await context.sync();
      return sheets.items.map((s) => s.name);
    });
  }

  /**
   * Also learns, in the same sync, where the sheet's used range is (values only, ExcelApi 1.2): the read that
   * follows (a recalculation asks for the active sheet first) plans its rows for the sheet's width, and cuts its
   * merged-area bands to the sheet's size.
   */
  async activeSheet(): Promise<string> {
    return Excel.run(async (context) => {
      const sheet = context.workbook.worksheets.getActiveWorksheet();
      sheet.load("name");
      const used = sheet.getUsedRange(true).load("rowIndex, columnIndex, rowCount, columnCount");
      await context.sync();
      this.remember(sheet.name, { used: usedRect(used) });
      return sheet.name;
    });
  }

  /** The sheet's used range (values only), in a sync of its own. */
  private async learnSize(sheetName: string): Promise<void> {
    await Excel.run(async (context) => {
      const used = context.workbook.worksheets.getItem(sheetName).getUsedRange(true).load("rowIndex, columnIndex, rowCount, columnCount");
      await context.sync();
      this.remember(sheetName, { used: usedRect(used) });
    });
  }

  /**
   * One sync where the answer fits (readOnce). Merged areas (ExcelApi 1.13) come in bands queued in the first
   * batch (mergeBands.ts); when the bands could not cover the sheet, merges are left undefined rather than
   * incomplete.
   */
  async readGrid(sheetName: string): Promise<Grid> {
    try {
      return await this.readPlanned(sheetName);
    } catch (error) {
      // The first rows were planned for a width this host had not seen (a value far out to the right on a sheet
      // read without activeSheet() first), and Excel refused the answer as too large: learn the sheet's size in
      // a sync of its own, then read again, planned for it.
      if ((error as { code?: unknown } | null)?.code !== RESPONSE_TOO_LARGE) throw error;
      await this.learnSize(sheetName);
      return this.readPlanned(sheetName);
    }
  }

  private async readPlanned(sheetName: string): Promise<Grid> {
    const known = this.memory.get(sheetName);
    const maxBands = Math.min(MAX_MERGE_BANDS, Math.floor(this.budget / 2 / MERGE_BAND_BYTES));
    const plan = this.capabilities().mergedAreas && !known?.mergesOverflowed ? planMergeBands(known?.used, maxBands) : null;
    try {
      const read = await this.readOnce(sheetName, plan);
      this.remember(sheetName, { ...read, merges: read.grid.merges });
      return read.grid;
    } catch (error) {
      if (!plan) throw error;
      // A band held more than 512 merged areas after all, failing the batch: read once more without them
      // (the engine then infers blocks from blanks). Bands cut for a sheet larger than guessed are cut to
      // its size next time; bands that were cut to its size and still failed are not tried again.
      const read = await this.readOnce(sheetName, null);
      this.remember(sheetName, { ...read, merges: undefined }, fits(plan, read.used));
      return read.grid;
    }
  }

  private remember(sheetName: string, read: { used: CellRange; protected?: boolean; merges?: CellRange[]; bytesPerCell?: number }, mergesOverflowed = false): void {
    const memory = this.memory.get(sheetName) ?? {};
    const merges = "merges" in read ? read.merges : memory.merges;
    this.memory.set(sheetName, {
      used: read.used,
      mergesOverflowed: memory.mergesOverflowed || mergesOverflowed,
      protected: read.protected ?? memory.protected,
      merges,
      bytesPerCell: read.bytesPerCell ?? memory.bytesPerCell,
    });
  }

  /** Refuses to write into a sheet that was protected when last read (a protected sheet rejects the batch partway). */
  private assertUnprotected(sheetName: string): void {
    if (this.memory.get(sheetName)?.protected) throw new SheetProtectedError(sheetName);
  }

  /**
   * Fills come with the values (ExcelApi 1.9) on a sheet whose size is known and small enough that they stay a
   * small part of the read: the engine needs them only to take off highlights an earlier run left.
   */
  private readsFills(known: CellRange | undefined): boolean {
    if (!this.capabilities().cellProperties || !known) return false;
    const cells = (known.bottom - known.top + 1) * (known.right - known.left + 1);
    return cells * FILL_READ_BYTES <= this.budget / 4;
  }

  /**
   * Used range (values only, so that formatting down to row 1,048,576 does not count), protection, merged-area
   * bands, fills, and as many rows of cells as the first response has room for: one sync. The rows it had no
   * room for come in further syncs, each planned to stay within the response budget (readBands.ts).
   */
  private readOnce(sheetName: string, plan: BandPlan | null): Promise<{ grid: Grid; used: CellRange; protected: boolean }> {
    const known = this.memory.get(sheetName);
    const withFills = this.readsFills(known?.used);
    const budget = this.options.responseBudget ?? DEFAULT_RESPONSE_BUDGET;
    return Excel.run(async (context) => {
      const sheet = context.workbook.worksheets.getItem(sheetName);
      const used = sheet.getUsedRange(true); // valuesOnly: ExcelApi 1.2
      used.load("rowIndex, columnIndex, rowCount, columnCount");
      const fills = withFills ? used.getCellProperties({ format: { fill: { color: true, pattern: true } } }) : null;
      // Entire rows: merged areas outside the used range's columns are found too (the engine clips them).
      const bands = plan?.bands.map((b) => sheet.getRangeByIndexes(b.top, 0, b.rows, 1).getEntireRow().getMergedAreasOrNullObject().load("address"));
      const protection = sheet.protection.load("protected"); // ExcelApi 1.2
      // The first rows, cut to the used range's columns whatever they turn out to be. A tenth of the budget is
      // kept for the rest of this answer (merged areas, size); fills are counted as the size last seen gives.
      const knownCells = known?.used ? (known.used.bottom - known.used.top + 1) * (known.used.right - known.used.left + 1) : 0;
      const room = budget * 0.9 - (withFills ? knownCells * FILL_READ_BYTES : 0);
      const width = known?.used ? Math.max(known.used.right - known.used.left + 1, 1) : MIN_PLANNED_COLUMNS;
      const firstSpan = { top: known?.used?.top ?? 0, rows: rowsWithin(room, width, known?.bytesPerCell ?? DEFAULT_BYTES_PER_CELL) };
      const first = used.getIntersectionOrNullObject(sheet.getRangeByIndexes(firstSpan.top, 0, Math.min(firstSpan.rows, LAST_ROW - firstSpan.top + 1), LAST_COLUMN + 1));
      first.load("values, formulas, numberFormat, rowIndex, rowCount");
      await context.sync();
      const isProtected = protection.protected;
      const rect = { top: used.rowIndex, left: used.columnIndex, bottom: used.rowIndex + used.rowCount - 1, right: used.columnIndex + used.columnCount - 1 };
      const { values, formulas, formats, bytesPerCell } = await readRows(context, sheet, rect, first, budget);
      this.remember(sheetName, { used: rect, bytesPerCell });

      let merges: CellRange[] | undefined;
      if (plan && bands && covers(plan, rect)) merges = combineAreas(bands.map((m) => (m.isNullObject ? [] : parseAreasAddress(m.address))));
      const empty = values.length === 1 && values[0].length === 1 && values[0][0] === "" && formulaOf(formulas[0][0]) === null;
      if (empty) return { used: rect, protected: isProtected, grid: { sheetName, origin: { row: 0, col: 0 }, values: [], numberFormats: [], formulas: [], merges: merges ? [] : undefined } };

      const origin = { row: rect.top, col: rect.left };
      const cells = { origin, values: values.map((row) => row.map(raw)), formulas: formulas.map((row) => row.map(formulaOf)) };
      return {
        used: rect,
        protected: isProtected,
        grid: {
          sheetName,
          ...cells,
          numberFormats: formats.map((row) => row.map((f) => (typeof f === "string" ? f : "General"))),
          ...(fills ? { fills: fills.value.map((row) => row.map((p) => fillOf(p.format?.fill?.color, p.format?.fill?.pattern))) } : {}),
          // Areas that do not fit the cells (one-cell areas, touching areas joined: mergeCheck.ts) are not merges.
          merges: merges && mergesFitCells(merges, cells) ? merges : undefined,
        },
      };
    });
  }

  async applyPlan(plan: WritePlan, options: ApplyOptions): Promise<UndoRecord> {
    const caps = this.capabilities();
    const highlights = options.highlights ? plan.highlights : [];
    const batches = planWriteBatches(plan.writes, highlights, this.budget, this.memory.get(plan.sheetName)?.merges);
    if (batches.length > 0) this.assertUnprotected(plan.sheetName);
    const before = new Map<string, CellSnapshot>();
    /** Cells of the batches sent so far, the one that failed included: Excel does not roll a batch back. */
    const attempted = new Set<string>();
    let synced = 0;

    try {
      await this.run(async (context) => {
        const sheet = context.workbook.worksheets.getItem(plan.sheetName);
        for (const batch of batches) {
          // Loads first: queued before the sets below, they read the cells as they were.
          const reads = batch.filter((p): p is FillPart => p.kind === "fill").map((p) => queueFillRead(sheet, p.block, caps));
          for (const part of batch) if (part.kind === "write") queueWrite(sheet, part);
          for (const part of batch) if (part.kind === "fill") queueFill(sheet, part.block);
          for (const part of batch) if (part.kind === "write") part.block.cells.forEach((row) => row.forEach((w) => attempted.add(key(w))));
          // eslint-disable-next-line office-addins/no-context-sync-in-loop -- one sync per batch, deliberately: each batch is cut to stay under Excel's request payload cap
          await context.sync();
          synced++;
          for (const read of reads) collectFillRead(read, before);
        }
      });
    } catch (error) {
      // Stopped part-way: what was applied stays, so the record of it goes with the error (ย้อนกลับ restores
      // it). Highlights of the failed batch are not in it: their fills were to be read in the sync that failed.
      if (synced === 0 && NOTHING_APPLIED.has(String((error as { code?: unknown } | null)?.code))) throw error;
      throw new PartialWriteError(undoRecord(plan.sheetName, plan.writes.filter((w) => attempted.has(key(w))), highlights, before), error);
    }
    return undoRecord(plan.sheetName, plan.writes, highlights, before);
  }

  /**
   * "all": the written cells get back their values (formulas where there were formulas) and number formats,
   * and the highlighted and cleared cells their fills. Such a cell's value is never put back: it is the
   * officer's input (a result), which may have been typed since. "fills": only the highlighted cells' fills.
   */
  async restore(record: UndoRecord, what: "all" | "fills"): Promise<void> {
    const repainted = what === "all" ? [...record.highlighted, ...(record.cleared ?? [])] : record.highlighted;
    const fillOnly = new Set([...record.highlighted, ...(record.cleared ?? [])].map(key));
    const written = what === "all" ? record.cells.filter((c) => !fillOnly.has(key(c))) : [];
    const cellParts: RestoreCellsPart[] = placedParts(mergeSafeBlocks(written, this.memory.get(record.sheetName)?.merges), restoreBytes, this.budget).map((p) => ({ ...p, kind: "cells" as const }));
    const fillParts: RestoreFillPart[] = rectangles(repainted, (c) => c.fill ?? "none").flatMap((b) =>
      fit(b, () => OPERATION_BYTES * 2, this.budget).map((p) => ({ ...p, kind: "fill" as const })),
    );
    const batches = pack<RestoreCellsPart | RestoreFillPart>([...cellParts, ...fillParts], this.budget);
    if (batches.length > 0) this.assertUnprotected(record.sheetName);

    await this.run(async (context) => {
      const sheet = context.workbook.worksheets.getItem(record.sheetName);
      for (const batch of batches) {
        for (const part of batch) {
          const range = rangeOf(sheet, rangeOfPlacement(part));
          if (part.kind === "cells") {
            // Text goes back as text: Excel takes a string set through values that starts with "=", "+" or
            // "-" as a formula (Excel.Range.values), and numeric-looking text in a General cell as a number,
            // so "-" or "+5 คน" would come back changed. Text cells are formatted "@" (Text: content entered
            // is text) while their value is set, then get their own format back: a format set afterwards
            // changes how a cell shows, not what it holds (Microsoft KB 141765, "Unexpected behavior with
            // numbers formatted as text": by design, text stays text until it is entered again).
            const hasText = part.block.cells.some((row) => row.some(isText));
            range.numberFormat = arrayOf(part, (c) => (isText(c) ? "@" : (c.numberFormat ?? "General")));
            const hasFormula = part.block.cells.some((row) => row.some((c) => c.formula !== null));
            // "" clears a cell that was blank; null in a 2D array would leave the written value in place.
            if (hasFormula) range.formulas = arrayOf(part, (c) => c.formula ?? c.value ?? "");
            else range.values = arrayOf(part, (c) => c.value ?? "");
            if (hasText) range.numberFormat = arrayOf(part, (c) => c.numberFormat ?? "General");
          } else {
            const fill = part.block.cells[0][0].fill;
            if (fill === null) range.format.fill.clear();
            else range.format.fill.color = fill;
          }
        }
        // eslint-disable-next-line office-addins/no-context-sync-in-loop -- one sync per batch, deliberately: each batch is cut to stay under Excel's request payload cap
        await context.sync();
      }
    });
  }

  async selectCell(sheetName: string, address: string): Promise<void> {
    await Excel.run(async (context) => {
      const sheet = context.workbook.worksheets.getItem(sheetName);
      sheet.activate();
      sheet.getRange(address).select();
      await context.sync();
    });
  }

  /**
   * The summary as a new worksheet with its native charts (src/excel/exportSheet.ts): one sync, two with
   * `replace`. Loaded on first use, so that its code stays out of the pane's first load.
   */
  async writeSummarySheet(sheetName: string, layout: SheetLayout, charts: readonly SummaryChartData[], options: { replace: boolean }): Promise<void> {
    const { writeSummarySheet } = await import("./exportSheet");
    await writeSummarySheet(sheetName, layout, charts, options, this.capabilities());
  }

  /**
   * Office keeps add-in settings in the workbook, and each runtime reads them into memory when it starts
   * (Office.Settings: "automatically loaded as part of the Document object ... when the add-in is activated").
   * Without a shared runtime the ribbon's runtime and the pane's each have their own copy, so the scoring
   * method or column mapping saved in the pane would not reach the ribbon's next recalculation: refreshAsync
   * ("reads all settings persisted in the document and refreshes the content or task pane add-in's copy of
   * those settings held in memory") first. Done always: it is one local call, not an Excel.run round trip, and
   * the pane too then sees settings changed since it opened (by a co-author, by another window).
   */
  async loadSettings(sheetName: string): Promise<SheetSettings> {
    const bag = Office.context.document.settings;
    if (typeof bag.refreshAsync === "function") {
      // A failed refresh leaves the copy in memory, which is still what this runtime last knew.
      await new Promise<void>((resolve) => bag.refreshAsync(() => resolve()));
    }
    return settingsFrom(Office.context.document.settings.get(settingsKey(sheetName)));
  }

  /** Stored as the object itself: Office writes it into the workbook as JSON (what the CLI reads). */
  async saveSettings(sheetName: string, settings: SheetSettings): Promise<void> {
    const bag = Office.context.document.settings;
    bag.set(settingsKey(sheetName), settings);
    await new Promise<void>((resolve, reject) => {
      bag.saveAsync((result) => {
        if (result.status === Office.AsyncResultStatus.Failed) reject(new Error(result.error?.message ?? "settings not saved"));
        else resolve();
      });
    });
  }
}

/** Office's code for an answer over Excel on the web's 5 MB (Excel.ErrorCodes). */
const RESPONSE_TOO_LARGE = "ResponsePayloadSizeLimitExceeded";

function usedRect(used: Excel.Range): CellRange {
  return { top: used.rowIndex, left: used.columnIndex, bottom: used.rowIndex + used.rowCount - 1, right: used.columnIndex + used.columnCount - 1 };
}

/**
 * Office error codes of a batch Excel refuses before applying any of it, so that a first batch failing so is
 * not a partial write: a cell being edited (the docs of delayForCellEdit: the batch fails as a whole). Nothing
 * documents the same of AccessDenied: a sheet protected after it was read may have taken part of the batch, so
 * that failure keeps its undo record.
 */
const NOTHING_APPLIED = new Set(["InvalidOperationInCellEditMode"]);

/** What undo needs: the written cells as they were (from the plan), and the fills read before painting. */
function undoRecord(sheetName: string, writes: readonly CellWrite[], highlights: readonly Highlight[], before: Map<string, CellSnapshot>): UndoRecord {
  const snapshots = (painted: boolean) =>
    highlights.filter((h) => (h.color !== null) === painted).map((h) => before.get(key(h))).filter((s): s is CellSnapshot => s !== undefined);
  const highlighted = snapshots(true);
  const cleared = snapshots(false);
  const cells: CellSnapshot[] = writes.map((w) => ({
    row: w.row,
    col: w.col,
    address: w.address,
    value: w.previous.value,
    formula: w.previous.formula,
    numberFormat: w.previous.numberFormat,
    fill: before.get(key(w))?.fill ?? null,
  }));
  const written = new Set(writes.map(key));
  for (const h of [...highlighted, ...cleared]) if (!written.has(key(h))) cells.push(h);
  return { sheetName, cells, highlighted, cleared };
}

/**
 * The syncs a write takes: rectangles of writes and of same-colour highlights, each estimated, packed in
 * order into as few batches as the budget allows (one, short of a sheet far beyond any scorecard).
 */
export function planWriteBatches(writes: readonly CellWrite[], highlights: readonly Highlight[], budget: number, merges?: readonly CellRange[]): (WritePart | FillPart)[][] {
  const writeParts: WritePart[] = placedParts(mergeSafeBlocks(writes, merges), writeBytes, budget).map((p) => ({ ...p, kind: "write" as const }));
  const fillParts: FillPart[] = rectangles(highlights, (h) => h.color ?? "none").flatMap((b) =>
    fit(b, fillBytes, budget).map((p) => ({ ...p, kind: "fill" as const })),
  );
  return pack<WritePart | FillPart>([...writeParts, ...fillParts], budget);
}

/**
 * Placements as parts within the budget: a rectangle too large for one request in bands of rows, a whole
 * merged area (small) as it is.
 */
function placedParts<T extends Placed>(placements: Placement<T>[], bytesOf: (p: Placement<T>) => number, budget: number): (Part<T> & { area?: CellRange })[] {
  return placements.flatMap((p) => (p.area ? [{ block: p.block, area: p.area, bytes: bytesOf(p) }] : fit(p.block, (block) => bytesOf({ block }), budget)));
}

function rangeOf(sheet: Excel.Worksheet, r: CellRange): Excel.Range {
  return sheet.getRangeByIndexes(r.top, r.left, r.bottom - r.top + 1, r.right - r.left + 1);
}

function queueWrite(sheet: Excel.Worksheet, part: Placement<CellWrite>): void {
  const range = rangeOf(sheet, rangeOfPlacement(part));
  // Format first, so a number lands in a cell that is no longer formatted as text.
  if (part.block.cells.some((row) => row.some((w) => w.numberFormat !== null))) {
    range.numberFormat = arrayOf(part, (w) => w.numberFormat); // null: keep the cell's format
  }
  range.values = arrayOf(part, (w) => w.value);
}

function queueFill(sheet: Excel.Worksheet, block: Block<Highlight>): void {
  const { color } = block.cells[0][0];
  if (color === null) rangeOf(sheet, block).format.fill.clear(); // a highlight left by an earlier run
  else rangeOf(sheet, block).format.fill.color = color;
}

function queueFillRead(sheet: Excel.Worksheet, block: Block<Highlight>, caps: ExcelCapabilities): PendingRead {
  const range = rangeOf(sheet, block);
  range.load("values, formulas, numberFormat");
  if (caps.cellProperties) {
    return { block, range, properties: range.getCellProperties({ format: { fill: { color: true, pattern: true } } }) };
  }
  // ExcelApi 1.7: a range reports one fill colour only when all its cells share it, so ask cell by cell.
  const cellRanges = block.cells.map((row) =>
    row.map((h) => {
      const cell = sheet.getRangeByIndexes(h.row, h.col, 1, 1);
      cell.load("format/fill/color");
      return cell;
    }),
  );
  return { block, range, cellRanges };
}

function collectFillRead(read: PendingRead, into: Map<string, CellSnapshot>): void {
  const values = read.range.values as unknown[][];
  const formulas = read.range.formulas as unknown[][];
  const formats = read.range.numberFormat as unknown[][];
  read.block.cells.forEach((row, r) =>
    row.forEach((h, c) => {
      const props = read.properties?.value[r][c].format?.fill;
      const fill = read.properties ? fillOf(props?.color, props?.pattern) : fillOf(read.cellRanges?.[r][c].format.fill.color);
      into.set(key(h), {
        row: h.row,
        col: h.col,
        address: h.address ?? toAddress(h.row, h.col),
        value: raw(values[r][c]),
        formula: formulaOf(formulas[r][c]),
        numberFormat: typeof formats[r][c] === "string" ? (formats[r][c] as string) : null,
        fill,
      });
    }),
  );
}

// Estimated request bytes of each kind of queued work (see payload.ts).
function writeBytes(p: Placement<CellWrite>): number {
  return OPERATION_BYTES * 3 + jsonBytes(arrayOf(p, (w) => w.value)) + jsonBytes(arrayOf(p, (w) => w.numberFormat));
}

function fillBytes(block: Block<Highlight>): number {
  const cells = block.cells.reduce((n, row) => n + row.length, 0);
  return OPERATION_BYTES * 4 + cells * OPERATION_BYTES; // the read, the paint, and (ExcelApi 1.7) a load per cell
}

function restoreBytes(p: Placement<CellSnapshot>): number {
  const formats = jsonBytes(arrayOf(p, (c) => c.numberFormat ?? "General"));
  return OPERATION_BYTES * 4 + jsonBytes(arrayOf(p, (c) => c.formula ?? c.value ?? "")) + formats * 2;
}

/** A constant string: what Excel would turn into a formula or a number if it were set as it is. */
const isText = (c: CellSnapshot) => c.formula === null && typeof c.value === "string" && c.value !== "";

let shared: ExcelHost | undefined;

/**
 * The one Excel host of this JavaScript context. In the shared runtime the ribbon command and the pane run
 * together, so they share what the host has learned about each sheet (its size, merged-area overflow).
 */
export function sharedExcelHost(): ExcelHost {
  return (shared ??= new ExcelHost());
}
