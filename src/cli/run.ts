// The `scorecard` command's work, with its file access and output passed in so tests can run it in-process.
import { clearedHighlights, recalculate, type CellWrite, type ChangePreview, type NotAScorecard, type Scorecard } from "../scorecard";
import { openXlsx, XlsxError } from "../xlsx";
import { parseArgs, USAGE, UsageError, type CliArgs } from "./args";
import { sheetReport, skippedText, summaryText, wroteText, type JsonReport } from "./report";
import { runExport } from "./exportCommand";
import { NODE_XLSX_OPTIONS } from "./nodeDeflate";
import { sheetsToRead } from "./sheets";
import { WorkbookHost } from "./workbookHost";

export interface CliIo {
  readFile(path: string): Promise<Uint8Array>;
  /** Writes atomically (a temporary file renamed into place), so a failure never leaves half a workbook. */
  writeFile(path: string, bytes: Uint8Array): Promise<void>;
  stdout(text: string): void;
  stderr(text: string): void;
  version: string;
  /** Names of the entries of a folder (for `export FOLDER`); absent where the host cannot list folders. */
  listDir?(path: string): Promise<string[]>;
  isDirectory?(path: string): Promise<boolean>;
  /** stderr is a terminal: progress bars are drawn there, never on stdout. */
  stderrIsTTY?: boolean;
}

export const EXIT = { ok: 0, failure: 1, noScorecard: 2, strictErrors: 3 } as const;

export function defaultOutput(file: string): string {
  return /\.xlsx$/i.test(file) ? file.replace(/\.xlsx$/i, ".recalc.xlsx") : `${file}.recalc.xlsx`;
}

export async function runCli(argv: string[], io: CliIo): Promise<number> {
  if (argv[0] === "export") return withFileErrors(io, () => runExport(argv.slice(1), io));
  let args: CliArgs;
  try {
    args = parseArgs(argv);
  } catch (e) {
    if (!(e instanceof UsageError)) throw e;
    io.stderr(`${e.message}\n\n${USAGE}\n`);
    return EXIT.failure;
  }
  if (args.command === "help") {
    io.stdout(`${USAGE}\n`);
    return EXIT.ok;
  }
  if (args.command === "version") {
    io.stdout(`${io.version}\n`);
    return EXIT.ok;
  }
  return withFileErrors(io, () => recalcOrCheck(args, io));
}

/** Unreadable files, bad sheets and I/O failures end in one clear line and exit 1; bugs are rethrown. */
async function withFileErrors(io: CliIo, work: () => Promise<number>): Promise<number> {
  try {
    return await work();
  } catch (e) {
    if (e instanceof XlsxError || e instanceof UsageError) {
      io.stderr(`${e.message}\n`);
      return EXIT.failure;
    }
    const err = e as NodeJS.ErrnoException;
    if (err && typeof err.code === "string") {
      io.stderr(`อ่านหรือเขียนไฟล์ไม่ได้ / cannot read or write the file: ${err.message}\n`);
      return EXIT.failure;
    }
    throw e;
  }
}

async function recalcOrCheck(args: CliArgs, io: CliIo): Promise<number> {
  const file = args.file!;
  const workbook = await openXlsx(await io.readFile(file), NODE_XLSX_OPTIONS);
  const host = new WorkbookHost(workbook);
  const sheets = await sheetsToRead(host, args.sheet);
  const write = args.command === "recalc";
  // Per sheet: its scorecard, the formula cells kept, and the output cells whose value differs from what the
  // sheet holds (written by recalc; what a recalc would write, for check): where a hand-worked score was off.
  const cards: { card: Scorecard; kept: number; changed: CellWrite[] }[] = [];
  // Result cells whose highlight from an earlier run comes off (none with --no-highlight: fills are left alone).
  const clearedIn = (card: Scorecard) => (args.highlights ? clearedHighlights(card.plan).map((h) => h.address) : []);
  const changedIn = (preview: ChangePreview): CellWrite[] => (args.overwriteFormulas ? [...preview.changed, ...preview.formulas] : preview.changed);
  const skipped: NotAScorecard[] = [];
  for (const sheet of sheets) {
    const outcome = await recalculate(host, sheet, {
      method: args.method,
      highlights: args.highlights,
      // A command never undoes: the file on disk is the record. Skips snapshotting every written cell.
      undo: false,
      // The command line asks nobody: changed values are written (and listed in the report), formulas kept unless told.
      confirm: async () => ({ proceed: write, overwriteFormulas: args.overwriteFormulas }),
    });
    if (outcome.status === "not-a-scorecard") skipped.push(outcome.reason);
    else if (outcome.status === "done") cards.push({ card: outcome.scorecard, kept: outcome.skippedFormulas.length, changed: changedIn(outcome.preview) });
    else cards.push({ card: outcome.scorecard, kept: 0, changed: changedIn(outcome.preview) });
  }

  const output = write && cards.length > 0 ? (args.inPlace ? file : args.output ?? defaultOutput(file)) : undefined;
  if (output !== undefined) await io.writeFile(output, await host.toBytes());

  if (args.json) {
    const report: JsonReport = {
      file,
      ...(output !== undefined ? { output } : {}),
      sheets: cards.map(({ card, changed }) => sheetReport(card, changed, clearedIn(card), args.lang)),
      skipped: skipped.map((r) => ({ sheet: r.sheetName, message: args.lang === "en" ? r.messageEn : r.message })),
    };
    io.stdout(`${JSON.stringify(report, null, 2)}\n`);
  } else {
    const parts = cards.map(({ card, kept, changed }) => summaryText(card, args.lang, kept, changed, clearedIn(card), write));
    if (cards.length > 0) parts.push(...skipped.map((r) => skippedText(r, args.lang)));
    if (output !== undefined) parts.push(wroteText(output, args.lang));
    if (parts.length) io.stdout(`${parts.join("\n\n")}\n`);
  }
  if (cards.length === 0) {
    const why = skipped.map((r) => (args.lang === "en" ? r.messageEn : r.message)).join("\n");
    io.stderr(`${args.lang === "en" ? "No HR Scorecard in" : "ไม่พบตาราง HR Scorecard ใน"} ${file}\n${why}\n`);
    return EXIT.noScorecard;
  }
  if (args.strict && cards.some(({ card }) => card.flags.some((f) => f.severity === "error"))) return EXIT.strictErrors;
  return EXIT.ok;
}
