// npm run bench: round trips, engine scaling, command-line overhead and memory, task-pane size.
// Generates its own workbooks, prints a table and writes bench/results.json. Everything it builds goes to
// bench/.work (git-ignored), not dist/: a webpack build cleans dist/, and others build there.
//   node bench/run.mjs [--only roundTrips,engine,cli,memory,pane] [--pairs 7] [--engine-processes 5] [--out FILE]
import { spawnSync } from "node:child_process";
import { existsSync, mkdirSync, readFileSync, readdirSync, rmSync, writeFileSync } from "node:fs";
import os from "node:os";
import { dirname, join, relative } from "node:path";
import { fileURLToPath } from "node:url";
import { gzipSync } from "node:zlib";
import { writeWorkbook } from "./generate.mjs";
import { median } from "./median.cjs";

const ROOT = join(dirname(fileURLToPath(import.meta.url)), "..");
const WORK = join(ROOT, "bench", ".work");
const CLI_DIST = join(WORK, "cli"); // tsconfig.cli.json compiled here: the same code as dist/cli
const PANE_DIST = join(WORK, "pane");
const SIZES = [22, 2500, 25000];
// Sizes between and beyond, for the engine's time per KPI (one process each): where growth stops being linear.
// The generator builds whole dimensions, hence the odd counts.
const SCALING_SIZES = [5001, 10000, 50002];
// Growth is judged from 5,000 to 50,000 KPIs (tenfold the work), where both sizes are past the young
// generation's reach and the figure is about the algorithm rather than where V8's memory tiers fall.
const TARGETS = { roundTrips22: 2, maxResponseMB: 4, engineMs2500: 10, engineGrowth5000To50000: 20, cliOverheadRatio: 2, paneInitialJsGzipKB: 250 };

const args = process.argv.slice(2);
const option = (name, fallback) => (args.includes(`--${name}`) ? args[args.indexOf(`--${name}`) + 1] : fallback);
const only = option("only", "roundTrips,engine,cli,memory,pane").split(",");
const PAIRS = Number(option("pairs", 7));
const ENGINE_PROCESSES = Number(option("engine-processes", 5));
const OUT = option("out", join(ROOT, "bench", "results.json"));

const rel = (p) => relative(ROOT, p);
const round = (x, digits = 2) => (x === null || x === undefined ? null : Number(x.toFixed(digits)));
const log = (text) => process.stderr.write(`${text}\n`);

function run(command, argv, { env, quiet = true } = {}) {
  const start = process.hrtime.bigint();
  const r = spawnSync(command, argv, { cwd: ROOT, encoding: "utf8", env: { ...process.env, ...env }, maxBuffer: 256 * 1024 * 1024 });
  const seconds = Number(process.hrtime.bigint() - start) / 1e9;
  if (r.status !== 0) {
    const err = new Error(`${command} ${argv.join(" ")} exited ${r.status}\n${(r.stderr || "").slice(-3000)}`);
    err.result = r;
    throw err;
  }
  if (!quiet) process.stderr.write(r.stdout);
  return { ...r, seconds };
}
const tsc = (...argv) => run(process.execPath, [join(ROOT, "node_modules", "typescript", "bin", "tsc"), ...argv]);

function machine() {
  const cpus = os.cpus();
  return {
    text: `${cpus[0]?.model ?? "unknown CPU"}, ${cpus.length} cores, ${Math.round(os.totalmem() / 2 ** 30)} GB RAM, Node ${process.version}, ${os.platform()} ${os.release()}`,
    loadAverage: os.loadavg().map((x) => round(x, 2)),
  };
}

// ---------------------------------------------------------------------------------------------------------

function roundTrips(files) {
  tsc("-p", "bench/tsconfig.json");
  const small = run(process.execPath, [join(WORK, "ts", "bench", "roundTrips.js"), files[22], files[2500]]);
  const large = run(process.execPath, ["--max-old-space-size=4096", join(WORK, "ts", "bench", "roundTrips.js"), "--current-only", files[25000]]);
  const rows = `${small.stdout}${large.stdout}`.trim().split("\n").map((l) => JSON.parse(l));
  const pick = (n, caps) => rows.find((r) => r.kpis === n && r.capabilities === caps);
  return {
    figures: { 22: pick(22, "current").syncs, 2500: pick(2500, "current").syncs, 25000: pick(25000, "current").syncs },
    maxResponseMB: { 2500: pick(2500, "current").maxResponseMB, 25000: pick(25000, "current").maxResponseMB },
    detail: rows.map(({ file, ...r }) => ({ workbook: rel(file), ...r })),
  };
}

/** The engine alone on one workbook, in a fresh process (bench/engine.cjs): its JSON line. */
function engineProcess(file, runs, warmup) {
  return JSON.parse(run(process.execPath, ["--max-old-space-size=4096", join(ROOT, "bench", "engine.cjs"), CLI_DIST, file, String(runs), String(warmup)]).stdout);
}

/** The command's recalculation of the n-KPI workbook, and the plain read and write it is held against. */
const recalcArgv = (files, n) => [join(CLI_DIST, "cli", "main.js"), "recalc", files[n], "-o", join(WORK, `out-${n}.recalc.xlsx`)];
/** bench/cliPhases.cjs: the plain read and write ("plain"), or the command's steps timed one by one ("recalc"). */
const phasesArgv = (files, n, mode) => [join(ROOT, "bench", "cliPhases.cjs"), CLI_DIST, files[n], join(WORK, `out-${n}.${mode}-phases.xlsx`), mode];
const plainArgv = (files, n) => phasesArgv(files, n, "plain");

function engine(files) {
  const plan = { 22: [200, 200], 2500: [40, 40], 25000: [15, 3] }; // [timed runs, warm-up runs]
  // Each size runs in ENGINE_PROCESSES fresh processes, the sizes taking turns, and the figure is the median of
  // their medians: on a shared machine one process can land in a slow spell that a single median keeps.
  const processes = Object.fromEntries(SIZES.map((n) => [n, []]));
  for (let p = 0; p < ENGINE_PROCESSES; p++) {
    for (const n of p % 2 === 0 ? SIZES : [...SIZES].reverse()) {
      processes[n].push(engineProcess(files[n], ...plan[n]));
    }
  }
  const detail = {};
  for (const n of SIZES) {
    const ps = processes[n];
    const mid = (key) => median(ps.map((x) => x[key]));
    detail[n] = { ...ps[0], firstMs: mid("firstMs"), medianMs: mid("medianMs"), minMs: Math.min(...ps.map((x) => x.minMs)), pageFaultsPerRun: mid("pageFaultsPerRun"), gcMsPerRun: mid("gcMsPerRun"), gridReadPassMs: mid("gridReadPassMs"), processMedianMs: ps.map((x) => round(x.medianMs)) };
    log(`  engine ${n}: median ${round(detail[n].medianMs)} ms (processes: ${detail[n].processMedianMs.join(", ")}), fastest ${round(detail[n].minMs)} ms, ${detail[n].pageFaultsPerRun} page faults and ${round(detail[n].gcMsPerRun, 1)} ms of GC pauses a run`);
  }
  // Why 25,000 KPIs grow faster than tenfold: time spent on fresh memory, at what a page fault costs here.
  const probe = JSON.parse(run(process.execPath, [join(ROOT, "bench", "pageFaultCost.cjs")]).stdout);
  const faultMs = (n) => (probe.microsecondsPerFault === null ? null : (detail[n].pageFaultsPerRun * probe.microsecondsPerFault) / 1000);
  const pageFaults = {
    microsecondsPerFault: round(probe.microsecondsPerFault, 1),
    perRun: Object.fromEntries(SIZES.map((n) => [n, detail[n].pageFaultsPerRun])),
    msPerRun: Object.fromEntries(SIZES.map((n) => [n, round(faultMs(n), 1)])),
  };
  const net = (n) => detail[n].medianMs - (faultMs(n) ?? 0);
  pageFaults.growthWithoutPageFaults = round(net(25000) / net(2500), 1);
  log(`  a page fault costs ${pageFaults.microsecondsPerFault} µs here; without them 2,500 → 25,000 grows ${pageFaults.growthWithoutPageFaults}×`);
  // What is left once V8's memory management is taken out (GC pauses, and the page faults of fresh memory): the
  // engine's own work. Medians of different measures, so an estimate; it says whether the algorithm is linear.
  const gcMs = (n) => detail[n].gcMsPerRun ?? 0;
  const ownMs = (n) => Math.max(0, net(n) - gcMs(n));
  const memoryManagement = {
    gcMsPerRun: Object.fromEntries(SIZES.map((n) => [n, round(gcMs(n), 1)])),
    ownWorkMs: Object.fromEntries(SIZES.map((n) => [n, round(ownMs(n), 1)])),
    ownWorkGrowth: round(ownMs(25000) / ownMs(2500), 1),
  };
  log(`  GC pauses a run: ${memoryManagement.gcMsPerRun[2500]} ms at 2,500, ${memoryManagement.gcMsPerRun[25000]} ms at 25,000; the engine's own work without GC and page faults grows ${memoryManagement.ownWorkGrowth}×`);
  // The input alone: one pass reading every cell of the grid, allocating nothing.
  const gridReadPass = {
    ms: Object.fromEntries(SIZES.map((n) => [n, round(detail[n].gridReadPassMs, 2)])),
    growth: round(detail[25000].gridReadPassMs / detail[2500].gridReadPassMs, 1),
  };
  log(`  one pass reading every cell: ${gridReadPass.ms[2500]} → ${gridReadPass.ms[25000]} ms, ${gridReadPass.growth}×`);
  // Time per KPI across sizes: flat from where one run's output no longer fits in the young generation.
  const perKpi = {};
  for (const n of [2500, ...SCALING_SIZES, 25000].sort((a, b) => a - b)) {
    const r = detail[n] ?? engineProcess(files[n], 9, 3);
    perKpi[n] = { medianMs: round(r.medianMs), microsecondsPerKpi: round((r.medianMs * 1000) / r.kpis, 2), pageFaultsPerRun: r.pageFaultsPerRun };
  }
  log(`  µs per KPI: ${Object.entries(perKpi).map(([n, r]) => `${n}: ${r.microsecondsPerKpi}`).join(", ")}`);
  // The growth target: 5,000 → 50,000 KPIs (the generator's 5,001 and 50,002), tenfold the work.
  const growth5000To50000 = round(perKpi[50002].medianMs / perKpi[5001].medianMs, 1);
  log(`  growth 5,000 → 50,000 KPIs: ${growth5000To50000}×`);
  return {
    figures: Object.fromEntries(SIZES.map((n) => [n, round(detail[n].medianMs)])),
    growth5000To50000,
    detail: { ...detail, pageFaults, memoryManagement, gridReadPass, perKpi },
  };
}

function cli(files) {
  const recalc = () => run(process.execPath, recalcArgv(files, 2500)).seconds;
  const plain = () => run(process.execPath, plainArgv(files, 2500)).seconds;
  recalc(); // one of each first, so that both find the files in the page cache
  plain();
  const pairs = [];
  for (let i = 0; i < PAIRS; i++) {
    // Alternated, and which goes first alternates too, so that drift on a busy machine hits both alike.
    let r, p;
    if (i % 2 === 0) {
      r = recalc();
      p = plain();
    } else {
      p = plain();
      r = recalc();
    }
    pairs.push({ recalc: r, plain: p });
  }
  const recalcS = median(pairs.map((p) => p.recalc));
  const plainS = median(pairs.map((p) => p.plain));
  return {
    figures: { cliSeconds: recalcS, xlsxReadWriteSeconds: plainS, ratio: recalcS / plainS },
    detail: { pairs: pairs.map((p) => ({ recalc: round(p.recalc, 3), plain: round(p.plain, 3) })), phases: cliPhases(files) },
  };
}

/** Where the difference goes: the command's steps timed one by one (bench/cliPhases.cjs), median of 3 processes each. */
function cliPhases(files) {
  const runs = { recalc: [], plain: [] };
  for (let i = 0; i < 3; i++) {
    for (const mode of i % 2 === 0 ? ["recalc", "plain"] : ["plain", "recalc"]) {
      runs[mode].push(JSON.parse(run(process.execPath, phasesArgv(files, 2500, mode)).stdout).phases);
    }
  }
  const phases = {};
  for (const [mode, list] of Object.entries(runs)) {
    phases[mode] = list[0].map(({ name }, k) => ({ name, ms: round(median(list.map((l) => l[k].ms)), 1), pageFaults: median(list.map((l) => l[k].pageFaults)) }));
  }
  log(`  recalc steps (ms, page faults): ${phases.recalc.map((p) => `${p.name} ${p.ms} (${p.pageFaults})`).join(", ")}`);
  log(`  plain steps: ${phases.plain.map((p) => `${p.name} ${p.ms} (${p.pageFaults})`).join(", ")}`);
  return phases;
}

/** One run of a command with bench/maxrss.cjs preloaded: its time, peak resident memory and page faults. */
function measureProcess(argv) {
  const usageFile = join(WORK, "maxrss.json");
  rmSync(usageFile, { force: true });
  const { seconds } = run(process.execPath, ["-r", join(ROOT, "bench", "maxrss.cjs"), ...argv], { env: { BENCH_MAXRSS_FILE: usageFile } });
  const usage = JSON.parse(readFileSync(usageFile, "utf8"));
  return { seconds: round(seconds, 2), peakMB: round(usage.maxRSSKB / 1024, 1), pageFaults: usage.minorPageFaults };
}

function memory(files) {
  const recalc = measureProcess(recalcArgv(files, 25000));
  const plain = measureProcess(plainArgv(files, 25000));
  // The same for 2,500 KPIs: the fresh memory the command touches beyond the plain read and write.
  const recalc2500 = measureProcess(recalcArgv(files, 2500));
  const plain2500 = measureProcess(plainArgv(files, 2500));
  return { figures: { 25000: recalc.peakMB }, detail: { recalc25000: recalc, plainReadWrite25000: plain, recalc2500, plainReadWrite2500: plain2500 } };
}

/** Scripts a page loads: <script src> that are not absolute URLs (office.js comes from Microsoft's CDN). */
function scriptsOf(html) {
  // Minified HTML may leave attribute values unquoted.
  return [...html.matchAll(/<script\b[^>]*?\bsrc=(?:"([^"]+)"|'([^']+)'|([^\s>]+))/g)]
    .map((m) => m[1] ?? m[2] ?? m[3])
    .filter((src) => !/^(https?:)?\/\//.test(src));
}

function pane() {
  if (!existsSync(join(ROOT, "webpack.config.js"))) return { figures: null, detail: { skipped: "no webpack.config.js yet" } };
  rmSync(PANE_DIST, { recursive: true, force: true });
  const statsFile = join(WORK, "pane-stats.json");
  try {
    // npm run build, into bench/.work/pane instead of dist/ (the config cleans its output directory).
    run("npm", ["run", "-s", "build", "--", "--output-path", PANE_DIST, "--json", statsFile]);
  } catch (e) {
    return { figures: null, detail: { skipped: `production build failed: ${e.message.split("\n").slice(0, 8).join(" | ")}` } };
  }
  const html = readFileSync(join(PANE_DIST, "taskpane.html"), "utf8");
  const gz = (file) => gzipSync(readFileSync(join(PANE_DIST, file)), { level: 9 }).length / 1024;
  const initial = scriptsOf(html).map((src) => ({ file: src.replace(/^\.?\//, ""), gzipKB: round(gz(src.replace(/^\.?\//, "")), 1) }));
  const initialKB = initial.reduce((n, s) => n + s.gzipKB, 0);

  // The chunk graph: which lazily loaded chunks exist, what they hold, and which the pane asks for as it opens
  // (those imported by the entry module itself, e.g. the ribbon commands in the shared runtime).
  const stats = JSON.parse(readFileSync(statsFile, "utf8"));
  const initialIds = new Set(stats.chunks.filter((c) => c.initial).map((c) => c.id));
  const modulesOf = (c) => (c.modules ?? []).flatMap((m) => (m.modules ? m.modules.map((x) => x.name) : [m.name])).filter(Boolean);
  const exportLike = (name) => /src[\\/]export[\\/]|node_modules[\\/]jszip[\\/]|src[\\/]xlsx[\\/]/.test(name);
  const lazy = stats.chunks
    .filter((c) => !initialIds.has(c.id))
    .map((c) => {
      const origins = (c.origins ?? []).map((o) => o.moduleName ?? o.module ?? "").filter(Boolean);
      const files = (c.files ?? []).filter((f) => f.endsWith(".js"));
      return {
        files,
        gzipKB: round(files.reduce((n, f) => n + gz(f), 0), 1),
        requestedBy: [...new Set(origins)],
        atOpen: origins.some((o) => /src[\\/]taskpane[\\/]index\.tsx$/.test(o)),
        exportCode: modulesOf(c).some(exportLike),
      };
    });
  const exportInInitial = stats.chunks.filter((c) => initialIds.has(c.id)).flatMap(modulesOf).filter(exportLike);
  const atOpenKB = initialKB + lazy.filter((c) => c.atOpen).reduce((n, c) => n + c.gzipKB, 0);
  return {
    figures: { initialKB: round(initialKB, 1), atOpenKB: round(atOpenKB, 1), exportOnlyLazy: exportInInitial.length === 0 },
    detail: { initial, lazy, exportModulesInInitialChunks: exportInInitial.slice(0, 20) },
  };
}

// ---------------------------------------------------------------------------------------------------------

async function main() {
  const started = Date.now();
  mkdirSync(WORK, { recursive: true });
  const box = machine();
  log(`machine: ${box.text}; load average ${box.loadAverage.join(" ")}`);

  log("building the command (tsconfig.cli.json → bench/.work/cli) …");
  rmSync(CLI_DIST, { recursive: true, force: true });
  tsc("-p", "tsconfig.cli.json", "--outDir", CLI_DIST);

  log("generating workbooks …");
  const files = {};
  for (const n of only.includes("engine") ? [...SIZES, ...SCALING_SIZES] : SIZES) {
    files[n] = join(WORK, `hr-scorecard-${n}-kpis.xlsx`);
    const bytes = await writeWorkbook(n, files[n]);
    log(`  ${rel(files[n])}: ${n} KPI rows, ${round(bytes / 1024, 0)} KB`);
  }

  const results = {};
  const step = (name, f) => {
    if (!only.includes(name)) return;
    log(`${name} …`);
    const t = Date.now();
    try {
      results[name] = f();
    } catch (e) {
      results[name] = { figures: null, detail: { error: e.message.slice(0, 2000) } };
      log(`  failed: ${e.message.split("\n")[0]}`);
    }
    log(`  (${round((Date.now() - t) / 1000, 1)} s)`);
  };
  step("roundTrips", () => roundTrips(files));
  step("engine", () => engine(files));
  step("cli", () => cli(files));
  step("memory", () => memory(files));
  step("pane", () => pane());

  const f = (name) => results[name]?.figures ?? null;
  const engineMs = f("engine");
  const report = {
    machine: box.text,
    roundTrips: f("roundTrips"),
    maxResponseMB: results.roundTrips?.maxResponseMB ?? null,
    engineMs,
    engineGrowth5000To50000: results.engine?.growth5000To50000 ?? null,
    cliSeconds: f("cli") ? { 2500: round(f("cli").cliSeconds, 3) } : null,
    xlsxReadWriteSeconds: f("cli") ? { 2500: round(f("cli").xlsxReadWriteSeconds, 3) } : null,
    cliOverheadRatio: f("cli") ? round(f("cli").ratio, 2) : null,
    cliPeakMB: f("memory"),
    paneInitialJsGzipKB: f("pane")?.initialKB ?? null,
    // Beyond the brief's fields: what the figures were measured under, and the details behind them.
    measuredAt: new Date().toISOString(),
    loadAverageAtStart: box.loadAverage,
    targets: TARGETS,
    paneAtOpenJsGzipKB: f("pane")?.atOpenKB ?? null,
    paneExportCodeOnlyInLazyChunks: f("pane")?.exportOnlyLazy ?? null,
    details: Object.fromEntries(Object.entries(results).map(([k, v]) => [k, v.detail])),
  };
  writeFileSync(OUT, `${JSON.stringify(report, null, 2)}\n`);

  // The table.
  const ok = (pass) => (pass === null ? "n/a" : pass ? "met" : "MISSED");
  const growth = engineMs && engineMs[2500] ? engineMs[25000] / engineMs[2500] : null;
  const growth5To50 = report.engineGrowth5000To50000;
  const maxMB = report.maxResponseMB;
  const ownGrowth = results.engine?.detail.memoryManagement.ownWorkGrowth ?? null;
  const rows = [
    ["Round trips per recalculation, 22 KPIs", report.roundTrips?.[22], `≤ ${TARGETS.roundTrips22}`, ok(report.roundTrips ? report.roundTrips[22] <= TARGETS.roundTrips22 : null)],
    ["Round trips per recalculation, 2,500 KPIs", report.roundTrips?.[2500], "reported", ""],
    ["Round trips per recalculation, 25,000 KPIs", report.roundTrips?.[25000], "reported", ""],
    ["Largest response in one sync, 2,500 KPIs (MB)", maxMB?.[2500], `≤ ${TARGETS.maxResponseMB}`, ok(maxMB ? maxMB[2500] <= TARGETS.maxResponseMB : null)],
    ["Largest response in one sync, 25,000 KPIs (MB)", maxMB?.[25000], `≤ ${TARGETS.maxResponseMB}`, ok(maxMB ? maxMB[25000] <= TARGETS.maxResponseMB : null)],
    ["Engine analyze(grid), 22 KPIs (median ms)", engineMs?.[22], "", ""],
    ["Engine analyze(grid), 2,500 KPIs (median ms)", engineMs?.[2500], `< ${TARGETS.engineMs2500}`, ok(engineMs ? engineMs[2500] < TARGETS.engineMs2500 : null)],
    ["Engine analyze(grid), 25,000 KPIs (median ms)", engineMs?.[25000], "", ""],
    ["  growth 2,500 → 25,000", growth === null ? null : `${round(growth, 1)}×`, "", ""],
    ["Engine growth 5,000 → 50,000 KPIs", growth5To50 === null ? null : `${growth5To50}×`, `≤ ${TARGETS.engineGrowth5000To50000}×`, ok(growth5To50 === null ? null : growth5To50 <= TARGETS.engineGrowth5000To50000)],
    ["  of it, the engine's own work (without GC pauses and page faults)", ownGrowth === null ? null : `${ownGrowth}×`, "", ""],
    ["scorecard recalc, 2,500 KPIs (median s)", report.cliSeconds?.[2500], "", ""],
    ["plain xlsx read + write, 2,500 KPIs (median s)", report.xlsxReadWriteSeconds?.[2500], "", ""],
    ["Command-line overhead ratio", report.cliOverheadRatio, `≤ ${TARGETS.cliOverheadRatio}`, ok(report.cliOverheadRatio === null ? null : report.cliOverheadRatio <= TARGETS.cliOverheadRatio)],
    ["scorecard recalc peak memory, 25,000 KPIs (MB)", report.cliPeakMB?.[25000], "reported", ""],
    ["Task pane initial JS, gzipped (KB)", report.paneInitialJsGzipKB, `≤ ${TARGETS.paneInitialJsGzipKB}`, ok(report.paneInitialJsGzipKB === null ? null : report.paneInitialJsGzipKB <= TARGETS.paneInitialJsGzipKB)],
    ["  with chunks requested as the pane opens (KB)", report.paneAtOpenJsGzipKB, "", ""],
    ["  export / xlsx code only in lazy chunks", report.paneExportCodeOnlyInLazyChunks === null ? null : report.paneExportCodeOnlyInLazyChunks ? "yes" : "NO", "yes", ok(report.paneExportCodeOnlyInLazyChunks)],
  ];
  const cells = rows.map((r) => r.map((c) => (c === null || c === undefined ? "—" : String(c))));
  const widths = [0, 1, 2, 3].map((i) => Math.max(...cells.map((r) => r[i].length), ["measure", "value", "target", ""][i].length));
  const line = (r) => `| ${r.map((c, i) => (i === 1 ? c.padStart(widths[i]) : c.padEnd(widths[i]))).join(" | ")} |`;
  console.log(`\n${box.text}\nload average at start: ${box.loadAverage.join(" ")}\n`);
  console.log(line(["measure", "value", "target", "status"]));
  console.log(`|${widths.map((w) => "-".repeat(w + 2)).join("|")}|`);
  for (const r of cells) console.log(line(r));
  const failed = Object.entries(results).filter(([, v]) => v.figures === null);
  for (const [name, v] of failed) console.log(`\n${name}: ${v.detail.skipped ?? v.detail.error}`);
  console.log(`\nwrote ${rel(OUT)} in ${round((Date.now() - started) / 1000, 0)} s`);
}

main().catch((e) => {
  process.stderr.write(`${e?.stack ?? e}\n`);
  process.exitCode = 1;
});
