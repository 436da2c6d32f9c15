import { MockWorkbook, type MockContext } from "./mockWorkbook";

// The adapter's undo depends on Office.js running a batch in queue order; the mock must too.
describe("MockWorkbook", () => {
  const run = (book: MockWorkbook, batch: (context: MockContext) => Promise<unknown>) => book.excel().run(batch);

  it("carries out loads and sets in queue order at sync", async () => {
    const book = new MockWorkbook([{ name: "S", cells: [{ row: 0, col: 0, cell: { value: 1 } }] }]);
    await run(book, async (context) => {
      const sheet = context.workbook.worksheets.getItem("S");
      const before = sheet.getRangeByIndexes(0, 0, 1, 1).load("values");
      sheet.getRangeByIndexes(0, 0, 1, 1).values = [[2]];
      const after = sheet.getRangeByIndexes(0, 0, 1, 1).load("values");
      expect(book.cell("S", 0, 0).value).toBe(1); // nothing happens before sync
      await context.sync();
      expect(before.values).toEqual([[1]]);
      expect(after.values).toEqual([[2]]);
    });
    expect(book.log.syncs).toBe(1);
  });

  it("refuses reads that were not loaded or not synced", async () => {
    const book = new MockWorkbook([{ name: "S" }]);
    await run(book, async (context) => {
      const range = context.workbook.worksheets.getItem("S").getRangeByIndexes(0, 0, 1, 1);
      expect(() => range.values).toThrow("not loaded");
      range.load("values");
      expect(() => range.values).toThrow("context.sync() was not called");
    });
  });

  it("leaves cells given null in a 2D array and clears cells given an empty string", async () => {
    const book = new MockWorkbook([{ name: "S", cells: [{ row: 0, col: 0, cell: { value: "a" } }, { row: 0, col: 1, cell: { value: "b" } }] }]);
    await run(book, async (context) => {
      context.workbook.worksheets.getItem("S").getRangeByIndexes(0, 0, 1, 2).values = [[null, ""]];
      await context.sync();
    });
    expect([book.cell("S", 0, 0).value, book.cell("S", 0, 1).value]).toEqual(["a", ""]);
  });
});
