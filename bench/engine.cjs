// The engine alone, grid in and plan out: analyze(grid) on one workbook, in a fresh process per size so
// one size's heap does not weigh on the next. Prints one JSON line: first run, then the median and the
// fastest of timed runs after warm-up, and the median count of page faults per timed run (fresh memory the
// run had to touch: where a run's output outgrows the young generation, it lands in new old-space pages), and
// the median time of one pass that only reads every cell of the grid (values, number formats, formulas): the
// floor any engine reading this input pays, which grows faster than the rows once the grid outgrows the caches;
// and the median time per timed run that V8's garbage collector held the thread (GC pauses, from perf_hooks).
//   node bench/engine.cjs CLI_DIST FILE.xlsx RUNS [WARMUP]
const { readFileSync } = require("node:fs");
const path = require("node:path");
const { performance, PerformanceObserver } = require("node:perf_hooks");

const { median } = require("./median.cjs");

/** GC pauses as [start, duration] (ms, performance.now() time), as perf_hooks reports them. */
function recordGcPauses() {
  const pauses = [];
  new PerformanceObserver((list) => {
    for (const e of list.getEntries()) pauses.push([e.startTime, e.duration]);
  }).observe({ entryTypes: ["gc"] });
  return pauses;
}

async function main() {
  const [dist, file, runsArg, warmupArg] = process.argv.slice(2);
  const { openXlsx } = require(path.resolve(dist, "xlsx"));
  const { analyze } = require(path.resolve(dist, "scorecard"));
  const gcPauses = recordGcPauses();
  const workbook = await openXlsx(new Uint8Array(readFileSync(file)));
  const grid = workbook.readGrid(workbook.sheetNames()[0]);
  const time = () => {
    const faults = process.resourceUsage().minorPageFault;
    const start = performance.now();
    const result = analyze(grid);
    const ms = performance.now() - start;
    const pageFaults = process.resourceUsage().minorPageFault - faults;
    if (!result.ok) throw new Error(`${file}: not a scorecard`);
    return { start, ms, pageFaults, result };
  };
  /** Reads every cell once, allocating nothing; returns a count so the reads cannot be optimised away. */
  const readPass = () => {
    let seen = 0;
    for (let r = 0; r < grid.values.length; r++) {
      const values = grid.values[r] ?? [];
      const formats = grid.numberFormats?.[r] ?? [];
      const formulas = grid.formulas?.[r] ?? [];
      for (let c = 0; c < values.length; c++) {
        const v = values[c];
        if (typeof v === "string") seen += v.length;
        else if (v !== null && v !== undefined) seen++;
        if (formats[c] !== undefined) seen++;
        if (formulas[c]) seen++;
      }
    }
    return seen;
  };
  const first = time();
  const runs = Number(runsArg);
  const warmup = Number(warmupArg ?? runs);
  for (let i = 0; i < warmup; i++) time(); // let the JIT settle
  const times = [];
  const faults = [];
  const windows = [];
  for (let i = 0; i < runs; i++) {
    const { start, ms, pageFaults } = time();
    times.push(ms);
    faults.push(pageFaults);
    windows.push([start, start + ms]);
  }
  await new Promise((resolve) => setTimeout(resolve, 50)); // GC entries arrive on a later turn of the event loop
  const gcMs = windows.map(([from, to]) => gcPauses.reduce((sum, [at, ms]) => (at >= from && at < to ? sum + ms : sum), 0));
  const passes = [];
  let seen = 0;
  for (let i = 0; i < runs + warmup; i++) {
    const start = performance.now();
    seen += readPass();
    if (i >= warmup) passes.push(performance.now() - start);
  }
  if (seen === 0) throw new Error(`${file}: an empty grid`);
  const card = first.result.scorecard;
  process.stdout.write(
    `${JSON.stringify({
      kpis: card.kpis.length,
      rows: grid.values.length,
      writes: card.plan.writes.length,
      flags: card.flags.length,
      total: card.totalText,
      firstMs: first.ms,
      medianMs: median(times),
      minMs: Math.min(...times),
      pageFaultsPerRun: median(faults),
      gcMsPerRun: median(gcMs),
      gridReadPassMs: median(passes),
      runs,
    })}\n`,
  );
}

main().catch((e) => {
  process.stderr.write(`${e?.stack ?? e}\n`);
  process.exitCode = 1;
});
