import path from "path";
import type { Grid, ScorecardHost } from "../scorecard";
import { blockSheet } from "../../test/fixtures/blockGrids";
import { ExcelHost } from "../excel/excelHost";
import { MockWorkbook, officeGlobal, type MockSheetInit } from "../excel/testing/mockWorkbook";
import { COL } from "../excel/testing/plans";
import { readFixtureSheet } from "../excel/testing/xlsxFixture";
import { session, type RibbonNotice } from "../session/session";
import { runRibbonRecalc } from "./recalcCommand";

const FIXTURE = path.join(__dirname, "../../test/fixtures/hr-scorecard-2566-6m.xlsx");
const CAPS = { mergedAreas: true, cellProperties: true, mergeUndoGroup: false, pageLayout: true, sharedRuntime: true };
const g = globalThis as unknown as { Excel: unknown; Office: unknown };

let fixture: MockSheetInit;
beforeAll(async () => {
  fixture = await readFixtureSheet(FIXTURE);
});
beforeEach(async () => {
  session.reset();
  g.Office = (await officeGlobal({ ExcelApi: "1.13", SharedRuntime: "1.1" })).office;
});

function book(sheets: MockSheetInit[]): MockWorkbook {
  const b = new MockWorkbook(sheets);
  g.Excel = b.excel();
  return b;
}

describe("runRibbonRecalc", () => {
  it("recalculates the active sheet, keeps formula cells, and leaves outcome and undo in the session", async () => {
    // O27 holds a formula: without a confirm callback the ribbon never overwrites it.
    const sheet: MockSheetInit = { ...fixture, cells: [...(fixture.cells ?? []), { row: 26, col: COL.scoreDimension, cell: { value: 30, formula: "=SUM(O5:O26)" } }] };
    const b = book([{ name: "Cover" }, sheet]);
    b.activeSheet = sheet.name;
    const busy: boolean[] = [];
    session.subscribe((s) => busy.push(s.busy));
    const notices: RibbonNotice[] = [];

    const outcome = await runRibbonRecalc(new ExcelHost({ capabilities: CAPS }), (n) => {
      notices.push(n);
    });
    expect(outcome.status).toBe("done");
    if (outcome.status !== "done") return;
    expect(outcome.scorecard.totalText).toBe("28.83");
    expect(outcome.skippedFormulas.map((w) => w.address)).toContain("O27");
    expect(b.cell(sheet.name, 26, COL.scoreDimension)).toMatchObject({ value: 30, formula: "=SUM(O5:O26)" });
    expect(session.get().lastOutcome).toBe(outcome);
    expect(session.get().undoStack).toEqual([outcome.undo]);
    expect(busy[0]).toBe(true);
    expect(session.get().busy).toBe(false);
    expect(notices).toHaveLength(1);
    // In the sheet's Thai digits; the formula kept in O27 is flagged, so the notice is a warning.
    expect(notices[0].text.th).toBe("คะแนนรวม ๒๘.๘๓ · รอผล ๑๔ ตัวชี้วัด (นับเป็น ๐) · มีประเด็นที่ต้องตรวจ ๑ รายการ · คงสูตรไว้ ๑ เซลล์");
    expect(notices[0].text.en).toBe("Total 28.83 · 14 KPI(s) pending (counted as 0) · 1 item(s) to check · 1 formula cell(s) kept");
    expect(notices[0].level).toBe("warning");
  });

  it("on the year-end report, says how many pending results are due by now, as a warning", async () => {
    const title = "ผลการดำเนินงาน กรมส่งเสริมสหกรณ์ ปีงบประมาณ พ.ศ. ๒๕๖๖ ( ๑ ตุลาคม ๒๕๖๕ ถึง ๓๐ กันยายน ๒๕๖๖) ๑๒ เดือน";
    book([{ ...fixture, cells: [...(fixture.cells ?? []).filter((c) => c.row !== 0 || c.col !== 0), { row: 0, col: 0, cell: { value: title } }] }]);
    const notices: RibbonNotice[] = [];
    await runRibbonRecalc(new ExcelHost({ capabilities: CAPS }), (n) => {
      notices.push(n);
    });
    expect(notices[0].text.th).toBe("คะแนนรวม ๒๘.๘๓ · รอผล ๑๔ ตัวชี้วัด (นับเป็น ๐) ซึ่ง ๑๔ ตัวชี้วัดควรทราบผลแล้ว");
    expect(notices[0].text.en).toBe("Total 28.83 · 14 KPI(s) pending (counted as 0), 14 of them due by now");
    expect(notices[0].level).toBe("warning");
  });

  it("stacks undo records run after run", async () => {
    book([fixture]);
    const host = new ExcelHost({ capabilities: CAPS });
    await runRibbonRecalc(host, () => undefined);
    await runRibbonRecalc(host, () => undefined);
    expect(session.get().undoStack).toHaveLength(2);
  });

  it("says so when the active sheet is not a scorecard, and changes nothing", async () => {
    const b = book([{ name: "Notes", cells: [{ row: 0, col: 0, cell: { value: "บันทึก" } }] }]);
    const before = b.dump("Notes");
    const notices: RibbonNotice[] = [];
    const outcome = await runRibbonRecalc(new ExcelHost({ capabilities: CAPS }), (n) => {
      notices.push(n);
    });
    expect(outcome.status).toBe("not-a-scorecard");
    expect(b.dump("Notes")).toEqual(before);
    expect(notices[0].level).toBe("warning");
    expect(session.get().undoStack).toEqual([]);
  });

  it("never throws: a failing host becomes an error notice and the session is not left busy", async () => {
    const failing = { activeSheet: () => Promise.reject(new Error("Excel is in cell-edit mode")) } as unknown as ScorecardHost;
    const outcome = await runRibbonRecalc(failing);
    expect(outcome).toEqual({ status: "failed", error: "Excel is in cell-edit mode" });
    expect(session.get().ribbonNotice).toMatchObject({ level: "error", text: { en: "Recalculation failed: Excel is in cell-edit mode" } });
    expect(session.get().busy).toBe(false);
  });

  it("a protected sheet: nothing written, and the notice says what to do", async () => {
    const b = book([{ ...fixture, protected: true }]);
    const before = b.dump(fixture.name);
    const outcome = await runRibbonRecalc(new ExcelHost({ capabilities: CAPS }));
    expect(outcome.status).toBe("failed");
    expect(b.dump(fixture.name)).toEqual(before);
    expect(session.get().ribbonNotice).toMatchObject({
      level: "error",
      text: { en: `Sheet "${fixture.name}" is protected, so nothing was written. Unprotect it (Review › Unprotect Sheet) and try again.` },
    });
    expect(session.get().undoStack).toEqual([]);
  });

  it("does not start while another recalculation runs", async () => {
    session.update({ busy: true });
    const host = { activeSheet: jest.fn() } as unknown as ScorecardHost;
    expect(await runRibbonRecalc(host, () => undefined)).toEqual({ status: "busy" });
    expect(host.activeSheet).not.toHaveBeenCalled();
    expect(session.get().busy).toBe(true);
  });

  it("survives a notifier that throws", async () => {
    book([fixture]);
    const outcome = await runRibbonRecalc(new ExcelHost({ capabilities: CAPS }), () => {
      throw new Error("no UI");
    });
    expect(outcome.status).toBe("done");
  });
});

describe("runRibbonRecalc on other tables", () => {
  /** A built grid as the mock's sheet: each value in its cell, the merged headings kept. */
  const sheetOf = (grid: Grid): MockSheetInit => ({
    name: grid.sheetName,
    cells: grid.values.flatMap((row, r) => row.flatMap((value, c) => (value === null || value === undefined ? [] : [{ row: r, col: c, cell: { value } }]))),
    merges: grid.merges,
  });

  it("a sheet of rounds side by side: the notice names the round its total is of", async () => {
    const built = blockSheet({ scale: 100, headings: ["รอบ 6 เดือน", "รอบ 9 เดือน", "รอบ 12 เดือน"], results: [[3, 4, 2], [4, 5, 3], [null, null, null]] });
    book([sheetOf(built.grid)]);
    const notices: RibbonNotice[] = [];
    await runRibbonRecalc(new ExcelHost({ capabilities: CAPS }), (n) => {
      notices.push(n);
    });
    expect(notices[0].text.th).toBe("ผลรอบ 9 เดือน · คะแนนรวม 78.00");
    expect(notices[0].text.en).toBe("รอบ 9 เดือน · Total 78.00");
  });

  it("a 5-point table: the total to 4 decimals in Thai as in English", async () => {
    const built = blockSheet({ scale: 5, headings: ["รอบ 6 เดือน"], results: [[3, 4, 2]] });
    book([sheetOf(built.grid)]);
    const notices: RibbonNotice[] = [];
    await runRibbonRecalc(new ExcelHost({ capabilities: CAPS }), (n) => {
      notices.push(n);
    });
    expect([notices[0].text.th, notices[0].text.en]).toEqual(["คะแนนรวม 3.1000", "Total 3.1000"]);
  });
});
