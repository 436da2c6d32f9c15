import { blockColumns, findBlocks } from "./blocks";
import { Sheet } from "./sheet";
import type { CellRange, RawValue } from "./types";

/** A two-row header (rows 0 and 1) of the given cells, with the given merged areas. */
function header(top: RawValue[], sub: RawValue[], merges: CellRange[]): Sheet {
  return new Sheet({ sheetName: "s", origin: { row: 0, col: 0 }, values: [top, sub], merges });
}
const over = (left: number, right: number): CellRange => ({ top: 0, bottom: 0, left, right });
const down = (col: number): CellRange => ({ top: 0, bottom: 1, left: col, right: col });

describe("findBlocks", () => {
  test("a weight column naming a block goes to the longest heading it names: รอบ 12, not รอบ 1 that it also contains", () => {
    const sheet = header(
      ["น้ำหนัก (ร้อยละ)", "น้ำหนัก (ร้อยละ) รอบ 12", "รอบ 1", null, "รอบ 12", null],
      [null, null, "ผลการดำเนินงาน", "คะแนนถ่วงน้ำหนัก", "ผลการดำเนินงาน", "คะแนนถ่วงน้ำหนัก"],
      [down(0), down(1), over(2, 3), over(4, 5)],
    );
    const blocks = findBlocks(sheet, 0, 1, { weightKpi: 0 });
    expect(blocks.map((b) => [b.heading, b.columns])).toEqual([
      ["รอบ 1", { result: 2, scoreKpi: 3 }],
      ["รอบ 12", { result: 4, scoreKpi: 5, weightKpi: 1 }],
    ]);
    // The first block keeps the shared weight; each block's outputs replace the first block's.
    expect(blockColumns({ weightKpi: 0, result: 2, scoreKpi: 3, kpi: 9 }, blocks[1])).toEqual({ kpi: 9, weightKpi: 1, result: 4, scoreKpi: 5 });
    expect(blockColumns({ weightKpi: 0, result: 2, scoreKpi: 3, kpi: 9 }, blocks[0])).toEqual({ kpi: 9, weightKpi: 0, result: 2, scoreKpi: 3 });
  });

  test("one round is no list of blocks, and a heading that names a column is no block", () => {
    const oneRound = header(["รอบ 6 เดือน", null], ["ผลการดำเนินงาน", "คะแนนถ่วงน้ำหนัก"], [over(0, 1)]);
    expect(findBlocks(oneRound, 0, 1, {})).toEqual([]);
    const named = header(
      ["ผลการดำเนินงาน", null, "ผลการดำเนินงาน", null],
      ["ผลการดำเนินงาน", "ค่าคะแนนที่ได้", "ผลการดำเนินงาน", "ค่าคะแนนที่ได้"],
      [over(0, 1), over(2, 3)],
    );
    expect(findBlocks(named, 0, 1, {})).toEqual([]);
  });

  test("a group over neither result nor level (ข้อมูลพื้นฐาน ปี 65 | ปี 66) is no block", () => {
    const sheet = header(
      ["ข้อมูลพื้นฐาน", null, "รอบ 6 เดือน", null, "รอบ 9 เดือน", null],
      ["ปี 65", "ปี 66", "ผลการดำเนินงาน", "ค่าคะแนนที่ได้", "ผลการดำเนินงาน", "ค่าคะแนนที่ได้"],
      [over(0, 1), over(2, 3), over(4, 5)],
    );
    expect(findBlocks(sheet, 0, 1, {}).map((b) => b.heading)).toEqual(["รอบ 6 เดือน", "รอบ 9 เดือน"]);
  });
});
