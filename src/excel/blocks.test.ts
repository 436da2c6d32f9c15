import { rectangles, rowBands } from "./blocks";

const cell = (row: number, col: number, tag = "") => ({ row, col, tag });
const shape = (items: ReturnType<typeof cell>[], group?: (c: ReturnType<typeof cell>) => string) =>
  rectangles(items, group).map((b) => [b.top, b.left, b.bottom, b.right]);

describe("rectangles", () => {
  it("joins adjacent rows into runs and equal runs in adjacent columns into rectangles", () => {
    const items = [cell(4, 12), cell(5, 12), cell(6, 12), cell(4, 13), cell(5, 13), cell(6, 13), cell(9, 12)];
    expect(shape(items)).toEqual([
      [4, 12, 6, 13],
      [9, 12, 9, 12],
    ]);
  });
  it("never covers a cell that was not asked for", () => {
    const items = [cell(0, 0), cell(1, 0), cell(0, 1)]; // an L, not a square
    const blocks = rectangles(items);
    const covered = blocks.reduce((n, b) => n + (b.bottom - b.top + 1) * (b.right - b.left + 1), 0);
    expect(covered).toBe(3);
  });
  it("keeps groups apart and places each item at its cell", () => {
    const items = [cell(0, 0, "amber"), cell(1, 0, "amber"), cell(2, 0, "red")];
    expect(shape(items, (c) => c.tag)).toEqual([
      [0, 0, 1, 0],
      [2, 0, 2, 0],
    ]);
    const [b] = rectangles([cell(3, 2, "x"), cell(3, 3, "y")]);
    expect(b.cells).toEqual([[cell(3, 2, "x"), cell(3, 3, "y")]]);
  });
  it("lets a later item replace an earlier one at the same cell", () => {
    expect(rectangles([cell(1, 1, "old"), cell(1, 1, "new")])[0].cells[0][0].tag).toBe("new");
  });
});

describe("rowBands", () => {
  it("cuts a block into bands of whole rows", () => {
    const [block] = rectangles([0, 1, 2, 3, 4].map((r) => cell(r, 0)));
    expect(rowBands(block, 2).map((b) => [b.top, b.bottom, b.cells.length])).toEqual([
      [0, 1, 2],
      [2, 3, 2],
      [4, 4, 1],
    ]);
  });
});
