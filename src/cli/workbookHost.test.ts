import * as fs from "fs";
import * as path from "path";
import { settingsKey, type WritePlan } from "../scorecard";
import { openXlsx, XlsxError } from "../xlsx";
import { buildRichWorkbook, RICH_FILE, SCORECARD, SUMMARY } from "../../test/fixtures/richWorkbook";
import { WorkbookHost } from "./workbookHost";

const OFFICIAL = path.join(__dirname, "../../test/fixtures/hr-scorecard-2566-6m.xlsx");

const plan: WritePlan = {
  sheetName: SCORECARD,
  writes: [
    {
      row: 4, col: 12, address: "M5", kind: "scoreKpi", value: 1.5, numberFormat: "[$-D00041E]0.00",
      previous: { value: null, formula: null, numberFormat: "General" }, overwritesFormula: false, changesValue: false,
    },
  ],
  highlights: [{ row: 4, col: 16, address: "Q5", reason: "pending", color: "#FFEB9C" }],
};

describe("WorkbookHost", () => {
  it("lists the sheets and reads the official fixture's grid", async () => {
    const host = new WorkbookHost(await openXlsx(new Uint8Array(fs.readFileSync(OFFICIAL))));
    expect(await host.listSheets()).toEqual([SCORECARD]);
    expect(await host.activeSheet()).toBe(SCORECARD);
    const grid = await host.readGrid(SCORECARD);
    expect(grid.origin).toEqual({ row: 0, col: 0 });
    expect(grid.values).toHaveLength(28);
    expect(grid.values[2][0]).toBe("มิติ");
    expect(grid.values[4][16]).toBe("ทราบผล เดือน ก.ย. ๖๖");
    expect(grid.merges).toContainEqual({ top: 0, left: 0, bottom: 0, right: 16 });
    expect(grid.merges).toHaveLength(44);
  });

  it("writes and restores through the host interface, and saves the edited file", async () => {
    const host = new WorkbookHost(await openXlsx(new Uint8Array(fs.readFileSync(RICH_FILE))));
    expect(await host.listSheets()).toEqual([SCORECARD, SUMMARY]);
    const before = await host.readGrid(SCORECARD);
    const undo = await host.applyPlan(plan, { highlights: true });
    expect(undo.cells.map((c) => c.address).sort()).toEqual(["M5", "Q5"]);
    const saved = await openXlsx(await host.toBytes());
    expect(saved.readGrid(SCORECARD).values[4][12]).toBe(1.5);
    expect(saved.cellFill(SCORECARD, 4, 16)).toBe("#FFEB9C");

    await host.restore(undo, "fills");
    expect(host.workbook.cellFill(SCORECARD, 4, 16)).toBeNull();
    await host.restore(undo, "all");
    expect(await host.readGrid(SCORECARD)).toEqual(before);
  });

  it("records the selected cell", async () => {
    const host = new WorkbookHost(await openXlsx(new Uint8Array(fs.readFileSync(OFFICIAL))));
    expect(host.selected).toBeNull();
    await host.selectCell(SCORECARD, "Q5");
    expect(host.selected).toEqual({ sheetName: SCORECARD, address: "Q5" });
  });

  it("loads settings the task pane saved, tolerating both JSON forms and bad JSON", async () => {
    const bytes = await buildRichWorkbook({
      settings: {
        [settingsKey(SCORECARD)]: JSON.stringify({ method: "linear" }),
        [settingsKey(SUMMARY)]: JSON.stringify(JSON.stringify({ method: "step" })),
        [settingsKey("Broken")]: "{not json",
      },
    });
    const host = new WorkbookHost(await openXlsx(bytes));
    expect(await host.loadSettings(SCORECARD)).toEqual({ method: "linear" });
    expect(await host.loadSettings(SUMMARY)).toEqual({ method: "step" });
    expect(await host.loadSettings("Broken")).toEqual({});
    expect(await host.loadSettings("ไม่มี")).toEqual({});

    const mapping = { headerRow: 3, columns: { kpi: 3, result: 16 } };
    await host.saveSettings(SCORECARD, { method: "step", mapping });
    await host.saveSettings("ใหม่ & <x>", { method: "linear" });
    const reopened = new WorkbookHost(await openXlsx(await host.toBytes()));
    expect(await reopened.loadSettings(SCORECARD)).toEqual({ method: "step", mapping });
    expect(await reopened.loadSettings("ใหม่ & <x>")).toEqual({ method: "linear" });
    expect(await reopened.loadSettings(SUMMARY)).toEqual({ method: "step" });
  });

  it("says clearly that a workbook without the add-in cannot hold settings", async () => {
    const host = new WorkbookHost(await openXlsx(new Uint8Array(fs.readFileSync(OFFICIAL))));
    expect(await host.loadSettings(SCORECARD)).toEqual({});
    await expect(host.saveSettings(SCORECARD, { method: "linear" })).rejects.toThrow(XlsxError);
  });
});
