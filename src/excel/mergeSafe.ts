// Writes that never cut through a merged area. What Excel does with a values or numberFormat write into a
// range that covers part of a merged area is not documented (nor found in the office-js issue tracker), and
// on the official sheet most write rectangles would do it (N5:O5, with N5:N6 and O5:O7 merged). So:
// - merged areas known (read and checked: mergeCheck.ts): a written cell inside a merged area is written
//   through a range of the whole area, its own value in place and null for the other cells, which "leaves
//   specific cells unchanged" ("null input in 2-D Array", Office Add-ins docs: Blank and null values in
//   Excel add-ins); every other cell goes in rectangles as before, which hold written cells only and so meet
//   no merged area;
// - not known (ExcelApi 1.7, or an answer that did not fit the cells): each column on its own, and the last
//   cell of each run of rows alone, as that cell may be the top-left cell of an area below it; a cell inside a
//   run has the next cell written too, so it is no area's top-left cell. That Excel accepts a write through a
//   whole merged area, or through its top-left cell alone, is not documented either, only the most likely:
//   the field-test kit's Script Lab snippet (docs/) checks both in real Excel.
import type { CellRange } from "../scorecard";
import { rectangles, rowBands, type Block, type Placed } from "./blocks";

/** A block of cells to write, and the range it is written through when that is a whole merged area. */
export interface Placement<T extends Placed> {
  block: Block<T>;
  area?: CellRange;
}

const inside = (c: Placed, a: CellRange) => c.row >= a.top && c.row <= a.bottom && c.col >= a.left && c.col <= a.right;

export function mergeSafeBlocks<T extends Placed>(items: readonly T[], merges: readonly CellRange[] | undefined, groupOf?: (item: T) => string): Placement<T>[] {
  if (!merges) {
    const columns = rectangles(items, (i) => `${i.col}:${groupOf?.(i) ?? ""}`);
    return columns.flatMap((b) => (b.cells.length > 1 ? [rowBands(b, b.cells.length - 1)[0], { ...b, top: b.bottom, cells: b.cells.slice(-1) }] : [b])).map((block) => ({ block }));
  }
  const byArea = new Map<CellRange, T[]>();
  const free: T[] = [];
  for (const item of items) {
    const area = merges.find((m) => inside(item, m));
    if (!area) free.push(item);
    else byArea.set(area, [...(byArea.get(area) ?? []), item]);
  }
  const inAreas = [...byArea].flatMap(([area, cells]) => rectangles(cells, groupOf).map((block) => ({ block, area })));
  return [...rectangles(free, groupOf).map((block) => ({ block })), ...inAreas];
}

/** The range a placement is written through. */
export function rangeOfPlacement<T extends Placed>(p: Placement<T>): CellRange {
  return p.area ?? p.block;
}

/** The 2D array for the placement's range: `f` of each cell written, null for the rest of a merged area. */
export function arrayOf<T extends Placed, U>(p: Placement<T>, f: (item: T) => U): (U | null)[][] {
  const b = p.block;
  if (!p.area) return b.cells.map((row) => row.map(f));
  const r = p.area;
  const out: (U | null)[][] = [];
  for (let row = r.top; row <= r.bottom; row++) {
    const line: (U | null)[] = [];
    for (let col = r.left; col <= r.right; col++) {
      const inBlock = row >= b.top && row <= b.bottom && col >= b.left && col <= b.right;
      line.push(inBlock ? f(b.cells[row - b.top][col - b.left]) : null);
    }
    out.push(line);
  }
  return out;
}
