// Splices new <c> elements into a worksheet's text at the offsets the scanner found: a replaced cell
// takes the old one's place, a new cell goes in column order within its row, a missing row is created
// in row order. Nothing else in the sheet text moves or changes.
import type { ScannedCell, ScannedRow, ScannedSheet } from "./sheetScan";

export interface CellEdit {
  row: number;
  col: number;
  /** The new <c> element, or null to remove the cell. */
  xml: string | null;
}

interface Splice {
  start: number;
  end: number;
  text: string;
}

/**
 * Applies the edits. `dropEmptyRows` names rows to remove entirely when no cell is left in them
 * (rows that an earlier write created and a restore empties again).
 */
export function editCells(xml: string, sheet: ScannedSheet, edits: CellEdit[], dropEmptyRows: ReadonlySet<number> = new Set()): string {
  // Plain loops, no per-row maps or closures: this runs once per save over thousands of cells, in code
  // that is still cold (a command-line process does it once), where every allocation and call counts.
  const p = sheet.p;
  // Callers usually hand edits over in sheet order already (applyPlan does): sort only when they are not.
  let sorted = edits;
  for (let k = 1; k < edits.length; k++) {
    const a = edits[k - 1];
    const b = edits[k];
    if (a.row > b.row || (a.row === b.row && a.col > b.col)) {
      sorted = edits.slice().sort((x, y) => x.row - y.row || x.col - y.col); // stable: equal cells keep their order
      break;
    }
  }
  const existing = new Map<number, ScannedRow>();
  for (const r of sheet.rows) existing.set(r.row, r);
  const splices: Splice[] = [];
  const newRows: { row: number; text: string }[] = [];

  for (let i = 0; i < sorted.length; ) {
    const rowIndex = sorted[i].row;
    let j = i + 1;
    while (j < sorted.length && sorted[j].row === rowIndex) j++;
    const row = existing.get(rowIndex);
    if (!row) {
      const cells = cellsText(sorted, i, j);
      if (cells) newRows.push({ row: rowIndex, text: `<${p}row r="${rowIndex + 1}">${cells}</${p}row>` });
    } else {
      editRow(p, row, sorted, i, j, dropEmptyRows.has(rowIndex), splices);
    }
    i = j;
  }
  for (const s of insertRows(sheet, newRows)) splices.push(s);
  let ordered = true;
  for (let k = 1; k < splices.length && ordered; k++) ordered = splices[k - 1].start <= splices[k].start;
  if (!ordered) splices.sort((a, b) => a.start - b.start); // stable: inserts at one offset keep their order
  // One pass over the text, in offset order: unchanged stretches and new cells, joined once.
  const out: string[] = [];
  let at = 0;
  for (const s of splices) {
    out.push(xml.slice(at, s.start), s.text);
    at = s.end;
  }
  out.push(xml.slice(at));
  return out.join("");
}

function cellsText(edits: CellEdit[], from: number, to: number): string {
  let text = "";
  for (let i = from; i < to; i++) {
    const xml = edits[i].xml;
    if (xml !== null) text += xml;
  }
  return text;
}

/** Splices for one existing row's edits (edits[from..to), in column order), appended to `splices`. */
function editRow(p: string, row: ScannedRow, edits: CellEdit[], from: number, to: number, dropIfEmpty: boolean, splices: Splice[]): void {
  if (dropIfEmpty && remainingCells(row.cells, edits.slice(from, to)) === 0) {
    splices.push({ start: row.start, end: row.end, text: "" });
    return;
  }
  if (row.contentStart === row.end) {
    // A self-closing <row …/>: rewrite it with the new cells inside.
    const attrs = row.attrs.replace(/\s*$/, "");
    splices.push({ start: row.start, end: row.end, text: `<${p}row${attrs}>${cellsText(edits, from, to)}</${p}row>` });
    return;
  }
  for (let i = from; i < to; i++) {
    const e = edits[i];
    const cell = row.cellAt(e.col);
    if (cell) {
      splices.push({ start: cell.start, end: cell.end, text: e.xml ?? "" });
    } else if (e.xml !== null) {
      // A new cell goes before the first cell after its column.
      let next: ScannedCell | undefined;
      for (const c of row.cells) {
        if (c.col > e.col) {
          next = c;
          break;
        }
      }
      const at = next ? next.start : row.contentEnd;
      splices.push({ start: at, end: at, text: e.xml });
    }
  }
}

/** How many cells the row keeps after the edits: its cells not removed, plus new ones. */
function remainingCells(cells: readonly ScannedCell[], edits: CellEdit[]): number {
  let n = 0;
  for (const c of cells) if (!edits.some((e) => e.col === c.col && e.xml === null)) n++;
  for (const e of edits) if (e.xml !== null && !cells.some((c) => c.col === e.col)) n++;
  return n;
}

function insertRows(sheet: ScannedSheet, newRows: { row: number; text: string }[]): Splice[] {
  if (newRows.length === 0) return [];
  if (sheet.contentStart < 0) {
    // <sheetData/>: the sheet had no rows at all.
    const p = sheet.p;
    return [{ start: sheet.dataStart, end: sheet.dataEnd, text: `<${p}sheetData>${newRows.map((r) => r.text).join("")}</${p}sheetData>` }];
  }
  // Rows are in order in valid files, so the next row is found by binary search (out of order: the first later one).
  const ordered = sheet.rows.every((r, i) => i === 0 || sheet.rows[i - 1].row < r.row);
  return newRows.map((r) => {
    const next = ordered ? sheet.rows[firstRowAfter(sheet.rows, r.row)] : sheet.rows.find((x) => x.row > r.row);
    const at = next ? next.start : sheet.contentEnd;
    return { start: at, end: at, text: r.text };
  });
}

/** Index of the first row numbered above `row` in rows sorted by number (rows.length when none). */
function firstRowAfter(rows: readonly ScannedRow[], row: number): number {
  let lo = 0;
  let hi = rows.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (rows[mid].row <= row) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}
