import { arrayOf, mergeSafeBlocks, rangeOfPlacement } from "./mergeSafe";

const cell = (row: number, col: number) => ({ row, col, v: `${row}:${col}` });
const ranges = (items: ReturnType<typeof cell>[], merges?: { top: number; left: number; bottom: number; right: number }[]) =>
  mergeSafeBlocks(items, merges).map((p) => rangeOfPlacement(p)).map((r) => [r.top, r.left, r.bottom, r.right]);

describe("mergeSafeBlocks", () => {
  // M5:M7 and the goal's N5 (merged N5:N6) and the dimension's O5 (merged O5:O7), 0-based rows 4–6.
  const writes = [cell(4, 12), cell(5, 12), cell(6, 12), cell(4, 13), cell(4, 14)];

  it("merges known: cells outside merged areas in rectangles, a merged cell through its whole area with null elsewhere", () => {
    const merges = [{ top: 4, left: 13, bottom: 5, right: 13 }, { top: 4, left: 14, bottom: 6, right: 14 }];
    expect(ranges(writes, merges)).toEqual([[4, 12, 6, 12], [4, 13, 5, 13], [4, 14, 6, 14]]);
    const n = mergeSafeBlocks(writes, merges).find((p) => p.area?.left === 13)!;
    expect(arrayOf(n, (c) => c.v)).toEqual([["4:13"], [null]]);
  });

  it("merges not known: one column at a time, the last cell of a run alone (it may head a merged area)", () => {
    expect(ranges(writes, undefined)).toEqual([[4, 12, 5, 12], [6, 12, 6, 12], [4, 13, 4, 13], [4, 14, 4, 14]]);
  });
});
