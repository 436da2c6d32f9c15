// `scorecard recalc` and `check` on a sheet of result blocks: one entry per block, each named by its heading.
import { runMemoryCli } from "../src/cli/testing/memoryCli";
import type { JsonReport } from "../src/cli/report";
import { openXlsx } from "../src/xlsx";
import { toAddress } from "../src/scorecard";
import { blockSheet } from "./fixtures/blockGrids";
import { blockXlsx } from "./fixtures/blockXlsx";

const HEADINGS = ["รอบ 6 เดือน", "รอบ 9 เดือน", "รอบ 12 เดือน"];
const RESULTS = [[3, 4, 2], [4, 5, 3], [null, null, null]];

describe.each([5, 100] as const)("the command on a sheet of result blocks, scale %s", (scale) => {
  const built = blockSheet({ scale, headings: HEADINGS, results: RESULTS });

  test("recalc --json: one entry per block with its heading, total and changed cells; the file gets every block's outputs", async () => {
    // A stale level in each of the first two blocks (a hand-worked score that was off): each is its own block's change.
    const stale = built.block.slice(0, 2).map((b) => [built.kpiRows[0], b.level!] as const);
    const values = built.grid.values.map((row) => [...row]);
    for (const [row, col] of stale) values[row][col] = 1;
    const r = await runMemoryCli(["recalc", "rounds.xlsx", "-o", "out.xlsx", "--json"], { "rounds.xlsx": await blockXlsx({ ...built.grid, values }) });
    expect(r.code).toBe(0);
    const report: JsonReport = JSON.parse(r.out);
    expect(report.sheets.map((s) => s.block)).toEqual(HEADINGS);
    const expected = scale === 5 ? [3.1, 4.1, 0] : [6 * 7 + 8 * 2, 6 * 9 + 8 * 3, 0];
    report.sheets.forEach((s, i) => expect(s.total).toBeCloseTo(expected[i], 9));
    expect(report.sheets.map((s) => s.changed.map((c) => [c.cell, c.before, c.after]))).toEqual([
      [[toAddress(...stale[0]), 1, RESULTS[0][0]]], [[toAddress(...stale[1]), 1, RESULTS[1][0]]], [],
    ]);
    const after = await (await openXlsx(r.files.get("out.xlsx")!)).readGrid(built.grid.sheetName);
    const total = (i: number) => after.values[built.totalRow][scale === 5 ? built.block[i].weighted! : built.block[i].weightedDimension!];
    expected.forEach((t, i) => expect(total(i)).toBeCloseTo(t, 9));
  });

  test("check, in Thai and English: each block's total under its heading", async () => {
    const input = await blockXlsx(built.grid);
    for (const lang of ["th", "en"]) {
      const r = await runMemoryCli(["check", "rounds.xlsx", "--lang", lang], { "rounds.xlsx": input });
      expect(r.code).toBe(0);
      // One paragraph per block, in sheet order, its heading on its first line and its own total in it.
      const paragraphs = r.out.trim().split("\n\n");
      expect(paragraphs.map((p) => HEADINGS.find((h) => p.split("\n")[0].includes(`· ${h} ·`)))).toEqual(HEADINGS);
      const totals = scale === 5 ? ["3.1000", "4.1000", "0.0000"] : ["58.00", "78.00", "0.00"];
      paragraphs.forEach((p, i) => expect(p).toMatch(new RegExp(`${totals[i].replace(".", "\\.")}\\n`)));
    }
  });
});
