// What the mapping form needs from a sheet: its rows and columns, the header text above each column (group and
// sub-column), where to start (what the engine itself reads there), and whether a mapping reads the sheet at
// least as well as automatic reading does. The reading is always the engine's (`analyze`): the form never guesses.
import { analyze, type AnalyzeResult, type ColumnMapping, type ColumnRole, type Grid, type RawValue } from "../../scorecard";

const squash = (text: string) => text.replace(/\s+/g, " ").trim();
const clip = (text: string, n: number) => (text.length > n ? `${text.slice(0, n - 1)}…` : text);

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

/**
 * A group row: one whose merged areas gather a few columns under a label ("น้ำหนัก" over KPIs / CSFs / มิติ).
 * A title merged across the whole table is not one.
 */
function isGroupRow(grid: Grid, row: number): boolean {
  const width = bounds(grid).columns.length;
  return (grid.merges ?? []).some((m) => m.top === row && m.bottom === row && m.right > m.left && m.right - m.left + 1 < width);
}

/**
 * The header over a column as the officer reads it: its group and its own label ("น้ำหนัก › KPIs"), so the
 * sub-columns of different groups ("KPIs" under น้ำหนัก and under คะแนน) tell apart. A blank header cell shows
 * the row above's text (a label merged down, or a group alone).
 */
export function headerText(grid: Grid, headerRow: number, col: number): string {
  const own = textAt(grid, headerRow, col);
  const above = textAt(grid, headerRow - 1, col);
  if (!own) return clip(above, 40);
  if (above && above !== own && isGroupRow(grid, headerRow - 1)) return `${clip(above, 40)} › ${clip(own, 24)}`;
  return clip(own, 40);
}

/** Where a reading found the header (its last row) and the columns it recognised there. */
export interface HeaderReading {
  headerRow: number | null;
  columns: Partial<Record<ColumnRole, number>>;
}

export function readingOf(result: AnalyzeResult): HeaderReading {
  return result.ok
    ? { headerRow: result.scorecard.layout.headerBottom, columns: { ...result.scorecard.layout.columns } }
    : { headerRow: result.reason.headerRow, columns: { ...result.reason.columns } };
}

/** The first row with three or more texts: a header row to start from when the engine recognised no column. */
export function firstTextRow(grid: Grid): number {
  const { firstRow, lastRow, columns } = bounds(grid);
  for (let row = firstRow; row <= lastRow; row++) {
    if (columns.filter((c) => typeof cellAt(grid, row, c) === "string").length >= 3) return row;
  }
  return firstRow;
}

const kpiCount = (r: AnalyzeResult) => (r.ok ? r.scorecard.kpis.length : -1);

/**
 * The form's starting point, always filled with what the engine reads: through the saved mapping when that reads
 * at least as well as automatic reading (a mapping saved empty or broken does not), else automatic reading, else
 * the first row of texts.
 */
export function startMapping(grid: Grid, auto: AnalyzeResult, saved?: ColumnMapping): ColumnMapping {
  if (saved) {
    const throughSaved = analyze(grid, { mapping: saved });
    if (kpiCount(throughSaved) >= kpiCount(auto)) return { headerRow: saved.headerRow, columns: readingOf(throughSaved).columns };
  }
  const read = readingOf(auto);
  return { headerRow: read.headerRow ?? firstTextRow(grid), columns: read.columns };
}

/** The columns the engine recognises with `headerRow` as the header's top: what the form fills in when the row changes. */
export function columnsAt(grid: Grid, headerRow: number): Partial<Record<ColumnRole, number>> {
  return readingOf(analyze(grid, { mapping: { headerRow, columns: {} } })).columns;
}

/** Whether a mapping may be saved: it reads the sheet, and no fewer KPIs than automatic reading finds. */
export type Verdict =
  | { ok: true; kpis: number }
  /** `fewer`: it reads, but fewer KPIs than automatic reading. */
  | { ok: false; missing: ColumnRole[]; fewer?: { kpis: number; auto: number } };

export function judgeMapping(grid: Grid, mapping: ColumnMapping, auto: AnalyzeResult): Verdict {
  const result = analyze(grid, { mapping });
  if (!result.ok) return { ok: false, missing: result.reason.missing };
  const kpis = result.scorecard.kpis.length;
  if (auto.ok && kpis < auto.scorecard.kpis.length) return { ok: false, missing: [], fewer: { kpis, auto: auto.scorecard.kpis.length } };
  return { ok: true, kpis };
}
