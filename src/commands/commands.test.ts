import path from "path";
import { MockWorkbook, officeGlobal } from "../excel/testing/mockWorkbook";
import { COL } from "../excel/testing/plans";
import { readFixtureSheet } from "../excel/testing/xlsxFixture";
import { session } from "../session/session";

const FIXTURE = path.join(__dirname, "../../test/fixtures/hr-scorecard-2566-6m.xlsx");
const g = globalThis as unknown as { Excel: unknown; Office: Record<string, unknown>; recalculateSheet?: unknown };
type Handler = (event: { completed: () => void }) => Promise<void>;

/** Office as Excel shows it, with Office.onReady that has not fired yet (a cold start: the page is still loading). */
async function coldOffice(sets: Record<string, string> = { ExcelApi: "1.7" }) {
  const { office, associated } = await officeGlobal(sets);
  g.Office = office as unknown as Record<string, unknown>;
  g.Office.onReady = () => new Promise(() => undefined);
  return associated;
}

/** Evaluates registerRibbon as the page's entry does (its first import), in a fresh module registry. */
function loadEntry() {
  jest.isolateModules(() => {
    // requireActual, not require: the same evaluation in the isolated registry, and the linter allows it.
    jest.requireActual("./registerRibbon");
  });
}

describe("the ribbon's registration (registerRibbon.ts)", () => {
  beforeEach(() => {
    session.reset();
    delete g.recalculateSheet;
  });

  it("associates recalculateSheet while the module is evaluated, without waiting for Office.onReady", async () => {
    const associated = await coldOffice();
    loadEntry();
    expect([...associated.keys()]).toEqual(["recalculateSheet"]);
    // Also a global of that name, for Office builds without Office.actions; the same handler.
    expect(g.recalculateSheet).toBe(associated.get("recalculateSheet"));
  });

  it("the first click loads the commands, recalculates, and completes the event after the work", async () => {
    const associated = await coldOffice();
    const sheet = await readFixtureSheet(FIXTURE);
    const book = new MockWorkbook([sheet]);
    g.Excel = book.excel();
    loadEntry();

    const completed = jest.fn();
    const pending = (associated.get("recalculateSheet") as Handler)({ completed });
    expect(completed).not.toHaveBeenCalled(); // not before the work is done
    await pending;
    expect(completed).toHaveBeenCalledTimes(1);
    expect(book.cell(sheet.name, 26, COL.scoreDimension).value).toBeCloseTo(28.825, 6);
  });

  it("completes the event first, then opens the pane to show a problem", async () => {
    const associated = await coldOffice({ ExcelApi: "1.13", SharedRuntime: "1.1" });
    const sheet = await readFixtureSheet(FIXTURE);
    g.Excel = new MockWorkbook([{ ...sheet, protected: true }]).excel();
    const order: string[] = [];
    (g.Office.addin as Record<string, unknown>).showAsTaskpane = () => {
      order.push("showAsTaskpane");
      return Promise.resolve();
    };
    loadEntry();
    await (associated.get("recalculateSheet") as Handler)({ completed: () => order.push("completed") });
    expect(order).toEqual(["completed", "showAsTaskpane"]);
    expect(session.get().ribbonNotice?.level).toBe("error"); // what the pane shows when it opens
  });

  it("completes the event even when the recalculation fails", async () => {
    const associated = await coldOffice();
    g.Excel = { run: () => Promise.reject(new Error("no workbook")) };
    loadEntry();
    const completed = jest.fn();
    await (associated.get("recalculateSheet") as Handler)({ completed });
    expect(completed).toHaveBeenCalledTimes(1);
  });

  it("completes the event when the commands cannot be loaded", async () => {
    const { lazyCommand } = await import("./registerRibbon");
    const error = jest.spyOn(console, "error").mockImplementation(() => undefined);
    const completed = jest.fn();
    await lazyCommand("recalculateSheet", () => Promise.reject(new Error("ChunkLoadError")))({ completed } as unknown as Office.AddinCommands.Event);
    expect(completed).toHaveBeenCalledTimes(1);
    expect(error).toHaveBeenCalled();
    error.mockRestore();
  });

  it("leaves the ribbon to legacyWebview.js where it marked the page as an old webview", async () => {
    const associated = await coldOffice();
    const doc = globalThis as unknown as { document?: unknown };
    doc.document = { documentElement: { hasAttribute: (name: string) => name === "data-legacy-webview" } };
    try {
      loadEntry();
    } finally {
      delete doc.document;
    }
    expect(associated.size).toBe(0);
    expect(g.recalculateSheet).toBeUndefined();
  });

  it("registers the global function where Office.actions is missing", () => {
    g.Office = { onReady: () => new Promise(() => undefined) };
    loadEntry();
    expect(typeof g.recalculateSheet).toBe("function");
  });
});
