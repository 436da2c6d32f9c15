import { MockWorkbook, type MockContext } from "./mockWorkbook";

// The adapter's undo depends on Office.js running a batch in queue order; the mock must too, and keep Excel's
// payload limits and part-way failures.
describe("MockContext", () => {
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
      // The reads below break the load/sync rules on purpose: the mock must refuse them as Excel does.
      // eslint-disable-next-line office-addins/load-object-before-read, office-addins/call-sync-before-read -- reading before load, on purpose
      expect(() => range.values).toThrow("not loaded");
      range.load("values");
      // eslint-disable-next-line office-addins/call-sync-before-read -- reading before sync, on purpose
      expect(() => range.values).toThrow("context.sync() was not called");
    });
  });

  it("measures each sync's response and fails one past the payload limit", async () => {
    const book = new MockWorkbook([{ name: "S", cells: [{ row: 0, col: 0, cell: { value: "ก".repeat(1000) } }] }]);
    book.payloadLimit = 2000;
    const attempt = run(book, async (context) => {
      context.workbook.worksheets.getItem("S").getRangeByIndexes(0, 0, 1, 1).load("values");
      await context.sync();
    });
    await expect(attempt).rejects.toMatchObject({ code: "ResponsePayloadSizeLimitExceeded" });
    expect(book.log.responseBytes[0]).toBeGreaterThanOrEqual(3000); // 1,000 Thai characters, 3 bytes each
  });

  it("fails a chosen sync after some of its operations, as a batch Excel stops part-way", async () => {
    const book = new MockWorkbook([{ name: "S" }]);
    book.failSync = { at: 1, afterOps: 1 };
    const attempt = run(book, async (context) => {
      const sheet = context.workbook.worksheets.getItem("S");
      sheet.getRangeByIndexes(0, 0, 1, 1).values = [[1]];
      sheet.getRangeByIndexes(1, 0, 1, 1).values = [[2]];
      await context.sync();
    });
    await expect(attempt).rejects.toMatchObject({ code: "GeneralException" });
    expect([book.cell("S", 0, 0).value, book.cell("S", 1, 0).value]).toEqual([1, ""]);
  });
});
