// Merged areas as Excel reported them, checked against the cells before the engine trusts them. Reports say
// RangeAreas.address from getMergedAreasOrNullObject can give only the top-left cell of each area
// (office-js#1590), and an address is a union, which Excel may join where rectangles touch (two goals' merged
// cells one under the other read as one area). Either would make the engine see wrong blocks. Excel keeps a
// merged area's content in its top-left cell only, so a true area is at least two cells, an anchor that may
// hold a value and the rest blank: an answer that breaks this is not used, and the engine infers blocks from
// blanks instead (Grid.merges undefined), which scores the same.
import type { CellRange, RawValue } from "../scorecard";

export interface CellsRead {
  origin: { row: number; col: number };
  values: readonly (readonly RawValue[])[];
  formulas: readonly (readonly (string | null)[])[];
}

/** Every area is two cells or more and holds nothing outside its top-left cell. */
export function mergesFitCells(merges: readonly CellRange[], cells: CellsRead): boolean {
  const { origin, values, formulas } = cells;
  const rows = values.length;
  const cols = values[0]?.length ?? 0;
  for (const area of merges) {
    if (area.bottom === area.top && area.right === area.left) return false;
    // Only the part inside the cells read can hold anything; the rest of the sheet is blank.
    const top = Math.max(area.top - origin.row, 0);
    const bottom = Math.min(area.bottom - origin.row, rows - 1);
    const left = Math.max(area.left - origin.col, 0);
    const right = Math.min(area.right - origin.col, cols - 1);
    for (let r = top; r <= bottom; r++) {
      for (let c = left; c <= right; c++) {
        if (r + origin.row === area.top && c + origin.col === area.left) continue;
        if (values[r][c] !== null || formulas[r]?.[c]) return false;
      }
    }
  }
  return true;
}
