// Merged areas in the read's one sync, at any size. Range.getMergedAreasOrNullObject (ExcelApi 1.13) "will
// fail to return the result" when "the merged areas count in this range is more than 512" (Excel API
// reference, Excel.Range), and its failure fails the whole batch. So the sheet is asked in bands of entire
// rows, each too small to hold more than 512 areas, all queued in the same batch, and the answers are put
// back together here.
//
// What a band returns for an area that crosses its edge is not documented. Excel returns the areas whose
// top-left cell lies in the range (reported in office-js#3611, still open); whether whole or clipped to the
// range is not said. Bands therefore overlap by one row: the parts of one area seen by two neighbouring bands
// then overlap, while two different areas never do (merged areas are disjoint). Joining overlapping areas of
// the same columns puts clipped parts back together and collapses a whole area reported twice; areas that
// only touch (a goal ending where the next begins) stay apart.
//
// Bounds: at most MAX_MERGE_BANDS bands (and half the request budget); a sheet that would need more, or is so
// wide that even a two-row band could pass 512 areas, is read without merges (Grid.merges undefined: the
// engine then infers blocks from blanks under a value, which gives the same scores).
import type { CellRange } from "../scorecard";
import { OPERATION_BYTES } from "./payload";

/** Excel's documented limit for one getMergedAreasOrNullObject call. */
export const MAX_AREAS_PER_CALL = 512;
/** Band requests in one read: ~1.2 MB by our per-operation estimate, a quarter of Excel on the web's 5 MB. */
export const MAX_MERGE_BANDS = 1000;
/** Estimated request bytes of one band: the rows, their entire rows, the merged areas, the load. */
export const MERGE_BAND_BYTES = 4 * OPERATION_BYTES;
/**
 * Bands are cut for a used range at least this wide: a scorecard is ~17 columns, and the slack keeps the
 * bound when columns were added since the size was learnt. Also the width assumed before it is known.
 */
export const MIN_PLANNED_COLUMNS = 32;
/** Rows asked about when the sheet's size is not known yet (covers the 2,500-KPI benchmark sheet). */
export const FIRST_READ_ROWS = 4096;
/** Rows below the last known used range also asked about: rows the officer has added since. */
export const GROWTH_ROWS = 256;
/** Excel's grid: 1,048,576 rows (0-based last row). */
const LAST_ROW = 1_048_575;

export interface RowBand {
  top: number;
  rows: number;
}

export interface BandPlan {
  bands: RowBand[];
  /** The rows the bands cover: merged areas are complete only for a used range inside them. */
  top: number;
  bottom: number;
  /** The used-range width the bands were cut for. */
  columns: number;
}

/**
 * Rows per band (the shared row included) so that no band can meet more than 512 merged areas in a used
 * range `columns` wide, however Excel counts areas crossing its edges: areas inside the band take at least 2
 * of its cells, and at most `columns` areas cross each of its two edges, so a band of r rows meets at most
 * r·columns/2 + columns areas. 0 when even two rows could pass the limit (over 256 columns).
 */
export function bandRows(columns: number): number {
  const rows = Math.floor((2 * MAX_AREAS_PER_CALL) / Math.max(1, columns)) - 2;
  return rows >= 2 ? rows : 0;
}

/** Bands of entire rows from `top` to at least `bottom`, neighbours sharing one row; null past the bounds. */
export function planBands(top: number, bottom: number, columns: number, maxBands: number): BandPlan | null {
  const planned = Math.max(columns, MIN_PLANNED_COLUMNS);
  const rows = bandRows(planned);
  if (rows === 0) return null;
  const last = Math.min(bottom, LAST_ROW);
  const step = rows - 1;
  const count = Math.max(1, Math.ceil((last - top) / step));
  if (count > maxBands) return null;
  const bands = Array.from({ length: count }, (_, i) => {
    const bandTop = top + i * step;
    return { top: bandTop, rows: Math.min(rows, LAST_ROW - bandTop + 1) };
  });
  const end = bands[bands.length - 1];
  return { bands, top, bottom: end.top + end.rows - 1, columns: planned };
}

/** The bands for a sheet whose used range was `used` at the last read (undefined: not read yet). */
export function planMergeBands(used: CellRange | undefined, maxBands: number): BandPlan | null {
  if (!used) return planBands(0, FIRST_READ_ROWS - 1, MIN_PLANNED_COLUMNS, maxBands);
  return planBands(used.top, used.bottom + GROWTH_ROWS, used.right - used.left + 1, maxBands);
}

/** The plan asked about every row of `used`: its merged areas are all in the answers. */
export function covers(plan: BandPlan, used: CellRange): boolean {
  return used.top >= plan.top && used.bottom <= plan.bottom;
}

/** The plan was cut for this used range (covered, no wider than planned): the 512 bound held for it. */
export function fits(plan: BandPlan, used: CellRange): boolean {
  return covers(plan, used) && used.right - used.left + 1 <= plan.columns;
}

/**
 * The bands' answers as one list of merged areas: areas of the same columns that overlap are one area
 * (parts of it, or the same area seen by two bands); areas that only touch stay apart.
 */
export function combineAreas(answers: readonly (readonly CellRange[])[]): CellRange[] {
  const byColumns = new Map<string, CellRange[]>();
  for (const areas of answers) {
    for (const a of areas) {
      const k = `${a.left}:${a.right}`;
      const group = byColumns.get(k);
      if (group) group.push(a);
      else byColumns.set(k, [a]);
    }
  }
  const out: CellRange[] = [];
  for (const group of byColumns.values()) {
    group.sort((a, b) => a.top - b.top || a.bottom - b.bottom);
    let current = { ...group[0] };
    for (const a of group.slice(1)) {
      if (a.top <= current.bottom) current.bottom = Math.max(current.bottom, a.bottom);
      else {
        out.push(current);
        current = { ...a };
      }
    }
    out.push(current);
  }
  return out.sort((a, b) => a.top - b.top || a.left - b.left);
}
