// The command line's floor, and where a recalculation spends its time beyond it, as whole processes
// (node bench/cliPhases.cjs CLI_DIST FILE.xlsx OUT.xlsx plain|recalc). CLI_DIST is the compiled command
// (tsconfig.cli.json output), whose xlsx/ is the library the command uses, opened as the command opens it (with
// Node's native deflate, NODE_XLSX_OPTIONS).
// - plain: the plain read and write the command is held against: openXlsx → readGrid of every sheet → toBytes →
//   write (to a temporary file renamed into place, as the command writes).
// - recalc: the same steps as `scorecard recalc` (open, read the grid, analyze, apply the plan, save); the command
//   also lists the values it changes for its report, which is not timed here.
// Each step is timed, with its page faults (fresh memory). Prints one JSON line.
const started = performance.now();
const { readFile, writeFile, rename } = require("node:fs/promises");
const path = require("node:path");

const [dist, file, out, mode] = process.argv.slice(2);
const { openXlsx } = require(path.resolve(dist, "xlsx"));
const { NODE_XLSX_OPTIONS } = require(path.resolve(dist, "cli", "nodeDeflate"));
const { analyze } = mode === "recalc" ? require(path.resolve(dist, "scorecard")) : {};

const phases = [];
let at = started;
let faultsAt = 0; // the loading step counts from process start
/** Ends the current step: its time since the last mark, and the page faults since then. */
function mark(name) {
  const now = performance.now();
  const faults = process.resourceUsage().minorPageFault;
  phases.push({ name, ms: now - at, pageFaults: faults - faultsAt });
  at = now;
  faultsAt = faults;
}

async function main() {
  mark("load modules");
  const workbook = await openXlsx(new Uint8Array(await readFile(file)), NODE_XLSX_OPTIONS);
  mark("read and open");
  if (mode === "recalc") {
    const grid = workbook.readGrid(workbook.sheetNames()[0]);
    mark("read grid");
    const result = analyze(grid);
    if (!result.ok) throw new Error(`${file}: not a scorecard`);
    mark("analyze");
    // As the command applies it: highlights on, no undo record.
    workbook.applyPlan(result.scorecard.plan, { highlights: true, undo: false });
    mark("apply plan");
  } else {
    for (const name of workbook.sheetNames()) workbook.readGrid(name);
    mark("read grid");
  }
  const temp = `${out}.${process.pid}.tmp`;
  await writeFile(temp, await workbook.toBytes());
  await rename(temp, out);
  mark("save");
  process.stdout.write(`${JSON.stringify({ mode, phases })}\n`);
}

main().catch((e) => {
  process.stderr.write(`${e?.stack ?? e}\n`);
  process.exitCode = 1;
});
