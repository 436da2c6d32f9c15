import { MockWorkbook, type MockContext } from "./mockWorkbook";

// Ranges as Excel documents them: clear, values with null and "", merged areas, used ranges and intersections.
describe("MockRange", () => {
  const run = (book: MockWorkbook, batch: (context: MockContext) => Promise<unknown>) => book.excel().run(batch);

  it("clears contents, formats or both as Range.clear does, and unmerges what meets the range", async () => {
    const cell = { value: 5, formula: "=2+3", numberFormat: "0.00", fill: "#FFEB9C" };
    const book = new MockWorkbook([
      { name: "S", cells: [0, 1, 2, 3].map((row) => ({ row, col: 0, cell })), merges: [{ top: 2, left: 0, bottom: 2, right: 1 }, { top: 9, left: 0, bottom: 9, right: 1 }] },
    ]);
    await run(book, async (context) => {
      const sheet = context.workbook.worksheets.getItem("S");
      sheet.getRange("A1").clear("Contents");
      sheet.getRange("A2").clear("Formats");
      sheet.getRange("A3:B3").clear();
      sheet.getRange("A3:B3").unmerge();
      await context.sync();
    });
    expect(book.cell("S", 0, 0)).toEqual({ value: "", formula: null, numberFormat: "0.00", fill: "#FFEB9C" });
    expect(book.cell("S", 1, 0)).toEqual({ value: 5, formula: "=2+3", numberFormat: "General", fill: null });
    expect(book.cell("S", 2, 0)).toEqual({ value: "", formula: null, numberFormat: "General", fill: null });
    expect(book.cell("S", 3, 0)).toEqual(cell); // outside every cleared range
    expect(book.sheet("S").merges).toEqual([{ top: 9, left: 0, bottom: 9, right: 1 }]);
  });

  it("leaves cells given null in a 2D array and clears cells given an empty string", async () => {
    const book = new MockWorkbook([{ name: "S", cells: [{ row: 0, col: 0, cell: { value: "a" } }, { row: 0, col: 1, cell: { value: "b" } }] }]);
    await run(book, async (context) => {
      context.workbook.worksheets.getItem("S").getRangeByIndexes(0, 0, 1, 2).values = [[null, ""]];
      await context.sync();
    });
    expect([book.cell("S", 0, 0).value, book.cell("S", 0, 1).value]).toEqual(["a", ""]);
  });

  describe("getMergedAreasOrNullObject", () => {
    // A5:A9 crosses the edge of rows 1–6 (A1:Q6); C2:D3 lies inside; F8:F9 lies below.
    const merges = [
      { top: 4, left: 0, bottom: 8, right: 0 },
      { top: 1, left: 2, bottom: 2, right: 3 },
      { top: 7, left: 5, bottom: 8, right: 5 },
    ];
    const ask = async (book: MockWorkbook, top: number, rows: number) => {
      let address = "";
      await run(book, async (context) => {
        const areas = context.workbook.worksheets.getItem("S").getRangeByIndexes(top, 0, rows, 17).getMergedAreasOrNullObject().load("address");
        await context.sync();
        address = areas.isNullObject ? "" : areas.address;
      });
      return address;
    };

    it("returns areas crossing the range's edge in the book's shape", async () => {
      const book = new MockWorkbook([{ name: "S", merges }]);
      expect(await ask(book, 0, 6)).toBe("S!A5:A9, S!C2:D3"); // top-left: whole areas starting inside
      expect(await ask(book, 6, 3)).toBe("S!F8:F9"); // A5:A9 starts above: not returned
      book.mergedAreasShape = "intersecting";
      expect(await ask(book, 6, 3)).toBe("S!A5:A9, S!F8:F9");
      book.mergedAreasShape = "clipped";
      expect(await ask(book, 0, 6)).toBe("S!A5:A6, S!C2:D3");
      expect(await ask(book, 6, 3)).toBe("S!A7:A9, S!F8:F9");
      expect(await ask(book, 20, 3)).toBe(""); // none: a null object
    });

    it("fails, failing the batch, when more than 512 areas meet the range", async () => {
      const many = Array.from({ length: 513 }, (_, i) => ({ top: i, left: 0, bottom: i, right: 1 }));
      const book = new MockWorkbook([{ name: "S", merges: many }]);
      await expect(ask(book, 0, 513)).rejects.toThrow("513 merged areas in the range, more than 512");
      expect(await ask(book, 0, 512)).toMatch(/^S!A1:B1, /);
    });

    it("gives entire rows", async () => {
      const book = new MockWorkbook([{ name: "S", merges: [{ top: 3, left: 16_000, bottom: 3, right: 16_001 }] }]);
      let address = "";
      await run(book, async (context) => {
        const row = context.workbook.worksheets.getItem("S").getRangeByIndexes(3, 0, 2, 1).getEntireRow();
        row.load("address");
        const areas = row.getMergedAreasOrNullObject().load("address");
        await context.sync();
        address = `${row.address} ${areas.address}`;
      });
      expect(address).toBe("S!A4:XFD5 S!WQK4:WQL4");
    });
  });

  it("takes a used range of values only, ignoring formatting, and intersects ranges (null where they share nothing)", async () => {
    const book = new MockWorkbook([{ name: "S", cells: [{ row: 2, col: 1, cell: { value: "x" } }, { row: 900, col: 40, cell: { numberFormat: "0.00" } }] }]);
    await run(book, async (context) => {
      const sheet = context.workbook.worksheets.getItem("S");
      const all = sheet.getUsedRange().load("rowCount");
      const used = sheet.getUsedRange(true).load("rowIndex, rowCount, columnCount");
      const inside = used.getIntersectionOrNullObject(sheet.getRangeByIndexes(0, 0, 10, 100)).load("rowIndex");
      const outside = used.getIntersectionOrNullObject(sheet.getRangeByIndexes(50, 0, 10, 100));
      await context.sync();
      expect([all.rowCount, used.rowIndex, used.rowCount, used.columnCount]).toEqual([899, 2, 1, 1]);
      expect([inside.isNullObject, inside.rowIndex, outside.isNullObject]).toEqual([false, 2, true]);
    });
  });
});
