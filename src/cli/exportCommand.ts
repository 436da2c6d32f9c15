// `scorecard export`: the summary sheet of one workbook (.xlsx or .csv), or many units' workbooks (files and
// folders) consolidated into one sheet. One bad file never stops the rest; it gets a row saying why.
import { analyzeSheet, numerals, type ScoringMethod } from "../scorecard";
import { buildSummary, type Summary } from "../scorecard/summary";
import { consolidatedCsv, consolidatedWorkbook, summaryCsv, summaryWorkbook, type ConsolidatedRow } from "../export";
import { openXlsx, XlsxError } from "../xlsx";
import { OptionReader, USAGE, UsageError } from "./args";
import type { CliIo } from "./run";
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
}

const EXIT = { ok: 0, failure: 1, noScorecard: 2 } as const;
/** Fewer files finish before a bar would be worth looking at. */
export const PROGRESS_MIN_FILES = 5;
export const CONSOLIDATED_DEFAULT = "consolidated.summary.xlsx";

export function parseExportArgs(argv: string[]): ExportArgs {
  const args: ExportArgs = { inputs: [], json: false };
  const options = new OptionReader([...argv]);
  while (!options.done) {
    const a = options.next();
    if (a === "-o" || a === "--output") args.output = options.value(a);
    else if (a === "--json") args.json = true;
    else if (a === "--sheet") args.sheet = options.value(a);
    else if (a === "--method") args.method = options.method(a);
    else if (a.startsWith("-")) throw OptionReader.unknown(a);
    else args.inputs.push(a);
  }
  if (args.inputs.length === 0) throw new UsageError("ต้องระบุไฟล์ .xlsx หรือโฟลเดอร์ / a .xlsx file or a folder is required");
  if (args.output !== undefined && !/\.(xlsx|csv)$/i.test(args.output)) {
    throw new UsageError(`-o ต้องลงท้ายด้วย .xlsx หรือ .csv: "${args.output}" / -o must end in .xlsx or .csv`);
  }
  return args;
}

export function defaultSummaryOutput(file: string): string {
  return /\.xlsx$/i.test(file) ? file.replace(/\.xlsx$/i, ".summary.xlsx") : `${file}.summary.xlsx`;
}

export async function runExport(argv: string[], io: ExportIo): Promise<number> {
  if (argv.includes("--help") || argv.includes("-h")) {
    io.stdout(`${USAGE}\n`);
    return EXIT.ok;
  }
  let args: ExportArgs;
  try {
    args = parseExportArgs(argv);
  } catch (e) {
    if (!(e instanceof UsageError)) throw e;
    io.stderr(`${e.message}\n\n${USAGE}\n`);
    return EXIT.failure;
  }
  const folders = await Promise.all(args.inputs.map((p) => io.isDirectory?.(p) ?? Promise.resolve(false)));
  if (args.inputs.length === 1 && !folders[0]) return exportOne(args, io);
  return exportMany(args, folders, io);
}

async function encode(output: string, csv: () => string, xlsx: () => Promise<Uint8Array>): Promise<Uint8Array> {
  return /\.csv$/i.test(output) ? new TextEncoder().encode(csv()) : xlsx();
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
    else skipped.push(result.reason.message);
  }
  return { sheets, found, skipped };
}

async function exportOne(args: ExportArgs, io: ExportIo): Promise<number> {
  const file = args.inputs[0];
  const output = args.output ?? defaultSummaryOutput(file);
  if (output === file) throw new UsageError("ไฟล์ผลลัพธ์ต้องไม่ใช่ไฟล์ต้นฉบับ / the output must not be the input file");
  const { found, skipped } = await summariesOf(await io.readFile(file), args, io.now?.() ?? new Date());
  if (found.length === 0) {
    io.stderr(`ไม่พบตาราง HR Scorecard ใน ${file} / no HR Scorecard in ${file}\n${skipped.join("\n")}\n`);
    return EXIT.noScorecard;
  }
  const summary = found[0];
  if (found.length > 1) {
    io.stderr(`พบหลายแผ่นงาน ใช้ "${summary.sheetName}" (เลือกด้วย --sheet: ${found.map((s) => s.sheetName).join(", ")}) / several scorecards, using "${summary.sheetName}"\n`);
  }
  await io.writeFile(output, await encode(output, () => summaryCsv(summary), () => summaryWorkbook(summary)));
  if (args.json) io.stdout(`${JSON.stringify(summary, null, 2)}\n`);
  else io.stdout(`${summaryLines(summary).join("\n")}\nเขียนสรุปลงไฟล์ / wrote: ${output}\n`);
  return EXIT.ok;
}

function summaryLines(s: Summary): string[] {
  const d = numerals(s.thaiDigits).plain;
  return [
    `${s.title}${s.department ? ` ${s.department}` : ""}${s.heading ? ` · ${s.heading}` : ""} (แผ่นงาน "${s.sheetName}")`,
    `  คะแนนรวม ${s.totalText} · ${s.reportedText} · รอผล ${d(s.pending.length)} · ไม่มีข้อมูลหรืออ่านค่าไม่ได้ ${d(s.missing.length)}`,
    `  ${s.reportedOnly.label}: ${s.reportedOnly.text}`,
  ];
}

/** Every .xlsx in a folder, by name; Excel's lock files (~$…) and our own outputs left out. */
async function filesOf(inputs: string[], folders: boolean[], io: ExportIo, output: string): Promise<string[]> {
  const files: string[] = [];
  for (const [i, input] of inputs.entries()) {
    if (!folders[i]) files.push(input);
    else {
      if (!io.listDir) throw new UsageError(`อ่านโฟลเดอร์ไม่ได้: ${input} / cannot list folder ${input}`);
      const names = (await io.listDir(input)).filter((n) => /\.xlsx$/i.test(n) && !n.startsWith("~$") && !/\.summary\.xlsx$/i.test(n));
      const dir = input.replace(/[\\/]+$/, "");
      files.push(...names.sort((a, b) => a.localeCompare(b, "th")).map((n) => (dir === "." ? n : `${dir}/${n}`)));
    }
  }
  return files.filter((f) => f !== output);
}

async function exportMany(args: ExportArgs, folders: boolean[], io: ExportIo): Promise<number> {
  const output = args.output ?? CONSOLIDATED_DEFAULT;
  const files = await filesOf(args.inputs, folders, io, output);
  const now = io.now?.() ?? new Date();
  const bar = io.stderrIsTTY && files.length >= PROGRESS_MIN_FILES ? progressBar(io.stderr, files.length) : undefined;
  const rows: ConsolidatedRow[] = [];
  for (const [i, file] of files.entries()) {
    bar?.show(i, file);
    rows.push(...(await rowsOf(file, args, io, now)));
  }
  bar?.clear();
  const found = rows.filter((r) => r.summary).length;
  if (files.length === 0) io.stderr(`ไม่พบไฟล์ .xlsx / no .xlsx files in ${args.inputs.join(", ")}\n`);
  if (found > 0) await io.writeFile(output, await encode(output, () => consolidatedCsv(rows), () => consolidatedWorkbook(rows)));
  if (args.json) io.stdout(`${JSON.stringify({ ...(found > 0 ? { output } : {}), rows }, null, 2)}\n`);
  else {
    const lines = rows.map((r) => `${r.file}${r.sheet ? ` · ${r.sheet}` : ""} · ${r.summary ? `คะแนนรวม ${r.summary.totalText}` : r.note}`);
    if (found > 0) lines.push(`เขียนผลรวม ${found} แผ่นงาน ลงไฟล์ / wrote: ${output}`);
    io.stdout(`${lines.join("\n")}\n`);
  }
  if (found === 0) {
    io.stderr("ไม่พบตาราง HR Scorecard ในไฟล์ใดเลย / no HR Scorecard in any file\n");
    return EXIT.noScorecard;
  }
  return EXIT.ok;
}

/** One file's rows: a row per scorecard sheet, or one row saying why there is none. */
async function rowsOf(file: string, args: ExportArgs, io: ExportIo, now: Date): Promise<ConsolidatedRow[]> {
  try {
    const { sheets, found, skipped } = await summariesOf(await io.readFile(file), args, now);
    if (found.length > 0) return found.map((summary) => ({ file, sheet: summary.sheetName, summary, note: "" }));
    // The engine's message already names the sheet and the columns it found and missed.
    const note = skipped.map((m) => m.split("\n")[0]).join(" · ") || "ไม่มีแผ่นงาน / no worksheets";
    return [{ file, sheet: args.sheet ?? sheets.join(", "), note }];
  } catch (e) {
    const err = e as { message?: string; code?: unknown };
    if (e instanceof UsageError) return [{ file, sheet: args.sheet ?? "", note: e.message }]; // no such sheet here
    if (e instanceof XlsxError || typeof err?.code === "string") {
      return [{ file, sheet: "", note: `อ่านไฟล์ไม่ได้ / unreadable: ${err.message}` }];
    }
    throw e;
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
