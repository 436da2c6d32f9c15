// Where a command-line recalculation spends its time beyond the plain read and write: the same steps as
// `scorecard recalc` (open, read the grid, analyze, apply the plan, save), timed one by one in a fresh process,
// with the page faults (fresh memory) of each (the command also lists the values it changes for its report, which
// is not timed here). `plain` stops after reading the grid and saves, as
// bench/plainReadWrite.cjs does. Prints one JSON line.
//   node bench/cliPhases.cjs CLI_DIST FILE.xlsx OUT.xlsx recalc|plain
const started = performance.now();
const { readFileSync, writeFileSync } = require("node:fs");
const path = require("node:path");

const [dist, file, out, mode] = process.argv.slice(2);
const { openXlsx } = require(path.resolve(dist, "xlsx"));
const { analyze } = require(path.resolve(dist, "scorecard"));
const { NODE_XLSX_OPTIONS } = require(path.resolve(dist, "cli", "nodeDeflate"));

const phases = [];
let at = started;
let faultsAt = 0; // the loading phase counts from process start
/** Ends the current phase: its time since the last mark, and the page faults since then. */
function mark(name) {
  const now = performance.now();
  const faults = process.resourceUsage().minorPageFault;
  phases.push({ name, ms: now - at, pageFaults: faults - faultsAt });
  at = now;
  faultsAt = faults;
}

async function main() {
  mark("load modules");
  const bytes = new Uint8Array(readFileSync(file));
  const workbook = await openXlsx(bytes, NODE_XLSX_OPTIONS);
  mark("read and open");
  const grid = workbook.readGrid(workbook.sheetNames()[0]);
  mark("read grid");
  if (mode === "recalc") {
    const result = analyze(grid);
    if (!result.ok) throw new Error(`${file}: not a scorecard`);
    mark("analyze");
    // As the command applies it: highlights on, no undo record.
    workbook.applyPlan(result.scorecard.plan, { highlights: true, undo: false });
    mark("apply plan");
  }
  writeFileSync(out, await workbook.toBytes());
  mark("save");
  process.stdout.write(`${JSON.stringify({ mode, phases })}\n`);
}

main().catch((e) => {
  process.stderr.write(`${e?.stack ?? e}\n`);
  process.exitCode = 1;
});
