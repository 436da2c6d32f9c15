// `scorecard export`: the summary sheet of one workbook (.xlsx or .csv), or many units' workbooks (files and
// folders) consolidated into one sheet. One bad file never stops the rest; it gets a row saying why.
import { analyzeSheet, buildSummary, hasResults, scalesDiffer, oldestFirst, type Bilingual, type Scorecard, type Lang, type ScoringMethod, type Summary } from "../scorecard";
import { consolidatedCsv, consolidatedWorkbook, summaryCsv, summaryWorkbook, type ConsolidatedRow } from "../export";
import { openXlsx, XlsxError } from "../xlsx";
import * as path from "path";
import { argsOrExit, OptionReader, UsageError } from "./args";
import { sameFile, type CliIo } from "./cliIo";
import { EXIT } from "./exitCodes";
import { asProblem, FileProblem } from "./fileProblem";
import { sheetsToRead } from "./sheets";
import { bilingual, bothOrEnglish, fromEngine, STRINGS } from "./strings";
import { WorkbookHost } from "./workbookHost";

export interface ExportIo extends CliIo {
  /** The export date (tests fix it); the clock otherwise. */
  now?: () => Date;
}

export interface ExportArgs {
  inputs: string[];
  output?: string;
  json: boolean;
  sheet?: string;
  method?: ScoringMethod;
  lang: Lang;
  /**
   * --previous OLD.xlsx, once per earlier round, oldest first (one workbook only): the change column compares with
   * the last, the chart of totals by round shows them all.
   */
  previous: string[];
  /**
   * --rounds (consolidation): a row per round of each sheet that keeps its rounds side by side (every result block
   * with a result in, oldest first) instead of the latest one alone.
   */
  rounds: boolean;
}

/** Fewer files finish before a bar would be worth looking at. */
export const PROGRESS_MIN_FILES = 5;
export const CONSOLIDATED_DEFAULT = "consolidated.summary.xlsx";

export function parseExportArgs(argv: string[]): ExportArgs {
  const args: ExportArgs = { inputs: [], json: false, lang: "th", previous: [], rounds: false };
  const options = new OptionReader([...argv]);
  while (!options.done) {
    const a = options.next();
    if (a === "-o" || a === "--output") args.output = options.value(a);
    else if (a === "--json") args.json = true;
    else if (a === "--previous") args.previous.push(options.value(a));
    else if (a === "--rounds") args.rounds = true;
    else if (a === "--sheet") args.sheet = options.value(a);
    else if (a === "--method") args.method = options.method(a);
    else if (a === "--lang") args.lang = options.lang(a);
    else if (a.startsWith("-")) throw OptionReader.unknown(a);
    else args.inputs.push(a);
  }
  if (args.inputs.length === 0) throw new UsageError(bilingual((t) => t.exportInputRequired));
  if (args.previous.length > 0 && args.inputs.length > 1) throw new UsageError(bilingual((t) => t.previousOneFile));
  if (args.previous.length > 0 && args.rounds) throw new UsageError(bilingual((t) => t.roundsOrPrevious));
  if (args.output !== undefined && !/\.(xlsx|csv)$/i.test(args.output)) {
    throw new UsageError(bilingual((t) => t.exportOutputExtension(args.output!)));
  }
  return args;
}

/** The summary is always a plain workbook (or CSV), whatever the input's type: FILE.summary.xlsx. */
export function defaultSummaryOutput(file: string): string {
  return `${file.replace(/\.(xlsx|xlsm|xltx|xltm)$/i, "")}.summary.xlsx`;
}

/**
 * A consolidation of one folder is written beside it, named for it (units/ → units.summary.xlsx), where whoever
 * looks in the folder's parent finds it; a folder with no name of its own (".") and many inputs get consolidated.summary.xlsx.
 */
export function defaultConsolidatedOutput(inputs: string[], folders: boolean[]): string {
  if (inputs.length !== 1 || !folders[0]) return CONSOLIDATED_DEFAULT;
  const folder = inputs[0].replace(/[\\/]+$/, "");
  const name = path.basename(folder);
  if (!name || name === "." || name === "..") return CONSOLIDATED_DEFAULT;
  return `${folder}.summary.xlsx`;
}

export async function runExport(argv: string[], io: ExportIo, lang: Lang = "th"): Promise<number> {
  const args = argsOrExit(argv, parseExportArgs, io, lang);
  if ("exit" in args) return args.exit;
  const folders = await Promise.all(args.inputs.map((p) => io.isDirectory?.(p) ?? Promise.resolve(false)));
  // One file's rounds (--rounds) are a consolidation of its own: a row per round.
  if (args.inputs.length === 1 && !folders[0] && !args.rounds) return exportOne(args, io);
  return exportMany(args, folders, io);
}

async function encode(output: string, csv: () => string, xlsx: () => Promise<Uint8Array>): Promise<Uint8Array> {
  return /\.csv$/i.test(output) ? new TextEncoder().encode(csv()) : xlsx();
}

function sameAsInputExport(output: string, file: string): UsageError {
  return new UsageError(bilingual((t) => t.summaryIsInput(output, file)), "twoLines");
}

/** The scorecard sheets of one workbook (or the one asked for): summaries, and why the other sheets are not. */
async function summariesOf(bytes: Uint8Array, args: ExportArgs, now: Date, earlier: Scorecard[] = []): Promise<{ sheets: string[]; found: Summary[]; cards: Scorecard[]; skipped: string[] }> {
  const host = new WorkbookHost(await openXlsx(bytes));
  const sheets = await sheetsToRead(host, args.sheet);
  const found: Summary[] = [];
  const cards: Scorecard[] = [];
  const skipped: string[] = [];
  for (const sheet of sheets) {
    const result = await analyzeSheet(host, sheet, args.method); // with the settings the task pane saved, as recalc
    if (!result.ok) {
      skipped.push(fromEngine(result.reason)[args.lang]);
      continue;
    }
    for (const before of earlier) {
      const refused = scalesDiffer(before, result.scorecard);
      if (refused) throw new UsageError(refused, "twoLines");
    }
    found.push(buildSummary(result.scorecard, now, earlier));
    cards.push(result.scorecard);
  }
  return { sheets, found, cards, skipped };
}

/** The earlier rounds' scorecards (--previous, oldest first): the first scorecard sheet of each workbook, or --sheet's. */
async function earlierRounds(args: ExportArgs, io: ExportIo, now: Date): Promise<Scorecard[]> {
  const cards: Scorecard[] = [];
  for (const file of args.previous) {
    const found = await summariesOf(await io.readFile(file), args, now);
    if (found.cards.length === 0) throw new UsageError(bilingual((t) => t.noScorecardIn(file)));
    cards.push(found.cards[0]);
  }
  return cards;
}

async function exportOne(args: ExportArgs, io: ExportIo): Promise<number> {
  const file = args.inputs[0];
  const output = args.output ?? defaultSummaryOutput(file);
  if (await sameFile(io, output, file)) throw sameAsInputExport(output, file);
  const now = io.now?.() ?? new Date();
  const { found, skipped } = await summariesOf(await io.readFile(file), args, now, await earlierRounds(args, io, now));
  if (found.length === 0) {
    io.stderr(`${STRINGS[args.lang].noScorecardIn(file)}\n${skipped.join("\n")}\n`);
    return EXIT.noScorecard;
  }
  const summary = found[0];
  if (found.length > 1) {
    const names = found.map((s) => s.sheetName).join(", ");
    io.stderr(`${STRINGS[args.lang].severalScorecards(summary.sheetName, names)}\n`);
  }
  await io.writeFile(output, await encode(output, () => summaryCsv(summary), () => summaryWorkbook(summary)));
  if (args.json) io.stdout(`${JSON.stringify(summary, null, 2)}\n`);
  else io.stdout(`${STRINGS[args.lang].summaryLines(summary).join("\n")}\n${STRINGS[args.lang].wroteSummary(output)}\n`);
  return EXIT.ok;
}

const EXCEL_FILE = /\.(xlsx|xlsm|xltx|xltm)$/i;

/** The files to consolidate, and those of a folder left out because they are our own outputs, with why. */
interface FileList {
  files: string[];
  leftOut: { file: string; why: Bilingual }[];
}

/**
 * Every workbook in a folder, by name. Excel's owner files (~$…) are not workbooks. Our own outputs are left out:
 * a summary holds no scorecard, FILE.recalc.xlsx beside FILE.xlsx is the same scorecard, counted twice, and the
 * file this export is about to write over (-o inside the folder, run again) is no input.
 */
async function filesOf(inputs: string[], folders: boolean[], io: ExportIo, output: string): Promise<FileList> {
  const list: FileList = { files: [], leftOut: [] };
  for (const [i, input] of inputs.entries()) {
    if (!folders[i]) {
      list.files.push(input);
      continue;
    }
    if (!io.listDir) throw new UsageError(bilingual((t) => t.cannotListFolder(input)), "twoLines");
    const dir = input.replace(/[\\/]+$/, "");
    const at = (n: string) => (dir === "." ? n : `${dir}/${n}`);
    const names = (await io.listDir(input)).filter((n) => EXCEL_FILE.test(n) && !n.startsWith("~$")).sort((a, b) => a.localeCompare(b, "th"));
    const stems = new Map(names.map((n) => [n.replace(EXCEL_FILE, "").toLowerCase(), n]));
    for (const name of names) {
      if (/\.summary\.[^.]+$/i.test(name)) {
        list.leftOut.push({ file: at(name), why: bilingual((t) => t.leftOutSummary) });
        continue;
      }
      if (await sameFile(io, at(name), output)) {
        list.leftOut.push({ file: at(name), why: bilingual((t) => t.leftOutOwnOutput) });
        continue;
      }
      const source = /\.recalc\.[^.]+$/i.test(name) ? stems.get(name.replace(/\.recalc\.[^.]+$/i, "").toLowerCase()) : undefined;
      if (source !== undefined) {
        list.leftOut.push({ file: at(name), why: bilingual((t) => t.leftOutRecalc(at(source))) });
        continue;
      }
      list.files.push(at(name));
    }
  }
  // The same file named twice (a file and its folder, or two spellings) is read once.
  const unique: string[] = [];
  for (const f of list.files) if (!(await someSame(io, f, unique))) unique.push(f);
  list.files = unique;
  return list;
}

async function someSame(io: ExportIo, file: string, others: string[]): Promise<boolean> {
  for (const o of others) if (await sameFile(io, file, o)) return true;
  return false;
}

async function exportMany(args: ExportArgs, folders: boolean[], io: ExportIo): Promise<number> {
  const lang = args.lang;
  const output = args.output ?? defaultConsolidatedOutput(args.inputs, folders);
  const { files, leftOut } = await filesOf(args.inputs, folders, io, output);
  for (const f of files) if (await sameFile(io, output, f)) throw sameAsInputExport(output, f);
  const now = io.now?.() ?? new Date();
  const bar = io.stderrIsTTY && files.length >= PROGRESS_MIN_FILES ? progressBar(io.stderr, files.length) : undefined;
  const rows: ConsolidatedRow[] = [];
  for (const [i, file] of files.entries()) {
    bar?.show(i, file);
    rows.push(...(await rowsOf(file, args, io, now)));
  }
  bar?.clear();
  noteRepeats(rows, lang);
  const found = rows.filter((r) => r.summary).length;
  const sheets = new Set(rows.filter((r) => r.summary).map((r) => JSON.stringify([r.file, r.sheet]))).size;
  const t = STRINGS[lang];
  if (files.length === 0) io.stderr(`${t.noWorkbooksIn(args.inputs.join(", "))}\n`);
  if (found > 0) await io.writeFile(output, await encode(output, () => consolidatedCsv(rows), () => consolidatedWorkbook(rows)));
  if (args.json) io.stdout(`${JSON.stringify({ ...(found > 0 ? { output } : {}), rows, leftOut: leftOut.map((l) => ({ file: l.file, why: l.why[lang] })) }, null, 2)}\n`);
  else {
    const lines = rows.map((r) => `${r.file}${r.sheet ? ` · ${r.sheet}` : ""}${r.block ? ` · ${r.block}` : ""} · ${r.summary ? t.consolidatedTotal(r.summary) : r.note}${r.summary && r.note ? ` · ${r.note}` : ""}`);
    lines.push(...leftOut.map((l) => t.leftOut(l.file, l.why[lang])));
    if (found > 0) lines.push(args.rounds ? t.wroteConsolidatedRounds(sheets, found, output) : t.wroteConsolidated(sheets, output));
    io.stdout(`${lines.join("\n")}\n`);
  }
  if (found === 0) {
    io.stderr(`${t.noScorecardAnywhere}\n`);
    return EXIT.noScorecard;
  }
  return EXIT.ok;
}

/**
 * Two rows alike figure for figure are most likely one scorecard counted twice (a copy under another name): say so.
 * Two blocks of one sheet alike figure for figure are no copy but a round in which nothing changed (or the last
 * round's results typed again): said as that. Where a result sits is no figure (each block keeps its own columns),
 * nor is an earlier note of the row, which the remark is added to.
 */
function noteRepeats(rows: ConsolidatedRow[], lang: Lang): void {
  const seen = new Map<string, ConsolidatedRow>();
  for (const row of rows) {
    if (!row.summary) continue;
    const key = figuresOf(row.summary);
    const first = seen.get(key);
    if (!first) {
      seen.set(key, row);
      continue;
    }
    const t = STRINGS[lang];
    const oneSheet = first.file === row.file && first.sheet === row.sheet && first.block !== undefined;
    const said = oneSheet ? t.sameFiguresAsBlock(first.block!) : t.sameFigures(first.file, [first.sheet, first.block].filter(Boolean).join(" · "));
    row.note = row.note ? `${row.note} · ${said}` : said;
  }
}

/** A row's figures, to match on: its summary but for the sheet's name and the cell each listed KPI's result is in. */
function figuresOf(s: Summary): string {
  const kpis = (list: Summary["pending"]) => list.map(({ cell: _cell, ...k }) => k);
  return JSON.stringify({ ...s, sheetName: "", pending: kpis(s.pending), missing: kpis(s.missing), excluded: kpis(s.excluded) });
}

/**
 * One file's rows: a row per scorecard sheet, or one row saying why there is none. Nothing one file does stops
 * the others: a refusal is noted, and so is an error of ours, which says to report it.
 */
async function rowsOf(file: string, args: ExportArgs, io: ExportIo, now: Date): Promise<ConsolidatedRow[]> {
  const lang = args.lang;
  try {
    const { sheets, found, cards, skipped } = await summariesOf(await io.readFile(file), args, now);
    if (found.length > 0) return found.flatMap((summary, i) => sheetRows(file, summary, cards[i], args, now));
    // The engine's message already names the sheet and the columns it found and missed.
    const note = skipped.map((m) => m.split("\n")[0]).join(" · ") || STRINGS[lang].noWorksheets;
    return [{ file, sheet: args.sheet ?? sheets.join(", "), note }];
  } catch (e) {
    const problem = asProblem(e, file);
    if (problem instanceof UsageError) return [{ file, sheet: args.sheet ?? "", note: problem.text(lang) }]; // no such sheet here
    if (problem instanceof FileProblem) return [{ file, sheet: "", note: bothOrEnglish(problem.said, " / ")[lang] }];
    if (e instanceof XlsxError) return [{ file, sheet: "", note: `${STRINGS[lang].unreadable}: ${bothOrEnglish(e.said, " / ")[lang]}` }];
    const detail = (e as Error)?.message ?? String(e);
    return [{ file, sheet: "", note: STRINGS[lang].internalError(detail) }];
  }
}


/**
 * A scorecard sheet's rows: one, of the block its scorecard is (the latest with results), naming it; with --rounds,
 * one per block that holds a result, oldest first, and the blocks with none yet said on the sheet's last row. A
 * sheet none of whose blocks holds a result keeps its one row, so that it is not missed.
 */
function sheetRows(file: string, summary: Summary, card: Scorecard, args: ExportArgs, now: Date): ConsolidatedRow[] {
  const row = (block: string | undefined, s: Summary): ConsolidatedRow => ({ file, sheet: s.sheetName, ...(block !== undefined ? { block } : {}), summary: s, note: "" });
  if (!args.rounds || !card.blocks?.length) return [row(card.block, summary)];
  const blocks = oldestFirst(card.blocks);
  const reported = blocks.filter((b) => hasResults(b.scorecard));
  const rows = reported.length ? reported.map((b) => row(b.heading, buildSummary(b.scorecard, now))) : [row(card.block, summary)];
  const waiting = blocks.filter((b) => !hasResults(b.scorecard)).map((b) => b.heading);
  if (waiting.length) rows[rows.length - 1].note = STRINGS[args.lang].noResultsYet(waiting);
  return rows;
}

/** A one-line bar on stderr, redrawn in place: "[#####-----] 3/12 unit.xlsx". */
export function progressBar(write: (text: string) => void, total: number, width = 24) {
  return {
    show(done: number, label: string) {
      const filled = Math.round((done / total) * width);
      const name = label.length > 40 ? `…${label.slice(-39)}` : label;
      write(`\r\x1b[2K[${"#".repeat(filled)}${"-".repeat(width - filled)}] ${done + 1}/${total} ${name}`);
    },
    clear() {
      write("\r\x1b[2K");
    },
  };
}
