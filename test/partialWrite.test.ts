// A write Excel stops part-way, through the ribbon command: the session keeps the undo record of what was
// applied, and ย้อนกลับ (the host's restore of the last record) puts the sheet back as it was.
import { runRibbonRecalc } from "../src/commands/recalcCommand";
import { session } from "../src/session/session";
import { ExcelHost } from "../src/excel/excelHost";
import { MockWorkbook, officeGlobal } from "../src/excel/testing/mockWorkbook";
import { generatedSheet } from "../src/excel/testing/plans";

const g = globalThis as unknown as { Excel: unknown; Office: unknown };
/** The sheet's non-blank cells: a cell put back to blank counts as it was. */
const content = (book: MockWorkbook, name: string) =>
  new Map([...book.dump(name)].filter(([, c]) => c.value !== "" || c.formula !== null || c.fill !== null || c.numberFormat !== "General"));
const CAPS = { mergedAreas: true, cellProperties: true, mergeUndoGroup: false, pageLayout: true, sharedRuntime: true };

it("the ribbon keeps the undo record of a write stopped in its second batch, and undo restores the sheet", async () => {
  session.reset();
  g.Office = (await officeGlobal({ ExcelApi: "1.13" })).office;
  const { sheet } = generatedSheet(2500);
  const book = new MockWorkbook([sheet]);
  g.Excel = book.excel();
  const before = content(book, sheet.name);
  const host = new ExcelHost({ capabilities: CAPS, requestBudget: 60_000 }); // a write of several batches
  const apply = host.applyPlan.bind(host);
  host.applyPlan = (plan, options) => {
    book.failSync = { at: book.log.syncs + 2, afterOps: 5 }; // the write's second sync
    return apply(plan, options);
  };
  const notices: string[] = [];
  const outcome = await runRibbonRecalc(host, (n) => void notices.push(n.text.th));
  expect(outcome.status).toBe("failed");
  expect(notices[0]).toContain("ย้อนกลับ");
  expect(session.get().undoStack).toHaveLength(1);
  expect(content(book, sheet.name)).not.toEqual(before);
  book.failSync = null;
  await host.restore(session.get().undoStack[0], "all");
  expect(content(book, sheet.name)).toEqual(before);
});
