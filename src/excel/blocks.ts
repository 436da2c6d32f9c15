// Cells → as few rectangles as possible, so a write is a handful of 2D-array sets instead of one per cell.
// A rectangle holds only the cells asked for (no holes): merged areas and untouched neighbours stay untouched.

export interface Placed {
  row: number;
  col: number;
}

/** An inclusive rectangle with its items: cells[r][c] is the item at (top + r, left + c). */
export interface Block<T extends Placed> {
  top: number;
  left: number;
  bottom: number;
  right: number;
  cells: T[][];
}

/** A column run of adjacent rows, before columns are joined. */
interface Run<T extends Placed> {
  col: number;
  top: number;
  bottom: number;
  group: string;
  items: T[];
}

/**
 * Groups items into rectangles: first runs of adjacent rows in one column, then runs with the same rows
 * in adjacent columns side by side. `groupOf` keeps items of different groups (e.g. fill colours) apart.
 * Later items replace earlier ones at the same cell.
 */
export function rectangles<T extends Placed>(items: readonly T[], groupOf: (item: T) => string = () => ""): Block<T>[] {
  const byCell = new Map<string, T>();
  for (const item of items) byCell.set(`${item.row}:${item.col}`, item);
  const sorted = [...byCell.values()].sort((a, b) => a.col - b.col || a.row - b.row);

  const runs: Run<T>[] = [];
  for (const item of sorted) {
    const last = runs[runs.length - 1];
    const group = groupOf(item);
    if (last && last.col === item.col && last.bottom === item.row - 1 && last.group === group) {
      last.bottom = item.row;
      last.items.push(item);
    } else {
      runs.push({ col: item.col, top: item.row, bottom: item.row, group, items: [item] });
    }
  }

  // Join runs covering the same rows in adjacent columns (runs are in column order).
  const open = new Map<string, Block<T>>();
  const blocks: Block<T>[] = [];
  for (const run of runs) {
    const key = `${run.top}:${run.bottom}:${run.group}`;
    const block = open.get(key);
    if (block && block.right === run.col - 1) {
      block.right = run.col;
      run.items.forEach((item, r) => block.cells[r].push(item));
    } else {
      const fresh: Block<T> = { top: run.top, left: run.col, bottom: run.bottom, right: run.col, cells: run.items.map((item) => [item]) };
      open.set(key, fresh);
      blocks.push(fresh);
    }
  }
  return blocks.sort((a, b) => a.top - b.top || a.left - b.left);
}

/** Splits a block into bands of whole rows (for a block too large for one request). */
export function rowBands<T extends Placed>(block: Block<T>, rowsPerBand: number): Block<T>[] {
  const bands: Block<T>[] = [];
  const step = Math.max(1, Math.floor(rowsPerBand));
  for (let r = 0; r < block.cells.length; r += step) {
    const cells = block.cells.slice(r, r + step);
    bands.push({ top: block.top + r, left: block.left, bottom: block.top + r + cells.length - 1, right: block.right, cells });
  }
  return bands;
}

export function map2d<T extends Placed, U>(block: Block<T>, f: (item: T) => U): U[][] {
  return block.cells.map((row) => row.map(f));
}
