// One pass over a worksheet's <sheetData>, recording where every <row> sits in the text, and where its
// <c> elements sit once a row's cells are first asked for. Writing splices new <c> elements at these
// offsets. A regex scanner (not a DOM) because sheets of 25,000 rows × 18 columns must be handled in
// well under a second, and because offsets into the original text are what lets us change one cell and
// leave the rest untouched. Cells are scanned per row on demand: a plan touches a few columns of each
// row, and 450,000 cell objects for a 25,000-row sheet would cost more than the whole write.
import { XlsxError } from "./errors";
import { columnIndex, columnName, MAX_COLS, MAX_ROWS } from "../grid";
import { escapeRegExp } from "./xmlText";

export interface ScannedCell {
  row: number;
  col: number;
  /** Offsets of the whole <c …>…</c> (or <c …/>) element. */
  start: number;
  end: number;
  attrs: string;
  /** Text between <c …> and </c>; null for a self-closing <c/>. */
  inner: string | null;
}

export interface ScannedRow {
  row: number;
  start: number;
  end: number;
  attrs: string;
  /** Offset just after the opening tag; equals `end` for a self-closing <row/>. */
  contentStart: number;
  /** Offset of </row>; equals `end` for a self-closing <row/>. */
  contentEnd: number;
  /** The row's cells in document order (scanned on first access). */
  readonly cells: ScannedCell[];
  /** The cell in column `col` (the first, should a damaged row repeat one), without scanning the row when it can. */
  cellAt(col: number): ScannedCell | undefined;
}

export interface ScannedSheet {
  /** Namespace prefix of the sheet's elements: "" or e.g. "x:". */
  p: string;
  /** Span of the <sheetData> element. */
  dataStart: number;
  dataEnd: number;
  /** Where the rows live (after <sheetData>, before </sheetData>); -1 for a self-closing <sheetData/>. */
  contentStart: number;
  contentEnd: number;
  /** In document order (which is row order in every valid file). */
  rows: ScannedRow[];
  /** The text the offsets point into. */
  xml: string;
}

const REF = /(?:^|\s)r\s*=\s*["']([A-Za-z]{1,3})?(\d+)?["']/;

export function scanSheet(xml: string, p: string): ScannedSheet {
  const open = new RegExp(`<${escapeRegExp(p)}sheetData(?=[\\s/>])[^>]*?(\\/?)>`).exec(xml);
  if (!open) throw new XlsxError({ th: "ไม่พบข้อมูลเซลล์ในแผ่นงาน (sheetData)", en: "The worksheet has no <sheetData>." });
  const dataStart = open.index;
  if (open[1] === "/") {
    const end = dataStart + open[0].length;
    return { p, dataStart, dataEnd: end, contentStart: -1, contentEnd: -1, rows: [], xml };
  }
  const contentStart = dataStart + open[0].length;
  const closeTag = `</${p}sheetData>`;
  const contentEnd = xml.indexOf(closeTag, contentStart);
  if (contentEnd < 0) throw new XlsxError({ th: "แผ่นงานเสียหาย (sheetData ไม่ปิด)", en: "The worksheet is damaged (unclosed <sheetData>)." });

  const rowOpen = new RegExp(`<${escapeRegExp(p)}row(?=[\\s/>])([^>]*?)(\\/?)>`, "g");
  const rowClose = `</${p}row>`;
  const rows: ScannedRow[] = [];
  let lastRow = -1;
  rowOpen.lastIndex = contentStart;
  for (let m = rowOpen.exec(xml); m && m.index < contentEnd; m = rowOpen.exec(xml)) {
    const attrs = m[1];
    const ref = REF.exec(attrs);
    const row = ref && ref[2] ? Number(ref[2]) - 1 : lastRow + 1;
    if (row >= MAX_ROWS) throw outsideSheet(attrs);
    lastRow = row;
    const start = m.index;
    const afterOpen = start + m[0].length;
    if (m[2] === "/") {
      rows.push(new LazyRow(xml, p, row, start, afterOpen, attrs, afterOpen, afterOpen));
      continue;
    }
    const close = xml.indexOf(rowClose, afterOpen);
    if (close < 0 || close > contentEnd) throw new XlsxError({ th: `แผ่นงานเสียหาย (แถว ${row + 1} ไม่ปิด)`, en: `The worksheet is damaged (row ${row + 1} is not closed).` });
    rows.push(new LazyRow(xml, p, row, start, close + rowClose.length, attrs, afterOpen, close));
    rowOpen.lastIndex = close + rowClose.length;
  }
  return { p, dataStart, dataEnd: contentEnd + closeTag.length, contentStart, contentEnd, rows, xml };
}

class LazyRow implements ScannedRow {
  private scanned?: ScannedCell[];
  /** Cells found by their reference before the row was scanned, by column. */
  private found?: Map<number, ScannedCell>;

  constructor(
    private readonly xml: string,
    private readonly p: string,
    readonly row: number,
    readonly start: number,
    readonly end: number,
    readonly attrs: string,
    readonly contentStart: number,
    readonly contentEnd: number,
  ) {}

  get cells(): ScannedCell[] {
    return (this.scanned ??= this.contentStart === this.contentEnd ? [] : scanCells(this.xml, this.p, this.row, this.contentStart, this.contentEnd));
  }

  cellAt(col: number): ScannedCell | undefined {
    if (!this.scanned) {
      const known = this.found?.get(col);
      if (known) return known;
      // Every writer we know puts r first (<c r="M5" …>): look for exactly that. Anything else (no such
      // cell, r elsewhere, no r at all) scans the row, which then answers every later question.
      const cell = this.findByRef(col);
      if (cell) {
        (this.found ??= new Map()).set(col, cell);
        return cell;
      }
    }
    for (const c of this.cells) if (c.col === col) return c;
    return undefined;
  }

  private findByRef(col: number): ScannedCell | undefined {
    const { xml, p, contentStart, contentEnd } = this;
    if (contentStart === contentEnd) return undefined;
    const cellTag = `<${p}c`;
    const needle = `${cellTag} r="${columnName(col)}${this.row + 1}"`;
    // Searched within the row's own text, so a cell that is absent costs one row, not the rest of the sheet.
    const offset = xml.slice(contentStart, contentEnd).indexOf(needle);
    if (offset < 0) return undefined;
    const start = contentStart + offset;
    if (!isNameEnd(xml.charCodeAt(start + needle.length))) return undefined;
    const gt = xml.indexOf(">", start);
    if (gt < 0 || gt >= contentEnd) return undefined;
    const selfClosing = xml.charCodeAt(gt - 1) === 47; // "/"
    const attrs = xml.slice(start + cellTag.length, selfClosing ? gt - 1 : gt);
    if (selfClosing) return { row: this.row, col, start, end: gt + 1, attrs, inner: null };
    const close = xml.indexOf(`</${p}c>`, gt);
    if (close < 0 || close > contentEnd) return undefined;
    return { row: this.row, col, start, end: close + p.length + 4, attrs, inner: xml.slice(gt + 1, close) };
  }
}

/**
 * The cells that hold a <f> element, in document order, found by searching the text for "<f" rather than
 * scanning every cell (most sheets we write have few formulas, or none).
 */
export function formulaCells(sheet: ScannedSheet): ScannedCell[] {
  const { xml, rows } = sheet;
  const found: ScannedCell[] = [];
  if (sheet.contentStart < 0) return found;
  const fTag = `<${sheet.p}f`;
  let r = 0;
  for (let at = xml.indexOf(fTag, sheet.contentStart); at >= 0 && at < sheet.contentEnd; ) {
    if (!isNameEnd(xml.charCodeAt(at + fTag.length))) {
      at = xml.indexOf(fTag, at + 1);
      continue;
    }
    while (r < rows.length && rows[r].end <= at) r++;
    if (r === rows.length) break;
    const cell = rows[r].start < at ? rows[r].cells.find((c) => c.start < at && at < c.end) : undefined;
    if (cell) found.push(cell);
    at = xml.indexOf(fTag, cell ? cell.end : at + 1);
  }
  return found;
}

/** The <c> elements between `from` and `to` (one row's content), found with indexOf as visitCells does. */
function scanCells(xml: string, p: string, row: number, from: number, to: number): ScannedCell[] {
  const cellTag = `<${p}c`;
  const cellClose = `</${p}c>`;
  const cells: ScannedCell[] = [];
  let lastCol = -1;
  let pos = from;
  while (pos < to) {
    const start = xml.indexOf(cellTag, pos);
    if (start < 0 || start >= to) break;
    if (!isNameEnd(xml.charCodeAt(start + cellTag.length))) {
      pos = start + cellTag.length;
      continue;
    }
    const gt = xml.indexOf(">", start);
    if (gt < 0 || gt >= to) break;
    const selfClosing = xml.charCodeAt(gt - 1) === 47; // "/"
    const attrs = xml.slice(start + cellTag.length, selfClosing ? gt - 1 : gt);
    const c = refColumn(attrs);
    const col = (lastCol = c >= 0 ? c : lastCol + 1);
    if (col >= MAX_COLS) throw outsideSheet(attrs);
    if (selfClosing) {
      cells.push({ row, col, start, end: gt + 1, attrs, inner: null });
      pos = gt + 1;
      continue;
    }
    const close = xml.indexOf(cellClose, gt);
    if (close < 0 || close > to) throw new XlsxError({ th: `แผ่นงานเสียหาย (เซลล์ในแถว ${row + 1} ไม่ปิด)`, en: `The worksheet is damaged (a cell in row ${row + 1} is not closed).` });
    const end = close + cellClose.length;
    cells.push({ row, col, start, end, attrs, inner: xml.slice(gt + 1, close) });
    pos = end;
  }
  return cells;
}

/**
 * Calls `visit` for every <c> in <sheetData>, in document order, without building per-cell objects
 * or regex matches: the read path (readGrid) uses this because a 25,000-row sheet has ~450,000 cells
 * and allocation, not parsing, is what makes such a read slow.
 */
export function visitCells(xml: string, p: string, visit: (row: number, col: number, attrs: string, inner: string | null) => void): void {
  const open = new RegExp(`<${escapeRegExp(p)}sheetData(?=[\\s/>])[^>]*?(\\/?)>`).exec(xml);
  if (!open) throw new XlsxError({ th: "ไม่พบข้อมูลเซลล์ในแผ่นงาน (sheetData)", en: "The worksheet has no <sheetData>." });
  if (open[1] === "/") return;
  const to = xml.indexOf(`</${p}sheetData>`, open.index);
  if (to < 0) throw new XlsxError({ th: "แผ่นงานเสียหาย (sheetData ไม่ปิด)", en: "The worksheet is damaged (unclosed <sheetData>)." });
  const cellTag = `<${p}c`;
  const rowTag = `<${p}row`;
  const cellClose = `</${p}c>`;
  let row = -1;
  let col = -1;
  let pos = open.index + open[0].length;
  while (pos < to) {
    const lt = xml.indexOf("<", pos);
    if (lt < 0 || lt >= to) break;
    const isCell = xml.startsWith(cellTag, lt) && isNameEnd(xml.charCodeAt(lt + cellTag.length));
    const isRow = !isCell && xml.startsWith(rowTag, lt) && isNameEnd(xml.charCodeAt(lt + rowTag.length));
    const gt = xml.indexOf(">", lt);
    if (!isCell && !isRow) {
      pos = gt + 1; // </row>, <extLst>…: nothing we read
      continue;
    }
    const selfClosing = xml.charCodeAt(gt - 1) === 47; // "/"
    const attrs = xml.slice(lt + (isCell ? cellTag.length : rowTag.length), selfClosing ? gt - 1 : gt);
    if (isRow) {
      const r = refNumber(attrs);
      row = r > 0 ? r - 1 : row + 1;
      if (row >= MAX_ROWS) throw outsideSheet(attrs);
      col = -1;
      pos = gt + 1;
      continue;
    }
    const c = refColumn(attrs);
    col = c >= 0 ? c : col + 1;
    if (col >= MAX_COLS) throw outsideSheet(attrs);
    if (selfClosing) {
      visit(row, col, attrs, null);
      pos = gt + 1;
      continue;
    }
    const close = xml.indexOf(cellClose, gt);
    if (close < 0 || close > to) throw new XlsxError({ th: `แผ่นงานเสียหาย (เซลล์ในแถว ${row + 1} ไม่ปิด)`, en: `The worksheet is damaged (a cell in row ${row + 1} is not closed).` });
    visit(row, col, attrs, xml.slice(gt + 1, close));
    pos = close + cellClose.length;
  }
}

/**
 * A row or cell beyond Excel's 1,048,576 rows × 16,384 columns (row 231999999999940, column ZZZZZZ): no program
 * that follows the format writes one, and sizing anything by it would exhaust memory. The reference is quoted
 * (shortened) so the officer can tell the file's maker what is wrong.
 */
function outsideSheet(attrs: string): XlsxError {
  const r = /(?:^|\s)r\s*=\s*["']([^"']*)["']/.exec(attrs)?.[1] ?? "";
  const ref = r.length > 24 ? `${r.slice(0, 24)}…` : r;
  const what = ref ? ` (${ref})` : "";
  return new XlsxError({
    th:
      `ไฟล์เสียหาย: แผ่นงานอ้างถึงแถวหรือคอลัมน์${what} ที่อยู่นอกขอบเขตของ Excel (1,048,576 แถว × 16,384 คอลัมน์) ` +
      `กรุณาเปิดและบันทึกไฟล์ใหม่ใน Excel หรือแจ้งผู้สร้างไฟล์`,
    en:
      `The file is damaged: a worksheet refers to a row or column${what} outside Excel's 1,048,576 rows × 16,384 columns; ` +
      `open and save it again in Excel, or tell whoever made the file.`,
  });
}

function isNameEnd(code: number): boolean {
  return code === 32 || code === 62 || code === 47 || code === 9 || code === 10 || code === 13; // space > / tab LF CR
}

/** Row number from a <row> tag's r="12" (1-based), or 0 when absent. */
function refNumber(attrs: string): number {
  const m = REF.exec(attrs);
  return m && m[2] ? Number(m[2]) : 0;
}

/** Column index from a <c> tag's r="AB12" without allocating, or -1 when absent. */
function refColumn(attrs: string): number {
  let at = attrs.indexOf(' r="');
  if (at < 0) {
    const m = REF.exec(attrs);
    return m && m[1] ? columnIndex(m[1]) : -1;
  }
  at += 4;
  let n = 0;
  for (let code = attrs.charCodeAt(at); code >= 65 && code <= 90; code = attrs.charCodeAt(++at)) n = n * 26 + code - 64;
  return n - 1;
}

/** The cell at (row, col) in a scanned sheet, if present. Rows are in order in valid files, so binary search. */
export function findScannedRow(sheet: ScannedSheet, row: number): ScannedRow | undefined {
  let lo = 0;
  let hi = sheet.rows.length - 1;
  while (lo <= hi) {
    const mid = (lo + hi) >> 1;
    const r = sheet.rows[mid].row;
    if (r === row) return sheet.rows[mid];
    if (r < row) lo = mid + 1;
    else hi = mid - 1;
  }
  return sheet.rows.find((r) => r.row === row); // files with rows out of order
}
