import { mergesFitCells } from "./mergeCheck";

// A5:A7 holds one dimension, A8:A9 the next (0-based rows 4–8), read from A5.
const cells = {
  origin: { row: 4, col: 0 },
  values: [["มิติ ๑", 1], [null, 2], [null, 3], ["มิติ ๒", 4], [null, 5]],
  formulas: [[null, null], [null, null], [null, null], [null, "=B7+1"], [null, null]],
};

describe("mergesFitCells", () => {
  it("accepts areas whose cells below the anchor are blank, even reaching past the cells read", () => {
    expect(mergesFitCells([{ top: 4, left: 0, bottom: 6, right: 0 }, { top: 7, left: 0, bottom: 10, right: 0 }], cells)).toBe(true);
  });

  it("refuses a one-cell area: an address that gave only the top-left cell", () => {
    expect(mergesFitCells([{ top: 4, left: 0, bottom: 4, right: 0 }], cells)).toBe(false);
  });

  it("refuses an area holding two values: touching areas joined into one", () => {
    expect(mergesFitCells([{ top: 4, left: 0, bottom: 8, right: 0 }], cells)).toBe(false);
  });

  it("refuses an area with a formula outside its top-left cell", () => {
    expect(mergesFitCells([{ top: 6, left: 1, bottom: 7, right: 1 }], { ...cells, values: cells.values.map((r) => [r[0], null]) })).toBe(false);
  });
});
