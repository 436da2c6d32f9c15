// Rectangles of cells as the mock needs them: Excel's last row and column, containment, overlap, the
// address Excel reports, a value per cell, and touching areas joined.
import { type CellRange, toAddress } from "../../scorecard";

/** Excel's grid: 1,048,576 rows by 16,384 columns (0-based last indexes). */
export const LAST_ROW = 1_048_575;
export const LAST_COLUMN = 16_383;
/** `outer` holds all of `inner`. */
export const contains = (outer: CellRange, inner: CellRange) => inner.top >= outer.top && inner.bottom <= outer.bottom && inner.left >= outer.left && inner.right <= outer.right;
export const meets = (a: CellRange, b: CellRange) => a.top <= b.bottom && a.bottom >= b.top && a.left <= b.right && a.right >= b.left;

export function rectAddress(sheet: string, r: CellRange): string {
  const a = toAddress(r.top, r.left);
  const b = toAddress(r.bottom, r.right);
  const name = /^[A-Za-z0-9_]+$/.test(sheet) ? sheet : `'${sheet.replace(/'/g, "''")}'`;
  return `${name}!${a === b ? a : `${a}:${b}`}`;
}

export function grid<T>(rect: CellRange, f: (row: number, col: number) => T): T[][] {
  const out: T[][] = [];
  for (let r = rect.top; r <= rect.bottom; r++) {
    const row: T[] = [];
    for (let c = rect.left; c <= rect.right; c++) row.push(f(r, c));
    out.push(row);
  }
  return out;
}

/** Rectangles that touch along a whole edge, joined until none do. */
export function joinTouching(areas: CellRange[]): CellRange[] {
  const out = areas.map((a) => ({ ...a }));
  for (let joined = true; joined; ) {
    joined = false;
    for (let i = 0; i < out.length && !joined; i++) {
      for (let j = 0; j < out.length && !joined; j++) {
        const a = out[i];
        const b = out[j];
        const below = a.left === b.left && a.right === b.right && a.bottom + 1 === b.top;
        const beside = a.top === b.top && a.bottom === b.bottom && a.right + 1 === b.left;
        if (i !== j && (below || beside)) {
          out[i] = { top: a.top, left: a.left, bottom: b.bottom, right: b.right };
          out.splice(j, 1);
          joined = true;
        }
      }
    }
  }
  return out;
}
