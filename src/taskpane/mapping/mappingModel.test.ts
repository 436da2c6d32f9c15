import { analyze, columnName, type Grid } from "../../scorecard";
import { loadGrid, OFFICIAL } from "../../../test/fixtures/grids";
import { bounds, columnsAt, firstTextRow, headerText, judgeMapping, startMapping } from "./mappingModel";

// A sheet starting at B2: a title row, a two-row header with a merged group over the targets, one body row.
const grid: Grid = {
  sheetName: "KPI",
  origin: { row: 1, col: 1 },
  values: [
    ["ตัวชี้วัดปี ๒๕๖๗", null, null, null],
    ["ตัวชี้วัด", "เกณฑ์", null, "สัดส่วน"],
    [null, "L1", "L2", null],
    ["๑.๑ ร้อยละ", 60, 70, 50],
  ],
  merges: [{ top: 2, left: 2, bottom: 2, right: 3 }],
};

describe("mappingModel", () => {
  test("bounds are sheet rows and columns", () => {
    expect(bounds(grid)).toEqual({ firstRow: 1, lastRow: 4, columns: [1, 2, 3, 4] });
  });

  test("header text names the group over a sub-column, else the row above when blank", () => {
    expect(headerText(grid, 3, 2)).toBe("เกณฑ์ › L1");
    expect(headerText(grid, 3, 3)).toBe("เกณฑ์ › L2");
    expect(headerText(grid, 3, 1)).toBe("ตัวชี้วัด");
    expect(headerText(grid, 2, 3)).toBe("เกณฑ์");
    // The title row over a one-row header is not a group.
    expect(headerText(grid, 2, 1)).toBe("ตัวชี้วัด");
    expect(firstTextRow(grid)).toBe(2);
  });
});

describe("the mapping form on the official sheet", () => {
  let official: Grid;
  beforeAll(async () => {
    official = await loadGrid(OFFICIAL);
  });

  test("the two KPI weight and score columns read as their groups, not two 'KPIs'", () => {
    const start = startMapping(official, analyze(official));
    const weight = headerText(official, start.headerRow, start.columns.weightKpi!);
    const score = headerText(official, start.headerRow, start.columns.scoreKpi!);
    expect(weight).toBe("น้ำหนัก › KPIs");
    expect(score).toBe("ร้อยละของคะแนนที่ได้หลังจากถ่วงน้ำหนัก › KPIs");
  });

  test("opened with nothing saved, it starts filled with every column the engine found, and saving that reads as before", () => {
    const auto = analyze(official);
    const start = startMapping(official, auto);
    expect(auto.ok && start.columns).toEqual(auto.ok && auto.scorecard.layout.columns);
    expect(columnName(start.columns.weightKpi!)).toBe("J");
    const verdict = judgeMapping(official, start, auto);
    expect(verdict).toEqual({ ok: true, kpis: 22 });
    const saved = analyze(official, { mapping: start });
    expect(saved.ok && saved.scorecard.total).toBeCloseTo(28.825, 6);
  });

  test("an empty saved mapping (what the old form stored) is not where the form starts", () => {
    const auto = analyze(official);
    const start = startMapping(official, auto, { headerRow: 2, columns: {} });
    expect(judgeMapping(official, start, auto).ok).toBe(true);
  });

  test("a mapping that reads worse than automatic reading is refused, naming what is missing", () => {
    const auto = analyze(official);
    expect(judgeMapping(official, { headerRow: 2, columns: {} }, auto).ok).toBe(true); // the group row: the engine reads both rows
    const broken = judgeMapping(official, { headerRow: 3, columns: {} }, auto);
    expect(broken.ok).toBe(false);
    expect(!broken.ok && broken.missing).toEqual(expect.arrayContaining(["target1", "weightKpi"]));
  });

  test("changing the header row fills the columns the engine recognises there", () => {
    expect(columnName(columnsAt(official, 2).weightKpi!)).toBe("J");
  });
});
