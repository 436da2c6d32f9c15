// Writes a workbook of one sheet with three result blocks side by side (made at test time, never kept), built by
// test/fixtures/blockGrids.ts, the engine tests' builder: an HR Scorecard table of three KPIs, then the blocks
// "รอบ 6 เดือน", "รอบ 9 เดือน" and "รอบ 12 เดือน", each its results, levels and weighted scores. blockGrids.ts is
// TypeScript: it is transpiled here, and the grid written as .xlsx by the command's build (dist/cli).
import { spawnSync } from "node:child_process";
import { existsSync, mkdirSync } from "node:fs";
import { readFile, writeFile } from "node:fs/promises";
import { createRequire } from "node:module";
import { join } from "node:path";
import { fileURLToPath } from "node:url";

const require = createRequire(import.meta.url);
const ROOT = fileURLToPath(new URL("../..", import.meta.url));
export const BLOCK_HEADINGS = ["รอบ 6 เดือน", "รอบ 9 เดือน", "รอบ 12 เดือน"];
/** Per block, per KPI: a result of n is level n (criteria 1..5). Totals 6 × (L1 + L2) + 8 × L3: 58, 78, 92. */
export const BLOCK_RESULTS = [[3, 4, 2], [4, 5, 3], [5, 5, 4]];

async function loadBlockGrids() {
  const cli = join(ROOT, "dist/cli");
  if (!existsSync(join(cli, "export/xlsxPackage.js"))) {
    const tsc = spawnSync(process.execPath, [join(ROOT, "node_modules/typescript/bin/tsc"), "-p", join(ROOT, "tsconfig.cli.json")], { cwd: ROOT, stdio: "inherit" });
    if (tsc.status !== 0) throw new Error("e2e: npm run build:cli failed; blocks.xlsx cannot be made");
  }
  const ts = require("typescript");
  const source = await readFile(join(ROOT, "test/fixtures/blockGrids.ts"), "utf8");
  const js = ts.transpileModule(source, { compilerOptions: { module: ts.ModuleKind.CommonJS, target: ts.ScriptTarget.ES2022 } }).outputText;
  const dir = join(ROOT, "dist/e2e");
  mkdirSync(dir, { recursive: true });
  await writeFile(join(dir, "blockGrids.cjs"), js);
  return require(join(dir, "blockGrids.cjs"));
}

export async function makeBlocks(path) {
  const { blockSheet } = await loadBlockGrids();
  const { layoutWorkbook } = require(join(ROOT, "dist/cli/export/xlsxPackage"));
  const built = blockSheet({ scale: 100, headings: BLOCK_HEADINGS, results: BLOCK_RESULTS });
  const grid = built.grid;
  // A hand-worked level that was off in the 9-month block, so the recalculation has something to write there.
  const values = grid.values.map((row) => [...row]);
  values[built.kpiRows[0]][built.block[1].level] = 1;
  const rows = values.map((cells, r) => ({
    style: "item",
    cells: cells.map((v) => (typeof v === "number" ? { number: v, decimals: 0 } : typeof v === "string" ? v : null)),
    merges: (grid.merges ?? []).filter((m) => m.top === r && m.bottom === r).map((m) => [m.left, m.right]),
  }));
  const layout = { sheetName: grid.sheetName, widths: values[0].map(() => 12), rows, thaiDigits: false };
  await writeFile(path, await layoutWorkbook(layout));
}
