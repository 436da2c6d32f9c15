import type { CellRange } from "../scorecard";
import { FIRST_READ_ROWS, MAX_AREAS_PER_CALL, bandRows, combineAreas, covers, fits, planBands, planMergeBands } from "./mergeBands";

const area = (top: number, left: number, bottom: number, right: number): CellRange => ({ top, left, bottom, right });
const sorted = (areas: CellRange[]) => [...areas].sort((a, b) => a.top - b.top || a.left - b.left);

/** What one band returns, for each shape Excel might use (see the mock's mergedAreasShape). */
function answer(merges: CellRange[], band: { top: number; rows: number }, shape: "top-left" | "intersecting" | "clipped"): CellRange[] {
  const bottom = band.top + band.rows - 1;
  const meeting = merges.filter((m) => m.top <= bottom && m.bottom >= band.top);
  if (shape === "top-left") return meeting.filter((m) => m.top >= band.top);
  if (shape === "intersecting") return meeting;
  return meeting.map((m) => ({ ...m, top: Math.max(m.top, band.top), bottom: Math.min(m.bottom, bottom) }));
}

describe("bandRows", () => {
  it("keeps every band at 512 areas or fewer, counting areas crossing both edges", () => {
    for (const columns of [1, 2, 17, 18, 32, 100, 256]) {
      const rows = bandRows(columns);
      expect(rows).toBeGreaterThanOrEqual(2);
      expect((rows * columns) / 2 + columns).toBeLessThanOrEqual(MAX_AREAS_PER_CALL);
    }
    expect(bandRows(17)).toBe(58);
    expect(bandRows(32)).toBe(30);
  });

  it("gives up past 256 columns, where two rows could already pass the limit", () => {
    expect(bandRows(257)).toBe(0);
    expect(planBands(0, 100, 300, 1000)).toBeNull();
  });
});

describe("planBands", () => {
  it("covers the rows with bands sharing one row, cut for at least 32 columns", () => {
    const plan = planBands(0, 2505, 17, 1000)!;
    expect(plan.columns).toBe(32);
    expect(plan.bands[0]).toEqual({ top: 0, rows: 30 });
    for (let i = 1; i < plan.bands.length; i++) expect(plan.bands[i].top).toBe(plan.bands[i - 1].top + 29);
    expect(plan.bottom).toBeGreaterThanOrEqual(2505);
    expect(plan.bottom - plan.bands[plan.bands.length - 1].top).toBeLessThan(30);
  });

  it("one band for a small sheet, none past the cap", () => {
    expect(planBands(0, 27, 17, 1000)!.bands).toEqual([{ top: 0, rows: 30 }]);
    expect(planBands(0, 29 * 10, 17, 10)!.bands).toHaveLength(10);
    expect(planBands(0, 29 * 10 + 1, 17, 10)).toBeNull();
  });

  it("asks about the first rows of a sheet not read yet, and the known rows and some below of one read before", () => {
    expect(planMergeBands(undefined, 1000)!.bottom).toBeGreaterThanOrEqual(FIRST_READ_ROWS - 1);
    const used = area(2, 0, 25_005, 17);
    const plan = planMergeBands(used, 1000)!;
    expect(plan.top).toBe(2);
    expect(plan.bottom).toBeGreaterThanOrEqual(25_005 + 256);
    expect(plan.bands.length).toBeLessThanOrEqual(1000);
    expect(covers(plan, used) && fits(plan, used)).toBe(true);
    expect(fits(plan, area(2, 0, 25_005, 40))).toBe(false); // wider than cut for
    expect(covers(planMergeBands(undefined, 1000)!, used)).toBe(false);
  });

  it("stops at the grid's last row", () => {
    const plan = planBands(1_048_000, 1_048_575 + 256, 17, 1000)!;
    expect(plan.bottom).toBe(1_048_575);
  });
});

describe("combineAreas", () => {
  it("joins the parts of one area and a whole area seen twice, keeps touching areas apart", () => {
    const clipped = [[area(5, 0, 29, 0), area(10, 1, 12, 1)], [area(29, 0, 40, 0), area(30, 1, 31, 1)]];
    expect(combineAreas(clipped)).toEqual([area(5, 0, 40, 0), area(10, 1, 12, 1), area(30, 1, 31, 1)]);
    expect(combineAreas([[area(29, 2, 31, 3)], [area(29, 2, 31, 3)]])).toEqual([area(29, 2, 31, 3)]);
    expect(combineAreas([[area(5, 1, 29, 1)], [area(30, 1, 40, 1)]])).toEqual([area(5, 1, 29, 1), area(30, 1, 40, 1)]);
  });

  for (const shape of ["top-left", "intersecting", "clipped"] as const) {
    it(`gives back exactly the sheet's merged areas when bands return them ${shape}`, () => {
      // Goals of 1–90 rows merged in three columns, back to back, so that many areas cross band edges and
      // many end exactly where the next begins; a title merged across the top.
      const truth: CellRange[] = [area(0, 0, 0, 16)];
      let row = 2;
      for (let i = 0; row < 3000; i++) {
        const height = 1 + ((i * 37) % 90);
        for (const col of [1, 10, 13]) if (height > 1) truth.push(area(row, col, row + height - 1, col));
        truth.push(area(row, 4, row, 8)); // targets merged across, one row
        row += height;
      }
      const plan = planBands(0, row, 17, 1000)!;
      const combined = combineAreas(plan.bands.map((b) => answer(truth, b, shape)));
      expect(sorted(combined)).toEqual(sorted(truth));
    });
  }
});
