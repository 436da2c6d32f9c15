import { analyze, buildSummary } from "../../scorecard";
import { loadGrid, OFFICIAL } from "../../../test/fixtures/grids";
import { fileName } from "./summaryActions";

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
