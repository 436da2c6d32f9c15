import path from "path";
import { MockWorkbook, officeGlobal } from "../excel/testing/mockWorkbook";
import { COL } from "../excel/testing/plans";
import { readFixtureSheet } from "../excel/testing/xlsxFixture";
import { session } from "./session";

const FIXTURE = path.join(__dirname, "../../test/fixtures/hr-scorecard-2566-6m.xlsx");
const g = globalThis as unknown as { Excel: unknown; Office: unknown; recalculateSheet?: unknown };

describe("commands.ts", () => {
  beforeEach(() => session.reset());

  it("associates recalculateSheet on Office.onReady; the action recalculates and then completes the event", async () => {
    const { office, associated } = await officeGlobal({ ExcelApi: "1.7" });
    g.Office = office;
    const sheet = await readFixtureSheet(FIXTURE);
    const book = new MockWorkbook([sheet]);
    g.Excel = book.excel();

    jest.isolateModules(() => {
      require("./commands");
    });
    expect([...associated.keys()]).toEqual(["recalculateSheet"]);

    const completed = jest.fn();
    const pending = associated.get("recalculateSheet")!({ completed });
    expect(completed).not.toHaveBeenCalled(); // not before the work is done
    await pending;
    expect(completed).toHaveBeenCalledTimes(1);
    expect(book.cell(sheet.name, 26, COL.scoreDimension).value).toBeCloseTo(28.825, 6);
  });

  it("completes the event even when the recalculation fails", async () => {
    const { office, associated } = await officeGlobal({ ExcelApi: "1.7" });
    g.Office = office;
    g.Excel = { run: () => Promise.reject(new Error("no workbook")) };
    jest.isolateModules(() => {
      require("./commands");
    });
    const completed = jest.fn();
    await associated.get("recalculateSheet")!({ completed });
    expect(completed).toHaveBeenCalledTimes(1);
  });

  it("falls back to a global function where Office.actions is missing", () => {
    g.Office = { onReady: (cb: () => void) => (cb(), Promise.resolve()) };
    delete g.recalculateSheet;
    jest.isolateModules(() => {
      require("./commands");
    });
    expect(typeof g.recalculateSheet).toBe("function");
    delete g.recalculateSheet;
  });
});
