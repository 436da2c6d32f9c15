// Writes test/fixtures/stale-highlight.xlsx: the official sheet as an earlier run left it for the officer who
// then typed KPI 1.3's level: Q7 (๒, reported) still wears that run's amber. The next recalculation should take
// the amber off Q7 and leave the fourteen pending results amber. Made with the project's own .xlsx writer
// (dist/cli, built by `npm install`'s prepare step).
// Run: node test/e2e/makeStaleHighlight.mjs   (run.mjs calls it when the file is missing)
import { readFile, writeFile } from "node:fs/promises";
import { createRequire } from "node:module";
import { fileURLToPath } from "node:url";

const require = createRequire(import.meta.url);
const ROOT = fileURLToPath(new URL("../..", import.meta.url));

export async function makeStaleHighlight(path) {
  const { openXlsx } = require(`${ROOT}dist/cli/xlsx`);
  const workbook = await openXlsx(new Uint8Array(await readFile(`${ROOT}test/fixtures/hr-scorecard-2566-6m.xlsx`)));
  const amber = { row: 6, col: 16, address: "Q7", reason: "pending", color: "#FFEB9C" };
  workbook.applyPlan({ sheetName: "HR Scorecard", writes: [], highlights: [amber] }, { highlights: true });
  await writeFile(path, await workbook.toBytes());
}

if (process.argv[1] === fileURLToPath(import.meta.url)) await makeStaleHighlight(`${ROOT}test/fixtures/stale-highlight.xlsx`);
