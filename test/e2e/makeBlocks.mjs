// Writes a workbook of one sheet with three result blocks side by side (made at test time, never kept), built by
// test/fixtures/blockGrids.ts, the engine tests' builder: a table of three KPIs (an HR Scorecard, or with
// `FIVE_POINT` a 5-point table), then the blocks "รอบ 6 เดือน", "รอบ 9 เดือน" and "รอบ 12 เดือน", each its results,
// levels (or scores) and weighted scores. blockGrids.ts is TypeScript: it is transpiled here, and the grid written
// as .xlsx by the command's build (dist/cli).
import { writeFile } from "node:fs/promises";
import { cliModule, loadFixtureBuilder } from "./fixtureBuilder.mjs";

export const BLOCK_HEADINGS = ["รอบ 6 เดือน", "รอบ 9 เดือน", "รอบ 12 เดือน"];
/** Per block, per KPI: a result of n is level n (criteria 1..5). Totals 6 × (L1 + L2) + 8 × L3: 58, 78, 92. */
export const BLOCK_RESULTS = [[3, 4, 2], [4, 5, 3], [5, 5, 4]];
/**
 * The 5-point sheet's results (KPI weights 50, 30, 20; a result between criteria scores in proportion, the scale's
 * default): totals 2.85, 3.725 and 4.05, so the last two differ by +0.325 (shown +0.3250) while KPI 2 drops from
 * 5 to 4.5 (−0.15 points).
 */
export const FIVE_POINT = { scale: 5, results: [[2.5, 4, 2], [3.25, 5, 3], [4, 4.5, 3.5]] };

export async function makeBlocks(path, { scale, results } = { scale: 100, results: BLOCK_RESULTS }) {
  const { blockSheet } = await loadFixtureBuilder("blockGrids");
  const { layoutWorkbook } = cliModule("export/xlsxPackage");
  const built = blockSheet({ scale, headings: BLOCK_HEADINGS, results });
  const grid = built.grid;
  // A hand-worked level that was off in the 9-month block, so the recalculation has something to write there.
  const values = grid.values.map((row) => [...row]);
  values[built.kpiRows[0]][built.block[1].level] = 1;
  const rows = values.map((cells, r) => ({
    style: "item",
    cells: cells.map((v) => (typeof v === "number" ? { number: v, decimals: Number.isInteger(v) ? 0 : 2 } : typeof v === "string" ? v : null)),
    merges: (grid.merges ?? []).filter((m) => m.top === r && m.bottom === r).map((m) => [m.left, m.right]),
  }));
  const layout = { sheetName: grid.sheetName, widths: values[0].map(() => 12), rows, thaiDigits: false };
  await writeFile(path, await layoutWorkbook(layout));
}
