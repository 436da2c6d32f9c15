import { escapedJsonBytes, remainingSpans, rowsWithin } from "./readBands";

describe("read bands", () => {
  it("counts Thai text escaped, six bytes a character", () => {
    expect(escapedJsonBytes(["ab"])).toBe(6);
    expect(escapedJsonBytes(["มิติ"])).toBe(4 + 4 * 6);
  });

  it("fits rows to the budget, at least one, never past 5,000,000 cells", () => {
    expect(rowsWithin(1_000_000, 17, 200)).toBe(294);
    expect(rowsWithin(10, 17, 200)).toBe(1);
    expect(rowsWithin(1e12, 16_384, 1)).toBe(305);
  });

  it("reads the rows above and below what the first sync read, in spans", () => {
    expect(remainingSpans({ top: 2, left: 0, bottom: 20, right: 5 }, { top: 5, rows: 4 }, 5)).toEqual([
      { top: 2, rows: 3 },
      { top: 9, rows: 5 },
      { top: 14, rows: 5 },
      { top: 19, rows: 2 },
    ]);
    expect(remainingSpans({ top: 0, left: 0, bottom: 3, right: 5 }, { top: 0, rows: 10 }, 5)).toEqual([]);
    expect(remainingSpans({ top: 0, left: 0, bottom: 3, right: 5 }, null, 3)).toEqual([{ top: 0, rows: 3 }, { top: 3, rows: 1 }]);
  });
});
