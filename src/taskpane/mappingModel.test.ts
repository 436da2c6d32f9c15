import type { Grid } from "../scorecard";
import { bounds, firstTextRow, headerText, initialMapping } from "./mappingModel";

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

  test("header text is the header row's cell, else the row above (merged areas show their top-left value)", () => {
    expect(headerText(grid, 3, 2)).toBe("L1");
    expect(headerText(grid, 3, 1)).toBe("ตัวชี้วัด");
    expect(headerText(grid, 2, 3)).toBe("เกณฑ์");
  });

  test("without anything recognised, the first row with three texts is where the form starts", () => {
    expect(firstTextRow(grid)).toBe(2);
    expect(initialMapping(grid, { headerRow: null, columns: {} })).toEqual({ headerRow: 2, columns: {} });
  });

  test("a saved mapping wins; otherwise the form starts where the engine read the header", () => {
    const read = { headerRow: 3, columns: { kpi: 1 } };
    expect(initialMapping(grid, read)).toEqual({ headerRow: 3, columns: { kpi: 1 } });
    expect(initialMapping(grid, read).columns).not.toBe(read.columns); // the form edits its own copy
    const saved = { headerRow: 3, columns: { kpi: 1, target1: 2 } };
    expect(initialMapping(grid, read, saved)).toEqual(saved);
  });
});
