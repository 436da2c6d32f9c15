// The workbook as the hosts see it: read sheets into grids, write a plan by editing only the planned
// <c> elements, take a write back, and save. Holds the package and per-sheet scans; no Node APIs.
// What the engine asks of a host: the package applies its plans and keeps its undo records.
import type { ApplyOptions, CellSnapshot, Highlight, UndoRecord, WritePlan } from "../scorecard";
import { dropCalcChain } from "./calcChain";
import { decodeFormula, decodeValue } from "./cellDecode";
import { parseRange, rangeAddress, toAddress, type Grid } from "../grid";
import { emptyCellXml, formulaCellXml, restyleCellXml, valueCellXml } from "./cellXml";
import { XlsxError } from "./errors";
import { SheetFormulas } from "./formulas";
import { assertWritable, protectedAreas } from "./guards";
import { relsPathOf, type OpcPackage } from "./opcPackage";
import { buildGrid } from "./readGrid";
import { readSettings, writeSetting } from "./settings";
import { isPlainEntry, parseSharedStrings } from "./sharedStrings";
import { translateFormula } from "./sharedFormula";
import { type CellEdit, editCells } from "./sheetEdit";
import { findScannedRow, type ScannedCell, type ScannedSheet, scanSheet } from "./sheetScan";
import { type CellStyleSpec, StyleBook } from "./styles";
import { readSheetEntries, type SheetEntry, withFullCalcOnLoad } from "./workbookPart";
import { addWorksheetPart, setPrintTitles } from "./worksheetPart";
import { attr, encodeXml, escapeRegExp, findElement, prefixOf } from "./xmlText";

export interface XlsxWorkbook {
  /** The package's [Content_Types].xml, which says what kind of workbook it is (ordinary, macro-enabled, template). */
  contentTypes(): string;
  /** Worksheet names in workbook order (chart sheets left out). */
  sheetNames(): string[];
  readGrid(sheetName: string): Grid;
  /** "#RRGGBB" when the cell has a solid fill, else null. */
  cellFill(sheetName: string, row: number, col: number): string | null;
  applyPlan(plan: WritePlan, options: ApplyOptions): UndoRecord;
  restore(record: UndoRecord, what: "all" | "fills"): void;
  /** Add-in settings (name → JSON text as Office stores it); {} when the workbook has none. */
  settings(): Record<string, string>;
  setSetting(name: string, value: string): void;
  /** Appends whole cell styles to styles.xml (reusing identical ones); the xf index of each. */
  addCellStyles(specs: readonly CellStyleSpec[]): number[];
  /**
   * Adds a worksheet `name` whose part is `sheetXml` (cells styled with addCellStyles' indexes, strings
   * inline), at the end of the tabs; with `replace`, a worksheet of that name has its part text replaced
   * instead (same tab position). Refuses a name taken by a chart sheet, and an existing sheet without `replace`.
   */
  putWorksheet(name: string, sheetXml: string, options: { replace: boolean; printTitleRows?: [number, number] }): void;
  toBytes(): Promise<Uint8Array>;
}

interface SheetState {
  entry: SheetEntry;
  xml: string;
  p: string;
  /** Offsets of rows and cells; built on first need (writing, fills), not for reading grids. */
  scanned?: ScannedSheet;
  formulas?: SheetFormulas;
  colStyles?: { min: number; max: number; style: number }[];
}

/** A cell the plan touches: its write, its highlight colour (null: an old highlight to clear), or both. */
interface Touched {
  row: number;
  col: number;
  write: WritePlan["writes"][number] | undefined;
  color: string | null | undefined;
}

/** What only this workbook knows about a record: the exact original <c> text of every cell it changed. */
interface PrivateUndo {
  /** Keyed by cellKey(row, col). */
  originals: Map<number, { row: number; col: number; xml: string | null }>;
  createdRows: Set<number>;
}

const STRICT_NS = "http://purl.oclc.org/ooxml/spreadsheetml/main";

/** `xf` with a highlight's colour, or with no fill (the default style's) where an old highlight is cleared. */
function paintedStyle(styles: StyleBook, xf: number, color: string | null | undefined): number {
  if (color) return styles.withSolidFill(xf, color);
  return color === null ? styles.withFillOf(xf, 0) : xf;
}

export class Workbook implements XlsxWorkbook {
  private entries: SheetEntry[];
  private readonly states = new Map<string, SheetState>();
  private readonly undo = new WeakMap<UndoRecord, PrivateUndo>();
  private stylesBook?: StyleBook;
  private strings?: string[];
  /** Shared-string index by text, for the strings a plan writes (-1: not in the table as plain text). */
  private readonly sharedIndexes = new Map<string, number>();
  private readonly stylesPath?: string;
  /** Set when styles had to change but the styles part cannot take them: saving is then refused (toBytes). */
  private stylesUnwritable?: XlsxError;

  constructor(private readonly pkg: OpcPackage, private readonly workbookPath: string) {
    this.entries = readSheetEntries(pkg, workbookPath);
    this.stylesPath = pkg.relatedOfType(workbookPath, "styles")[0]?.target;
  }

  contentTypes(): string {
    return this.pkg.text("[Content_Types].xml") ?? "";
  }

  sheetNames(): string[] {
    return this.entries.filter((e) => e.kind === "worksheet").map((e) => e.name);
  }

  /** The first visible worksheet: what Excel shows when a file without a saved selection opens. */
  firstVisibleSheet(): string {
    const sheets = this.entries.filter((e) => e.kind === "worksheet");
    return (sheets.find((e) => e.state === "visible") ?? sheets[0])?.name ?? "";
  }

  readGrid(sheetName: string): Grid {
    const state = this.sheet(sheetName);
    return buildGrid(state.entry.name, state.xml, state.p, { sharedStrings: this.sharedStrings(), styles: this.styles() });
  }

  cellFill(sheetName: string, row: number, col: number): string | null {
    const state = this.sheet(sheetName);
    const cell = cellAt(this.scan(state), row, col);
    return this.styles().fill(cell ? styleOf(cell.attrs) : this.baseStyle(state, row, col));
  }

  settings(): Record<string, string> {
    return readSettings(this.pkg);
  }

  setSetting(name: string, value: string): void {
    writeSetting(this.pkg, name, value);
  }

  toBytes(): Promise<Uint8Array> {
    // A Strict Open XML workbook is read (check, export, preview) and may be changed in memory, as `check` does
    // to see what a recalculation would write; only saving it is refused, since our edits follow the
    // transitional schema that Excel's ordinary .xlsx uses.
    if (this.pkg.changed && this.isStrict()) return Promise.reject(strictRefusal());
    if (this.stylesUnwritable) return Promise.reject(this.stylesUnwritable);
    return this.pkg.toBytes();
  }

  addCellStyles(specs: readonly CellStyleSpec[]): number[] {
    const ids = this.styles().addCellStyles(specs);
    this.saveStyles();
    return ids;
  }

  putWorksheet(name: string, sheetXml: string, options: { replace: boolean; printTitleRows?: [number, number] }): void {
    if (this.isStrict()) throw strictRefusal();
    // Excel compares sheet names without regard to case.
    const existing = this.entries.find((e) => e.name.toLowerCase() === name.toLowerCase());
    if (existing && existing.kind !== "worksheet") throw new XlsxError({ th: `"${name}" เป็นแผ่นงานชนิดอื่น (เช่น แผ่นแผนภูมิ)`, en: `"${name}" is a sheet of another kind (e.g. a chart sheet).` });
    if (existing && !options.replace) throw new XlsxError({ th: `แผ่นงาน "${existing.name}" มีอยู่แล้ว`, en: `A sheet named "${existing.name}" already exists.` });
    if (existing) {
      // The old part's own relationships (drawings, comments, tables) belonged to its old content.
      const rels = relsPathOf(existing.path);
      if (this.pkg.has(rels)) this.pkg.remove(rels);
      this.pkg.setText(existing.path, sheetXml);
      this.states.delete(existing.name);
      // Its formulas are gone: the calculation chain would point at cells without one.
      dropCalcChain(this.pkg, this.workbookPath);
    } else {
      addWorksheetPart(this.pkg, this.workbookPath, name, sheetXml);
      this.entries = readSheetEntries(this.pkg, this.workbookPath);
    }
    const sheetName = existing?.name ?? name;
    const localSheetId = this.entries.findIndex((e) => e.name === sheetName);
    setPrintTitles(this.pkg, this.workbookPath, localSheetId, sheetName, options.printTitleRows);
  }

  applyPlan(plan: WritePlan, options: ApplyOptions): UndoRecord {
    const state = this.sheet(plan.sheetName);
    const styles = this.styles();
    const formulas = this.formulas(state);
    const highlights = options.highlights ? plan.highlights : [];
    const keepUndo = options.undo !== false;
    assertWritable(plan.writes, protectedAreas(this.pkg, state.entry.path), formulas);

    // One entry per cell: a write and a highlight on the same cell become one edit.
    const touched = new Map<number, Touched>();
    for (const w of plan.writes) {
      const key = cellKey(w.row, w.col);
      const t = touched.get(key);
      if (t) t.write = w;
      else touched.set(key, { row: w.row, col: w.col, write: w, color: undefined });
    }
    for (const h of highlights) {
      const key = cellKey(h.row, h.col);
      const t = touched.get(key);
      if (t) t.color = h.color;
      else touched.set(key, { row: h.row, col: h.col, write: undefined, color: h.color });
    }

    const scan = this.scan(state);
    const priv: PrivateUndo = { originals: new Map(), createdRows: new Set() };
    // Followers of shared formulas whose master is overwritten get their formula written out in full.
    const released = new Map<number, string>();
    if (formulas.followers.size > 0) {
      for (const t of touched.values()) {
        const cell = t.write ? cellAt(scan, t.row, t.col) : undefined;
        if (cell) this.releaseSharedMaster(state, cell, touched, released, priv);
      }
    }
    const edits: CellEdit[] = [];
    for (const [key, xml] of released) if (!touched.has(key)) edits.push({ row: Math.floor(key / KEY_COLS), col: key % KEY_COLS, xml });

    const snapshots = keepUndo ? new Map<number, CellSnapshot>() : undefined;
    const p = state.p;
    const xml0 = state.xml;
    let overwritesFormula = false;
    // In plan order (writes, then highlights): styles are appended in the order they are first needed.
    for (const [key, t] of touched) {
      const { row, col, write, color } = t;
      const cell = cellAt(scan, row, col);
      const base = cell ? styleOf(cell.attrs) : this.baseStyle(state, row, col);
      const ref = toAddress(row, col);
      if (snapshots) {
        const snap = this.snapshot(state, row, col, cell);
        snapshots.set(key, snap);
        priv.originals.set(key, { row, col, xml: cell ? xml0.slice(cell.start, cell.end) : null });
        if (!findScannedRow(scan, row)) priv.createdRows.add(row);
        if (write && snap.formula !== null) overwritesFormula = true;
      } else if (write && !overwritesFormula) {
        // What snapshot().formula would say, without the snapshot: most cells have no <f> and sheets no arrays.
        const f = cell ? decodeFormula(cell.inner, p) : null;
        if (f || formulas.arrays.length > 0) overwritesFormula = (cell ? formulas.formulaOf(cell, f) : formulas.arrayFormulaAt(row, col)) !== null;
      }
      // Styles are derived once per (base style, format or colour) by the StyleBook: thousands of cells, a handful of styles.
      if (write) {
        const s = paintedStyle(styles, write.numberFormat ? styles.withNumberFormat(base, write.numberFormat) : base, color);
        edits.push({ row, col, xml: valueCellXml(p, ref, s, write.value, this.sharedIndexOf(write.value)) });
      } else if (color !== undefined) {
        const s = paintedStyle(styles, base, color);
        const current = released.get(key) ?? (cell ? xml0.slice(cell.start, cell.end) : null);
        edits.push({ row, col, xml: current === null ? emptyCellXml(p, ref, s) : restyleCellXml(p, current, s) });
      }
    }

    let xml = editCells(state.xml, this.scan(state), inSheetOrder(edits));
    if (plan.writes.length > 0) xml = expandDimension(xml, state.p, plan.writes);
    this.setSheetXml(state, xml);
    if (overwritesFormula) dropCalcChain(this.pkg, this.workbookPath);
    if (plan.writes.length > 0) this.pkg.setText(this.workbookPath, withFullCalcOnLoad(this.pkg.text(this.workbookPath) ?? ""));
    this.saveStyles();

    if (!snapshots) return { sheetName: state.entry.name, cells: [], highlighted: [], cleared: [] }; // options.undo false: nothing to restore
    const snapshotOf = (h: Highlight) => snapshots.get(cellKey(h.row, h.col)) as CellSnapshot;
    const record: UndoRecord = {
      sheetName: state.entry.name,
      cells: [...snapshots.values()],
      highlighted: highlights.filter((h) => h.color !== null).map(snapshotOf),
      cleared: highlights.filter((h) => h.color === null).map(snapshotOf),
    };
    this.undo.set(record, priv);
    return record;
  }

  restore(record: UndoRecord, what: "all" | "fills"): void {
    const state = this.sheet(record.sheetName);
    const priv = this.undo.get(record);
    const edits = what === "all" ? this.restoreAllEdits(state, record, priv) : this.restoreFillEdits(state, record, priv);
    this.setSheetXml(state, editCells(state.xml, this.scan(state), edits, priv?.createdRows));
    this.saveStyles();
  }

  // ——— restore ———

  private restoreAllEdits(state: SheetState, record: UndoRecord, priv: PrivateUndo | undefined): CellEdit[] {
    if (priv) return [...priv.originals.values()];
    // A record from elsewhere (another session): rebuild each cell from its public snapshot.
    const styles = this.styles();
    return record.cells.map((snap) => {
      const cell = cellAt(this.scan(state), snap.row, snap.col);
      let s = cell ? styleOf(cell.attrs) : this.baseStyle(state, snap.row, snap.col);
      if (snap.numberFormat) s = styles.withNumberFormat(s, snap.numberFormat);
      s = snap.fill ? styles.withSolidFill(s, snap.fill) : styles.withFillOf(s, 0);
      const ref = toAddress(snap.row, snap.col);
      let xml: string | null;
      if (snap.formula) xml = formulaCellXml(state.p, ref, s, snap.formula);
      else if (snap.value !== null) xml = valueCellXml(state.p, ref, s, snap.value, this.sharedIndexOf(snap.value));
      else xml = s === 0 ? null : `<${state.p}c r="${ref}" s="${s}"/>`;
      return { row: snap.row, col: snap.col, xml };
    });
  }

  private restoreFillEdits(state: SheetState, record: UndoRecord, priv: PrivateUndo | undefined): CellEdit[] {
    const styles = this.styles();
    const edits: CellEdit[] = [];
    for (const snap of record.highlighted) {
      const cell = cellAt(this.scan(state), snap.row, snap.col);
      if (!cell) continue;
      const original = priv?.originals.get(cellKey(snap.row, snap.col));
      if (original && original.xml === null && cell.inner === null) {
        edits.push({ row: snap.row, col: snap.col, xml: null }); // the highlight alone created this cell
        continue;
      }
      const current = styleOf(cell.attrs);
      let s: number;
      if (original) {
        const before = original.xml !== null ? styleOf(original.xml.slice(0, original.xml.indexOf(">"))) : this.baseStyle(state, snap.row, snap.col);
        s = styles.withFillOf(current, before);
      } else {
        s = snap.fill ? styles.withSolidFill(current, snap.fill) : styles.withFillOf(current, 0);
      }
      edits.push({ row: snap.row, col: snap.col, xml: restyleCellXml(state.p, state.xml.slice(cell.start, cell.end), s) });
    }
    return edits;
  }

  // ——— helpers ———

  /**
   * A written cell that is the master of a shared formula takes the formula text its followers
   * depend on. We give each remaining follower its own explicit formula (same meaning, now stored
   * in full) so the followers keep computing what they computed before.
   */
  private releaseSharedMaster(
    state: SheetState,
    cell: ScannedCell,
    touched: Map<number, { write?: unknown }>,
    released: Map<number, string>,
    priv: PrivateUndo,
  ): void {
    const f = decodeFormula(cell.inner, state.p);
    if (!f || f.type !== "shared" || f.si === undefined || (f.text === "" && f.ref === undefined)) return;
    const followers = this.formulas(state).followers.get(f.si) ?? [];
    const q = escapeRegExp(state.p);
    const fPattern = new RegExp(`<${q}f(?=[\\s/>])[^>]*?(?:\\/>|>[\\s\\S]*?<\\/${q}f>)`);
    for (const follower of followers) {
      const key = cellKey(follower.row, follower.col);
      if (touched.get(key)?.write) continue;
      const original = state.xml.slice(follower.start, follower.end);
      const text = translateFormula(f.text, follower.row - cell.row, follower.col - cell.col);
      priv.originals.set(key, { row: follower.row, col: follower.col, xml: original });
      released.set(key, original.replace(fPattern, `<${state.p}f>${encodeXml(text)}</${state.p}f>`));
    }
  }

  private snapshot(state: SheetState, row: number, col: number, cell: ScannedCell | undefined): CellSnapshot {
    const styles = this.styles();
    const s = cell ? styleOf(cell.attrs) : this.baseStyle(state, row, col);
    const formulas = this.formulas(state);
    return {
      row,
      col,
      address: toAddress(row, col),
      value: cell ? decodeValue(cell, this.sharedStrings(), state.p) : null,
      formula: cell ? formulas.formulaOf(cell, decodeFormula(cell.inner, state.p)) : formulas.arrayFormulaAt(row, col),
      numberFormat: styles.numberFormat(s),
      fill: styles.fill(s),
    };
  }

  /** The style a new cell takes, as in Excel: the row's style if it has one, else its column's, else 0. */
  private baseStyle(state: SheetState, row: number, col: number): number {
    const r = findScannedRow(this.scan(state), row);
    if (r && attr(r.attrs, "customFormat") === "1" && attr(r.attrs, "s") !== undefined) return Number(attr(r.attrs, "s"));
    if (!state.colStyles) {
      const cols = findElement(state.xml, `${state.p}cols`);
      state.colStyles = [...(cols?.inner ?? "").matchAll(new RegExp(`<${escapeRegExp(state.p)}col\\b([^>]*?)\\/?>`, "g"))]
        .filter((m) => attr(m[1], "style") !== undefined)
        .map((m) => ({ min: Number(attr(m[1], "min")) - 1, max: Number(attr(m[1], "max")) - 1, style: Number(attr(m[1], "style")) }));
    }
    return state.colStyles.find((c) => col >= c.min && col <= c.max)?.style ?? 0;
  }

  private sheet(name: string): SheetState {
    const entry = this.entries.find((e) => e.name === name) ?? this.entries.find((e) => e.name.toLowerCase() === name.toLowerCase());
    if (!entry) throw new XlsxError({ th: `ไม่พบแผ่นงาน "${name}"`, en: `No sheet named "${name}".` });
    if (entry.kind !== "worksheet") throw new XlsxError({ th: `"${name}" ไม่ใช่แผ่นงานที่มีเซลล์ (เช่น แผ่นแผนภูมิ)`, en: `"${name}" is not a worksheet with cells (e.g. a chart sheet).` });
    const cached = this.states.get(entry.name);
    if (cached) return cached;
    const xml = this.pkg.text(entry.path);
    if (xml === undefined) throw new XlsxError({ th: `ไฟล์ขาดส่วนของแผ่นงาน "${name}" (${entry.path})`, en: `The file lacks the part of sheet "${name}" (${entry.path}).` });
    const p = prefixOf(xml, "worksheet");
    const state: SheetState = { entry, xml, p };
    this.states.set(entry.name, state);
    return state;
  }

  private setSheetXml(state: SheetState, xml: string): void {
    if (xml === state.xml) return;
    this.pkg.setText(state.entry.path, xml);
    state.xml = xml;
    state.scanned = undefined;
    state.formulas = undefined;
    state.colStyles = undefined;
  }

  private scan(state: SheetState): ScannedSheet {
    return (state.scanned ??= scanSheet(state.xml, state.p));
  }

  private formulas(state: SheetState): SheetFormulas {
    return (state.formulas ??= new SheetFormulas(this.scan(state)));
  }

  private styles(): StyleBook {
    if (!this.stylesBook) {
      const xml = this.stylesPath ? this.pkg.text(this.stylesPath) : undefined;
      const theme = this.pkg.relatedOfType(this.workbookPath, "theme")[0];
      this.stylesBook = new StyleBook(xml ?? "", theme ? this.pkg.text(theme.target) : undefined);
    }
    return this.stylesBook;
  }

  /**
   * Puts added styles into the styles part. Reading needs no styles part, and neither does a check that only
   * plans its writes: where the part is missing or has no lists to add to (an empty <styleSheet/>), the refusal
   * waits until the workbook is saved.
   */
  private saveStyles(): void {
    if (!this.stylesBook?.changed) return;
    let xml: string | undefined;
    try {
      xml = this.stylesPath ? this.stylesBook.toXml() : undefined;
    } catch (e) {
      if (!(e instanceof XlsxError)) throw e;
    }
    if (xml === undefined || !this.stylesPath) {
      this.stylesUnwritable = new XlsxError({
        th: "สมุดงานนี้ไม่มีส่วนรูปแบบเซลล์ (styles.xml) ที่ใช้ได้ จึงเขียนรูปแบบตัวเลขและไฮไลต์ไม่ได้ กรุณาเปิดใน Excel แล้วบันทึกใหม่ก่อน",
        en:
          "This workbook has no usable cell styles part (styles.xml), so number formats and highlights cannot be written; open it in Excel and save it again first.",
      });
      return;
    }
    this.pkg.setText(this.stylesPath, xml);
  }

  private sharedStringsXml(): string | undefined {
    const rel = this.pkg.relatedOfType(this.workbookPath, "sharedStrings")[0];
    return rel ? this.pkg.text(rel.target) : undefined;
  }

  private sharedStrings(): string[] {
    return (this.strings ??= parseSharedStrings(this.sharedStringsXml()));
  }

  /** For a string value, the plain shared-string entry holding exactly that text (see cellXml.ts), or -1. */
  private sharedIndexOf(value: number | string | boolean): number {
    if (typeof value !== "string" || value === "") return -1;
    let index = this.sharedIndexes.get(value);
    if (index === undefined) {
      // A plan writes a handful of distinct strings (pending notes, the total's label): one search each.
      const texts = this.sharedStrings();
      index = -1;
      for (let i = texts.indexOf(value); i >= 0; i = texts.indexOf(value, i + 1)) {
        if (isPlainEntry(this.sharedStringsXml()!, i)) {
          index = i;
          break;
        }
      }
      this.sharedIndexes.set(value, index);
    }
    return index;
  }

  private isStrict(): boolean {
    return (this.pkg.text(this.workbookPath) ?? "").includes(STRICT_NS);
  }
}

function strictRefusal(): XlsxError {
  return new XlsxError({
    th: "ไฟล์นี้บันทึกแบบ Strict Open XML ซึ่งโปรแกรมนี้อ่านได้แต่เขียนไม่ได้ กรุณาเปิดใน Excel แล้วบันทึกเป็น Excel Workbook (.xlsx) ปกติก่อน (ไฟล์ > บันทึกเป็น)",
    en:
      "This workbook is saved as Strict Open XML, which this tool can read but not write; open it in Excel and save it as an ordinary Excel Workbook (.xlsx) first (File > Save As).",
  });
}

/** Cells as one number (row × 2^14 + column: Excel has 16,384 columns), so maps of thousands need no key strings. */
const KEY_COLS = 16384;
function cellKey(row: number, col: number): number {
  return row * KEY_COLS + col;
}

/**
 * The edits sorted by cell (row, then column), so that editCells need not sort them with a comparator in
 * code that is still cold: each becomes one number, cell key × 2^19 + position, which a typed array sorts
 * natively. Cells are distinct here (one edit per cell), so this is the order editCells' own stable sort gives.
 */
function inSheetOrder(edits: CellEdit[]): CellEdit[] {
  const SLOTS = 524288; // 2^19: (2^34 cell keys) × 2^19 stays within Number.MAX_SAFE_INTEGER
  if (edits.length >= SLOTS) return edits; // editCells sorts
  const order = new Float64Array(edits.length);
  for (let i = 0; i < edits.length; i++) order[i] = cellKey(edits[i].row, edits[i].col) * SLOTS + i;
  order.sort();
  const sorted: CellEdit[] = new Array(edits.length);
  for (let i = 0; i < order.length; i++) sorted[i] = edits[order[i] % SLOTS];
  return sorted;
}

function cellAt(scan: ScannedSheet, row: number, col: number): ScannedCell | undefined {
  return findScannedRow(scan, row)?.cellAt(col);
}

function styleOf(attrs: string): number {
  return Number(attr(attrs, "s") ?? 0);
}

/** Widens <dimension ref> to cover written cells outside it (Excel tolerates a stale one; readers may not). */
function expandDimension(xml: string, p: string, cells: { row: number; col: number }[]): string {
  const dim = findElement(xml, `${p}dimension`);
  const range = dim ? parseRange(attr(dim.attrs, "ref") ?? "") : null;
  if (!dim || !range) return xml;
  const wider = { ...range };
  for (const { row, col } of cells) {
    wider.top = Math.min(wider.top, row);
    wider.left = Math.min(wider.left, col);
    wider.bottom = Math.max(wider.bottom, row);
    wider.right = Math.max(wider.right, col);
  }
  if (rangeAddress(wider) === rangeAddress(range)) return xml;
  return xml.slice(0, dim.start) + `<${p}dimension ref="${rangeAddress(wider)}"/>` + xml.slice(dim.end);
}
