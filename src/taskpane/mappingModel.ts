// What the mapping form needs from a sheet: its rows and columns, the header text above each column,
// and a first guess at the header row and at the columns the engine already recognised.
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

/** The column whose header (header row or up to two rows above) reads `label`. */
export function findColumn(grid: Grid, headerRow: number, label: string): number | undefined {
  const want = squash(label);
  if (!want) return undefined;
  const { columns } = bounds(grid);
  for (const row of [headerRow, headerRow - 1, headerRow - 2]) {
    const col = columns.find((c) => textAt(grid, row, c) === want);
    if (col !== undefined) return col;
  }
  return undefined;
}

/** The row holding most of the recognised labels; else the first row with three or more texts. */
export function guessHeaderRow(grid: Grid, labels: string[]): number {
  const { firstRow, lastRow, columns } = bounds(grid);
  const wanted = new Set(labels.map(squash).filter(Boolean));
  let best = -1;
  let bestHits = 0;
  for (let row = firstRow; row <= lastRow; row++) {
    const hits = columns.filter((c) => wanted.has(textAt(grid, row, c))).length;
    if (hits > bestHits) [best, bestHits] = [row, hits];
  }
  if (best >= 0) return best;
  for (let row = firstRow; row <= lastRow; row++) {
    if (columns.filter((c) => typeof cellAt(grid, row, c) === "string").length >= 3) return row;
  }
  return firstRow;
}

/** The form's starting point: a saved mapping as is, else the guessed row and the recognised columns. */
export function initialMapping(grid: Grid, found: Partial<Record<ColumnRole, string>>, saved?: ColumnMapping): ColumnMapping {
  if (saved) return { headerRow: saved.headerRow, columns: { ...saved.columns } };
  const headerRow = guessHeaderRow(grid, Object.values(found).filter((l): l is string => !!l));
  const columns: Partial<Record<ColumnRole, number>> = {};
  for (const [role, label] of Object.entries(found) as [ColumnRole, string][]) {
    const col = findColumn(grid, headerRow, label);
    if (col !== undefined) columns[role] = col;
  }
  return { headerRow, columns };
}
