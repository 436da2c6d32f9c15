import * as fs from "fs";
import { WorkbookHost } from "../../cli/workbookHost";
import { analyze, buildSummary } from "../../scorecard";
import { openXlsx } from "../../xlsx";
import { loadGrid, OFFICIAL } from "../../../test/fixtures/grids";
import { TWELVE_MONTH_SHEET, twoRoundsXlsx } from "../../../test/fixtures/rounds";
import { fileName, prepareSummary } from "./summaryActions";

describe("the downloaded summary's file name", () => {
  const day = new Date(2026, 11, 5);
  const summaryOf = async (sheetName?: string) => {
    const grid = await loadGrid(OFFICIAL);
    const result = analyze(sheetName ? { ...grid, sheetName } : grid);
    if (!result.ok) throw new Error("the official sheet reads");
    return buildSummary(result.scorecard, day);
  };

  test("names HR Scorecard once and dates the day in the Buddhist era, in the sheet's Thai digits", async () => {
    const summary = await summaryOf();
    expect(summary.sheetName).toBe("HR Scorecard");
    expect(fileName(summary, "xlsx", "th")).toBe("สรุปผล HR Scorecard - ๕ ธ.ค. ๒๕๖๙.xlsx");
  });

  test("Arabic digits in the English pane", async () => {
    expect(fileName(await summaryOf(), "csv", "en")).toBe("สรุปผล HR Scorecard - 5 ธ.ค. 2569.csv");
  });

  test("a sheet named otherwise is named, between the summary and the day", async () => {
    expect(fileName(await summaryOf("แผนปี 69: รอบ 2"), "xlsx", "th")).toBe("สรุปผล HR Scorecard - แผนปี 69 รอบ 2 - ๕ ธ.ค. ๒๕๖๙.xlsx");
  });
});

describe("prepareSummary with the sheet เทียบกับรอบก่อน compares with", () => {
  const day = new Date(2026, 11, 5);
  const hostOf = async () => new WorkbookHost(await openXlsx(await twoRoundsXlsx(new Uint8Array(fs.readFileSync(OFFICIAL)))));

  it("gives the summary the change since that sheet's round and the totals of both rounds", async () => {
    const prepared = await prepareSummary(await hostOf(), TWELVE_MONTH_SHEET, day, "HR Scorecard");
    if (!prepared.ok) throw new Error("the 12-month sheet reads");
    expect(prepared.since).toBe("HR Scorecard");
    expect(prepared.summary.change?.totalText).toBe("▲ +๔๑.๐๘");
    expect(prepared.summary.rounds?.map((r) => r.label)).toEqual(["รอบ ๖ เดือน", "รอบ ๑๒ เดือน"]);
  });

  it("leaves out an earlier sheet that holds no scorecard, or the sheet itself: the summary as without one", async () => {
    const host = await hostOf();
    await host.writeSummarySheet("สรุปผล", { sheetName: "สรุปผล", widths: [10], rows: [{ style: "title", cells: ["สรุปผล"] }], thaiDigits: true }, [], { replace: false });
    for (const earlier of ["สรุปผล", TWELVE_MONTH_SHEET, undefined]) {
      const prepared = await prepareSummary(host, TWELVE_MONTH_SHEET, day, earlier);
      if (!prepared.ok) throw new Error("the 12-month sheet reads");
      expect([prepared.since, prepared.summary.change, prepared.summary.rounds]).toEqual([undefined, undefined, undefined]);
    }
  });
});
