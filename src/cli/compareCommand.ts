// `scorecard compare OLD.xlsx NEW.xlsx`: two rounds of a scorecard side by side (the engine's compare), as a
// readable report or one JSON document, and with -o as a sheet of the changes (.xlsx or CSV). Each file gives its
// scorecard sheet, or the one named with --sheet; on a sheet that keeps its rounds side by side, the latest block
// with results. `scorecard compare FILE.xlsx` compares the rounds of one such sheet: the block before the latest
// with results, against it; `--sheet` twice names the earlier round's sheet, then the later's (two sheets of one
// workbook, where the officer copied last round's sheet).
import {
  analyzeSheet, CHANGE_ORDER, SCALE_DECIMALS, compare, earlierBlocks, kpiNumber, namedGroups, numerals, signedChange,
  type Comparison, type GroupComparison, type KpiComparison, type KpiSide, type Lang, type Numerals, type RoundSide, type Scale, type Scorecard,
} from "../scorecard";
import { changesLayout, layoutCsv, layoutWorkbook } from "../export";
import { openXlsx } from "../xlsx";
import { argsOrExit, OptionReader, UsageError } from "./args";
import { sameFile, type CliIo } from "./cliIo";
import { EXIT } from "./exitCodes";
import { FileProblem } from "./fileProblem";
import { NODE_XLSX_OPTIONS } from "./nodeDeflate";
import { sheetsToRead } from "./sheets";
import { bilingual, bothOrEnglish, fromEngine, STRINGS, type CliStrings } from "./strings";
import { WorkbookHost } from "./workbookHost";

export interface CompareArgs {
  old: string;
  /** The same file as `old` when one file was given (oneFile): its sheet's rounds, or two of its sheets. */
  new: string;
  oneFile: boolean;
  /** --sheet: both files' sheet; given twice, the earlier round's, then the later's. */
  sheet?: string;
  newSheet?: string;
  json: boolean;
  lang: Lang;
  /** -o CHANGES.xlsx | CHANGES.csv: the changes as a sheet. */
  output?: string;
}

export function parseCompareArgs(argv: string[]): CompareArgs {
  const files: string[] = [];
  const sheets: string[] = [];
  let json = false;
  let lang: Lang = "th";
  let output: string | undefined;
  const options = new OptionReader([...argv]);
  while (!options.done) {
    const a = options.next();
    if (a === "--sheet") sheets.push(options.value(a));
    else if (a === "--json") json = true;
    else if (a === "--lang") lang = options.lang(a);
    else if (a === "-o" || a === "--output") output = options.value(a);
    else if (a.startsWith("-")) throw OptionReader.unknown(a);
    else files.push(a);
  }
  if (files.length < 1 || files.length > 2) throw new UsageError(bilingual((t) => t.compareTwoFiles));
  if (sheets.length > 2) throw new UsageError(bilingual((t) => t.compare.sheetTwice));
  const [sheet, newSheet] = sheets;
  if (output !== undefined && !/\.(xlsx|csv)$/i.test(output)) throw new UsageError(bilingual((t) => t.exportOutputExtension(output!)));
  return { old: files[0], new: files[files.length - 1], oneFile: files.length === 1, sheet, ...(newSheet !== undefined ? { newSheet } : {}), json, lang, ...(output !== undefined ? { output } : {}) };
}

/** The JSON document `compare --json` prints. */
export interface CompareJson {
  old: { file: string; sheet: string; block?: string; fiscalYear: number | null; round: number | null; total: number };
  new: CompareJson["old"];
  totalChange: number;
  dimensions: GroupComparison[];
  goals: GroupComparison[];
  kpis: { id: string; name: string; oldId?: string; oldName?: string; old: JsonKpiSide | null; new: JsonKpiSide | null; change: string; pointsChange: number }[];
  ambiguous: { key: string; old: string[]; new: string[] }[];
}
type JsonKpiSide = Pick<KpiSide, "level" | "points" | "status">;

export async function runCompare(argv: string[], io: CliIo, lang: Lang): Promise<number> {
  const args = argsOrExit(argv, parseCompareArgs, io, lang);
  if ("exit" in args) return args.exit;
  const t = STRINGS[args.lang];
  for (const file of new Set([args.old, args.new])) {
    if (args.output !== undefined && (await sameFile(io, args.output, file))) throw new UsageError(bilingual((s) => s.compare.changesIsInput(args.output!, file)), "twoLines");
  }
  const rounds = await roundsOf(args, io);
  if (!rounds.ok) return rounds.code;
  const [before, after] = rounds.cards;
  const result = compare(before, after);
  if (!result.ok) {
    io.stderr(`${bothOrEnglish(result.reason, "\n")[args.lang]}\n`); // Thai with English beneath, as FileProblem
    return EXIT.failure;
  }
  const c = result.comparison;
  const thaiDigits = before.thaiDigits || after.thaiDigits;
  if (args.output !== undefined) {
    const layout = changesLayout(c, { old: { file: args.old }, new: { file: args.new } }, thaiDigits);
    await io.writeFile(args.output, /\.csv$/i.test(args.output) ? new TextEncoder().encode(layoutCsv(layout)) : await layoutWorkbook(layout));
  }
  if (args.json) io.stdout(`${JSON.stringify(compareJson(c, args), null, 2)}\n`);
  else {
    const lines = compareText(c, args, t, numerals(t.thaiDigits && thaiDigits));
    if (args.output !== undefined) lines.push("", t.compare.wroteChanges(args.output));
    io.stdout(`${lines.join("\n")}\n`);
  }
  return EXIT.ok;
}

/**
 * The two rounds: each file's scorecard (or each --sheet's), or, with one file and one sheet, the block before its
 * latest with results and that one.
 */
async function roundsOf(args: CompareArgs, io: CliIo): Promise<{ ok: true; cards: [Scorecard, Scorecard] } | { ok: false; code: number }> {
  const before = await scorecardOf(args.old, args.sheet, args, io);
  if (!before.ok) return before;
  if (!args.oneFile || args.newSheet !== undefined) {
    const after = await scorecardOf(args.new, args.newSheet ?? args.sheet, args, io);
    return after.ok ? { ok: true, cards: [before.card, after.card] } : after;
  }
  const earlier = earlierBlocks(before.card).at(-1);
  if (!earlier) throw new UsageError(bilingual((t) => t.compare.oneRound(args.old, before.card.sheetName)), "twoLines");
  return { ok: true, cards: [earlier.scorecard, before.card] };
}

/** The file's scorecard: the first sheet that holds one (said on stderr when there are several), or the one asked for. */
async function scorecardOf(file: string, sheetName: string | undefined, args: CompareArgs, io: CliIo): Promise<{ ok: true; card: Scorecard } | { ok: false; code: number }> {
  if (await io.isDirectory?.(file)) throw new FileProblem({ code: "EISDIR", path: file, op: "read" });
  const host = new WorkbookHost(await openXlsx(await io.readFile(file), NODE_XLSX_OPTIONS));
  const found: Scorecard[] = [];
  const why: string[] = [];
  for (const sheet of await sheetsToRead(host, sheetName)) {
    const r = await analyzeSheet(host, sheet); // with the settings the task pane saved, as recalc and export
    if (r.ok) found.push(r.scorecard);
    else why.push(fromEngine(r.reason)[args.lang]);
  }
  const t = STRINGS[args.lang];
  if (found.length === 0) {
    io.stderr(`${t.noScorecardIn(file)}\n${why.join("\n")}\n`);
    return { ok: false, code: EXIT.noScorecard };
  }
  if (found.length > 1) io.stderr(`${t.compare.severalScorecards(file, found[0].sheetName, found.map((c) => c.sheetName).join(", "))}\n`);
  return { ok: true, card: found[0] };
}

export function compareJson(c: Comparison, args: CompareArgs): CompareJson {
  const sideOf = (file: string, r: RoundSide) => ({ file, sheet: r.sheetName, ...(r.block !== undefined ? { block: r.block } : {}), fiscalYear: r.fiscalYear, round: r.roundMonths, total: r.total });
  const kpiSide = (k: KpiSide | null): JsonKpiSide | null => (k ? { level: k.level, points: k.points, status: k.status } : null);
  return {
    old: sideOf(args.old, c.old),
    new: sideOf(args.new, c.new),
    totalChange: c.totalChange,
    // The groups the sheet names: not the one a 5-point table without group rows is given (GroupComparison.made).
    dimensions: namedGroups(c.dimensions),
    goals: namedGroups(c.goals),
    kpis: c.kpis.map((k) => {
      const main = (k.new ?? k.old)!;
      const renamed = k.old && k.new && k.old.name !== k.new.name ? { oldName: k.old.name } : {};
      const renumbered = k.old && k.new && k.old.id !== k.new.id ? { oldId: k.old.id } : {};
      return { id: main.id, name: main.name, ...renumbered, ...renamed, old: kpiSide(k.old), new: kpiSide(k.new), change: k.change, pointsChange: k.pointsChange };
    }),
    ambiguous: c.ambiguous.map((a) => ({ key: a.key, old: a.old.map((k) => k.id), new: a.new.map((k) => k.id) })),
  };
}


/** A KPI's name with its number in front (the 5-point table keeps the number in a column of its own). */
function kpiLabel(k: KpiSide, n: Numerals): string {
  return kpiNumber(k.name) ? k.name : `${n.plain(k.id)} ${k.name}`;
}

function kpiState(k: KpiSide | null, scale: Scale, t: CliStrings, n: Numerals): string {
  if (!k) return "-";
  if (k.status !== "ok" || k.level === null) return t.compare.status[k.status];
  // A 5-point score to 4 decimals, as the sheet, the summary and the pane write it; a level as a whole number.
  const level = scale === 5 ? n.decimal(k.level, 4) : Number.isInteger(k.level) ? n.plain(k.level) : n.decimal(k.level);
  return `${t.compare.level(scale)} ${level}`;
}

function kpiLine(k: KpiComparison, scale: Scale, t: CliStrings, n: Numerals): string {
  const main = (k.new ?? k.old)!;
  const d = SCALE_DECIMALS[scale];
  const points = `${t.compare.points} ${k.old ? n.decimal(k.old.points, d) : "-"} → ${k.new ? n.decimal(k.new.points, d) : "-"} (${signedChange(k.pointsChange, n, d)})`;
  const renamed = k.old && k.new && k.old.name !== k.new.name ? ` · ${t.compare.renamedFrom(kpiLabel(k.old, n))}` : "";
  return `  ${kpiLabel(main, n)}: ${kpiState(k.old, scale, t, n)} → ${kpiState(k.new, scale, t, n)}, ${points}${renamed}`;
}

export function compareText(c: Comparison, args: CompareArgs, t: CliStrings, n: Numerals): string[] {
  const d = SCALE_DECIMALS[c.scale];
  const sideLine = (label: string, file: string, r: RoundSide) => {
    const round = t.compare.round(r.fiscalYear, r.roundMonths, n);
    return `  ${label}: ${t.compare.sheetIn(file, r.sheetName)}${r.block ? ` · ${t.compare.block(r.block)}` : ""}${round ? ` · ${round}` : ""}`;
  };
  const lines = [t.compare.heading(c.scale), sideLine(t.compare.before, args.old, c.old), sideLine(t.compare.after, args.new, c.new), ""];
  lines.push(`${t.compare.total(c.scale)}: ${n.decimal(c.old.total, d)} → ${n.decimal(c.new.total, d)} (${signedChange(c.totalChange, n, d)})`);
  const dimensions = namedGroups(c.dimensions);
  if (dimensions.length > 0) {
    lines.push("", t.compare.dimensions);
    for (const g of dimensions) {
      const v = (x: number | null) => (x === null ? "-" : n.decimal(x, d));
      lines.push(`  ${g.name}: ${v(g.old)} → ${v(g.new)} (${signedChange(g.change, n, d)})`);
    }
  }
  for (const change of CHANGE_ORDER) {
    const group = c.kpis.filter((k) => k.change === change);
    if (group.length === 0) continue;
    lines.push("", `${t.compare.change[change]} (${n.plain(group.length)})`);
    if (change !== "unmatched") for (const k of group) lines.push(kpiLine(k, c.scale, t, n));
  }
  // Each earlier KPI the rules could not pair, with the later ones it could be (and the reverse where several).
  for (const a of c.ambiguous) {
    const ids = (ks: KpiSide[]) => ks.map((k) => n.plain(k.id)).join(t.compare.or);
    for (const o of a.old) lines.push(`  ${t.compare.before} ${kpiLabel(o, n)}: ${t.compare.couldBe(`${t.compare.after} ${ids(a.new)}`)}`);
  }
  return lines;
}
