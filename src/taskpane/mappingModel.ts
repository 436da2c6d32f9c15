// What the mapping form needs from a sheet: its rows and columns, the header text above each column,
// and where to start: the header row and columns the engine already recognised.
import type { ColumnMapping, ColumnRole, Grid, RawValue } from "../scorecard";

const squash = (text: string) => text.replace(/\s+/g, " ").trim();

export function bounds(grid: Grid) {
  const width = grid.values.reduce((w, row) => Math.max(w, row.length), 0);
  return {
    firstRow: grid.origin.row,
    lastRow: grid.origin.row + Math.max(grid.values.length, 1) - 1,
    columns: Array.from({ length: width }, (_, i) => grid.origin.col + i),
  };
}

/** The value shown at a sheet cell: a merged area shows its top-left cell's value. */
export function cellAt(grid: Grid, row: number, col: number): RawValue {
  const merge = grid.merges?.find((m) => row >= m.top && row <= m.bottom && col >= m.left && col <= m.right);
  const r = (merge ? merge.top : row) - grid.origin.row;
  const c = (merge ? merge.left : col) - grid.origin.col;
  return grid.values[r]?.[c] ?? null;
}

function textAt(grid: Grid, row: number, col: number): string {
  const v = cellAt(grid, row, col);
  return v === null ? "" : squash(String(v));
}

/** The header text over a column: the header row's cell, or the row above when that is blank. */
export function headerText(grid: Grid, headerRow: number, col: number): string {
  const text = textAt(grid, headerRow, col) || textAt(grid, headerRow - 1, col);
  return text.length > 40 ? `${text.slice(0, 39)}…` : text;
}

/** Where the engine read a header: the last header row and the columns it recognised there. */
export interface HeaderReading {
  headerRow: number | null;
  columns: Partial<Record<ColumnRole, number>>;
}

/** The first row with three or more texts: a header row to start from when the engine recognised no column. */
export function firstTextRow(grid: Grid): number {
  const { firstRow, lastRow, columns } = bounds(grid);
  for (let row = firstRow; row <= lastRow; row++) {
    if (columns.filter((c) => typeof cellAt(grid, row, c) === "string").length >= 3) return row;
  }
  return firstRow;
}

/** The form's starting point: a saved mapping as is, else what the engine read, else the first row of texts. */
export function initialMapping(grid: Grid, read: HeaderReading, saved?: ColumnMapping): ColumnMapping {
  if (saved) return { headerRow: saved.headerRow, columns: { ...saved.columns } };
  if (read.headerRow !== null) return { headerRow: read.headerRow, columns: { ...read.columns } };
  return { headerRow: firstTextRow(grid), columns: {} };
}
