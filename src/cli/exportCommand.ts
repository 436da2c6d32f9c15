// `scorecard export`: the summary sheet of one workbook (.xlsx or .csv), or many units' workbooks (files and
// folders) consolidated into one sheet. One bad file never stops the rest; it gets a row saying why.
import { analyzeSheet, buildSummary, numerals, type ScoringMethod, type Summary } from "../scorecard";
import { consolidatedCsv, consolidatedWorkbook, summaryCsv, summaryWorkbook, type ConsolidatedRow } from "../export";
import { openXlsx, XlsxError } from "../xlsx";
import * as path from "path";
import { asksForHelp, inLanguage, OptionReader, USAGE, UsageError } from "./args";
import { sameFile, type CliIo } from "./cliIo";
import { EXIT } from "./exitCodes";
import { asProblem, FileProblem } from "./fileProblem";
import { sheetsToRead } from "./sheets";
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
  lang: "th" | "en";
}

/** Fewer files finish before a bar would be worth looking at. */
export const PROGRESS_MIN_FILES = 5;
export const CONSOLIDATED_DEFAULT = "consolidated.summary.xlsx";

export function parseExportArgs(argv: string[]): ExportArgs {
  const args: ExportArgs = { inputs: [], json: false, lang: "th" };
  const options = new OptionReader([...argv]);
  while (!options.done) {
    const a = options.next();
    if (a === "-o" || a === "--output") args.output = options.value(a);
    else if (a === "--json") args.json = true;
    else if (a === "--sheet") args.sheet = options.value(a);
    else if (a === "--method") args.method = options.method(a);
    else if (a === "--lang") args.lang = options.lang(a);
    else if (a.startsWith("-")) throw OptionReader.unknown(a);
    else args.inputs.push(a);
  }
  if (args.inputs.length === 0) throw new UsageError("ต้องระบุไฟล์ .xlsx หรือโฟลเดอร์ / a .xlsx file or a folder is required");
  if (args.output !== undefined && !/\.(xlsx|csv)$/i.test(args.output)) {
    throw new UsageError(`-o ต้องลงท้ายด้วย .xlsx หรือ .csv: "${args.output}" / -o must end in .xlsx or .csv`);
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

export async function runExport(argv: string[], io: ExportIo, lang: "th" | "en" = "th"): Promise<number> {
  if (asksForHelp(argv)) {
    io.stdout(`${USAGE}\n`);
    return EXIT.ok;
  }
  let args: ExportArgs;
  try {
    args = parseExportArgs(argv);
  } catch (e) {
    if (!(e instanceof UsageError)) throw e;
    io.stderr(`${e.text(lang)}\n\n${USAGE}\n`);
    return EXIT.failure;
  }
  const folders = await Promise.all(args.inputs.map((p) => io.isDirectory?.(p) ?? Promise.resolve(false)));
  if (args.inputs.length === 1 && !folders[0]) return exportOne(args, io);
  return exportMany(args, folders, io);
}

async function encode(output: string, csv: () => string, xlsx: () => Promise<Uint8Array>): Promise<Uint8Array> {
  return /\.csv$/i.test(output) ? new TextEncoder().encode(csv()) : xlsx();
}

type Lang = "th" | "en";
const say = (lang: Lang, th: string, en: string) => (lang === "en" ? en : th);

function sameAsInputExport(output: string, file: string): UsageError {
  return new UsageError(
    `-o ${output} คือไฟล์ต้นฉบับ ${file} เอง ซึ่งคำสั่งนี้ไม่เขียนทับ: ตั้งชื่อไฟล์สรุปผลอื่นด้วย -o`,
    `-o ${output} is the input ${file} itself, which the command does not write over: name another file for the summary with -o.`,
  );
}

/** The scorecard sheets of one workbook (or the one asked for): summaries, and why the other sheets are not. */
async function summariesOf(bytes: Uint8Array, args: ExportArgs, now: Date): Promise<{ sheets: string[]; found: Summary[]; skipped: string[] }> {
  const host = new WorkbookHost(await openXlsx(bytes));
  const sheets = await sheetsToRead(host, args.sheet);
  const found: Summary[] = [];
  const skipped: string[] = [];
  for (const sheet of sheets) {
    const result = await analyzeSheet(host, sheet, args.method); // with the settings the task pane saved, as recalc
    if (result.ok) found.push(buildSummary(result.scorecard, now));
    else skipped.push(say(args.lang, result.reason.message, result.reason.messageEn));
  }
  return { sheets, found, skipped };
}

async function exportOne(args: ExportArgs, io: ExportIo): Promise<number> {
  const file = args.inputs[0];
  const output = args.output ?? defaultSummaryOutput(file);
  if (await sameFile(io, output, file)) throw sameAsInputExport(output, file);
  const { found, skipped } = await summariesOf(await io.readFile(file), args, io.now?.() ?? new Date());
  if (found.length === 0) {
    io.stderr(`${say(args.lang, `ไม่พบตาราง HR Scorecard ใน ${file}`, `No HR Scorecard in ${file}`)}\n${skipped.join("\n")}\n`);
    return EXIT.noScorecard;
  }
  const summary = found[0];
  if (found.length > 1) {
    const names = found.map((s) => s.sheetName).join(", ");
    io.stderr(`${say(args.lang, `พบ HR Scorecard หลายแผ่นงาน ใช้ "${summary.sheetName}" (เลือกแผ่นอื่นด้วย --sheet: ${names})`, `Several scorecards: using "${summary.sheetName}" (choose another with --sheet: ${names})`)}\n`);
  }
  await io.writeFile(output, await encode(output, () => summaryCsv(summary), () => summaryWorkbook(summary)));
  if (args.json) io.stdout(`${JSON.stringify(summary, null, 2)}\n`);
  else io.stdout(`${summaryLines(summary, args.lang).join("\n")}\n${say(args.lang, `เขียนสรุปลงไฟล์ ${output}`, `Wrote the summary: ${output}`)}\n`);
  return EXIT.ok;
}

function summaryLines(s: Summary, lang: Lang): string[] {
  const head = `${s.title}${s.department ? ` ${s.department}` : ""}${s.heading ? ` · ${s.heading}` : ""}`;
  if (lang === "en") {
    const n = numerals(false);
    const ro = s.reportedOnly.score === null ? "-" : n.decimal(s.reportedOnly.score, s.decimals);
    return [
      `${head} (sheet "${s.sheetName}")`,
      `  total ${n.decimal(s.total, s.decimals)} · reported ${s.reportedCount} of ${s.kpiCount} KPIs · pending ${s.pending.length} · missing or unreadable ${s.missing.length}`,
      ...(s.reportedOnly.shown ? [`  score among reported KPIs only (not the official total): ${ro}`] : []),
    ];
  }
  const d = numerals(s.thaiDigits).plain;
  return [
    `${head} (แผ่นงาน "${s.sheetName}")`,
    `  คะแนนรวม ${s.totalText} · ${s.reportedText} · รอผล ${d(s.pending.length)} · ไม่มีข้อมูลหรืออ่านค่าไม่ได้ ${d(s.missing.length)}`,
    ...(s.reportedOnly.shown ? [`  ${s.reportedOnly.label}: ${s.reportedOnly.text}`] : []),
  ];
}

const EXCEL_FILE = /\.(xlsx|xlsm|xltx|xltm)$/i;

/** The files to consolidate, and those of a folder left out because they are our own outputs, with why. */
interface FileList {
  files: string[];
  leftOut: { file: string; why: [string, string] }[];
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
    if (!io.listDir) throw new UsageError(`อ่านโฟลเดอร์ ${input} ไม่ได้`, `Cannot list the folder ${input}.`);
    const dir = input.replace(/[\\/]+$/, "");
    const at = (n: string) => (dir === "." ? n : `${dir}/${n}`);
    const names = (await io.listDir(input)).filter((n) => EXCEL_FILE.test(n) && !n.startsWith("~$")).sort((a, b) => a.localeCompare(b, "th"));
    const stems = new Map(names.map((n) => [n.replace(EXCEL_FILE, "").toLowerCase(), n]));
    for (const name of names) {
      if (/\.summary\.[^.]+$/i.test(name)) {
        list.leftOut.push({ file: at(name), why: ["เป็นไฟล์สรุปผลที่ export เขียนไว้ ไม่ใช่ตาราง HR Scorecard", "a summary export wrote, not a scorecard"] });
        continue;
      }
      if (await sameFile(io, at(name), output)) {
        list.leftOut.push({ file: at(name), why: ["เป็นไฟล์ที่ export ครั้งนี้เขียนผลรวมลงไป", "the file this export writes to"] });
        continue;
      }
      const source = /\.recalc\.[^.]+$/i.test(name) ? stems.get(name.replace(/\.recalc\.[^.]+$/i, "").toLowerCase()) : undefined;
      if (source !== undefined) {
        list.leftOut.push({ file: at(name), why: [`เป็นผลของ recalc จาก ${at(source)} ซึ่งนับแล้ว`, `recalc's output of ${at(source)}, which is counted already`] });
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
  const digits = numerals(lang === "th").plain;
  if (files.length === 0) io.stderr(`${say(lang, `ไม่พบไฟล์ Excel ใน ${args.inputs.join(", ")}`, `No Excel workbooks in ${args.inputs.join(", ")}`)}\n`);
  if (found > 0) await io.writeFile(output, await encode(output, () => consolidatedCsv(rows), () => consolidatedWorkbook(rows)));
  if (args.json) io.stdout(`${JSON.stringify({ ...(found > 0 ? { output } : {}), rows, leftOut: leftOut.map((l) => ({ file: l.file, why: say(lang, ...l.why) })) }, null, 2)}\n`);
  else {
    const total = (r: ConsolidatedRow) => (lang === "en" ? `total ${numerals(false).decimal(r.summary!.total, r.summary!.decimals)}` : `คะแนนรวม ${r.summary!.totalText}`);
    const lines = rows.map((r) => `${r.file}${r.sheet ? ` · ${r.sheet}` : ""} · ${r.summary ? total(r) : r.note}${r.summary && r.note ? ` · ${r.note}` : ""}`);
    lines.push(...leftOut.map((l) => say(lang, `ข้าม ${l.file}: ${l.why[0]}`, `Left out ${l.file}: ${l.why[1]}`)));
    if (found > 0) lines.push(say(lang, `เขียนผลรวม ${digits(found)} แผ่นงาน ลงไฟล์ ${output}`, `Wrote ${found} ${found === 1 ? "sheet" : "sheets"} consolidated: ${output}`));
    io.stdout(`${lines.join("\n")}\n`);
  }
  if (found === 0) {
    io.stderr(`${say(lang, "ไม่พบตาราง HR Scorecard ในไฟล์ใดเลย", "No HR Scorecard in any file")}\n`);
    return EXIT.noScorecard;
  }
  return EXIT.ok;
}

/** Two rows alike figure for figure are most likely one scorecard counted twice (a copy under another name): say so. */
function noteRepeats(rows: ConsolidatedRow[], lang: Lang): void {
  const seen = new Map<string, ConsolidatedRow>();
  for (const row of rows) {
    if (!row.summary) continue;
    const key = JSON.stringify({ ...row.summary, sheetName: "" });
    const first = seen.get(key);
    if (!first) seen.set(key, row);
    else row.note = say(lang, `ตัวเลขทุกตัวเหมือน ${first.file} · ${first.sheet}: อาจเป็นตารางเดียวกันที่นับซ้ำ`, `the same figures as ${first.file} · ${first.sheet}: possibly one scorecard counted twice`);
  }
}

/**
 * One file's rows: a row per scorecard sheet, or one row saying why there is none. Nothing one file does stops
 * the others: a refusal is noted, and so is an error of ours, which says to report it.
 */
async function rowsOf(file: string, args: ExportArgs, io: ExportIo, now: Date): Promise<ConsolidatedRow[]> {
  const lang = args.lang;
  try {
    const { sheets, found, skipped } = await summariesOf(await io.readFile(file), args, now);
    if (found.length > 0) return found.map((summary) => ({ file, sheet: summary.sheetName, summary, note: "" }));
    // The engine's message already names the sheet and the columns it found and missed.
    const note = skipped.map((m) => m.split("\n")[0]).join(" · ") || say(lang, "ไม่มีแผ่นงาน", "no worksheets");
    return [{ file, sheet: args.sheet ?? sheets.join(", "), note }];
  } catch (e) {
    const problem = asProblem(e, file);
    if (problem instanceof UsageError) return [{ file, sheet: args.sheet ?? "", note: problem.text(lang) }]; // no such sheet here
    if (problem instanceof FileProblem) return [{ file, sheet: "", note: problem.text(lang).replace(/\n/g, " / ") }];
    if (e instanceof XlsxError) return [{ file, sheet: "", note: `${say(lang, "อ่านไฟล์ไม่ได้", "unreadable")}: ${inLanguage(e.message, lang)}` }];
    const detail = (e as Error)?.message ?? String(e);
    return [{ file, sheet: "", note: say(lang, `ข้อผิดพลาดภายในโปรแกรมขณะอ่านไฟล์นี้ (ไม่ใช่ความผิดของไฟล์): แจ้งผู้ดูแลโปรแกรมพร้อมไฟล์นี้ (${detail})`, `internal error while reading this file (not the file's fault): report it with the file (${detail})`) }];
  }
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
