// Splices new <c> elements into a worksheet's text at the offsets the scanner found: a replaced cell
// takes the old one's place, a new cell goes in column order within its row, a missing row is created
// in row order. Nothing else in the sheet text moves or changes.
import type { ScannedRow, ScannedSheet } from "./sheetScan";

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
  const p = sheet.p;
  const byRow = new Map<number, CellEdit[]>();
  for (const e of edits) byRow.set(e.row, [...(byRow.get(e.row) ?? []), e]);
  const existing = new Map(sheet.rows.map((r) => [r.row, r]));
  const splices: Splice[] = [];
  const newRows: { row: number; text: string }[] = [];

  for (const [rowIndex, rowEdits] of [...byRow].sort((a, b) => a[0] - b[0])) {
    rowEdits.sort((a, b) => a.col - b.col);
    const row = existing.get(rowIndex);
    if (!row) {
      const cells = rowEdits.filter((e) => e.xml !== null).map((e) => e.xml).join("");
      if (cells) newRows.push({ row: rowIndex, text: `<${p}row r="${rowIndex + 1}">${cells}</${p}row>` });
      continue;
    }
    splices.push(...editRow(xml, p, row, rowEdits, dropEmptyRows.has(rowIndex)));
  }
  splices.push(...insertRows(sheet, newRows));
  splices.sort((a, b) => a.start - b.start); // stable: inserts at one offset keep their order
  let out = "";
  let at = 0;
  for (const s of splices) {
    out += xml.slice(at, s.start) + s.text;
    at = s.end;
  }
  return out + xml.slice(at);
}

function editRow(xml: string, p: string, row: ScannedRow, edits: CellEdit[], dropIfEmpty: boolean): Splice[] {
  const byCol = new Map(row.cells.map((c) => [c.col, c]));
  const remaining = row.cells.filter((c) => !edits.some((e) => e.col === c.col && e.xml === null)).length +
    edits.filter((e) => e.xml !== null && !byCol.has(e.col)).length;
  if (remaining === 0 && dropIfEmpty) return [{ start: row.start, end: row.end, text: "" }];

  if (row.contentStart === row.end) {
    // A self-closing <row …/>: rewrite it with the new cells inside.
    const cells = edits.filter((e) => e.xml !== null).map((e) => e.xml).join("");
    const attrs = row.attrs.replace(/\s*$/, "");
    return [{ start: row.start, end: row.end, text: `<${p}row${attrs}>${cells}</${p}row>` }];
  }
  const splices: Splice[] = [];
  for (const e of edits) {
    const cell = byCol.get(e.col);
    if (cell) {
      splices.push({ start: cell.start, end: cell.end, text: e.xml ?? "" });
    } else if (e.xml !== null) {
      const next = row.cells.find((c) => c.col > e.col);
      const at = next ? next.start : row.contentEnd;
      splices.push({ start: at, end: at, text: e.xml });
    }
  }
  return splices;
}

function insertRows(sheet: ScannedSheet, newRows: { row: number; text: string }[]): Splice[] {
  if (newRows.length === 0) return [];
  if (sheet.contentStart < 0) {
    // <sheetData/>: the sheet had no rows at all.
    const p = sheet.p;
    return [{ start: sheet.dataStart, end: sheet.dataEnd, text: `<${p}sheetData>${newRows.map((r) => r.text).join("")}</${p}sheetData>` }];
  }
  return newRows.map((r) => {
    const next = sheet.rows.find((x) => x.row > r.row);
    const at = next ? next.start : sheet.contentEnd;
    return { start: at, end: at, text: r.text };
  });
}
