// `scorecard recalc` and `scorecard check`: recalculate the scorecards of one workbook, report what changed and,
// for recalc, write the result to a new file (or the input, with --in-place).
import { clearedHighlights, recalculate, type CellWrite, type ChangePreview, type Lang, type NotAScorecard, type Scorecard } from "../scorecard";
import { openXlsx } from "../xlsx";
import type { CliArgs } from "./args";
import { sameFile, type CliIo } from "./cliIo";
import { EXIT } from "./exitCodes";
import { FileProblem } from "./fileProblem";
import { checkOutputExtension, defaultOutput, packageKind, sameAsInput } from "./outputName";
import { sheetReport, skippedText, summaryText, wroteText, type JsonReport } from "./report";
import { NODE_XLSX_OPTIONS } from "./nodeDeflate";
import { sheetsToRead } from "./sheets";
import { fromEngine, STRINGS } from "./strings";
import { WorkbookHost } from "./workbookHost";

export async function recalcOrCheck(args: CliArgs, io: CliIo): Promise<number> {
  const file = args.file!;
  if (await io.isDirectory?.(file)) throw new FileProblem({ code: "EISDIR", path: file, op: "read" });
  const bytes = await io.readFile(file);
  const write = args.command === "recalc";
  // Opened once: the package says its own type (what the output is named), then its sheets are read.
  const workbook = await openXlsx(bytes, NODE_XLSX_OPTIONS);
  // Where the result goes, settled before any work: never the input unless --in-place, and of the input's type.
  let output: string | undefined;
  let replaced = false;
  if (write && args.inPlace) output = file;
  else if (write) {
    const kind = packageKind(workbook.contentTypes());
    if (args.output !== undefined) checkOutputExtension(args.output, kind);
    output = args.output ?? defaultOutput(file, kind);
    if (await sameFile(io, output, file)) throw sameAsInput(output, file, args.output !== undefined);
    // Written over without a word only when named with -o; an earlier run's default output is said to be replaced.
    replaced = args.output === undefined && ((await io.exists?.(output)) ?? false);
  }
  const host = new WorkbookHost(workbook);
  const sheets = await sheetsToRead(host, args.sheet);
  // Per sheet: its scorecard, the formula cells kept, and the output cells whose value differs from what the
  // sheet holds (written by recalc; what a recalc would write, for check): where a hand-worked score was off.
  // A sheet of several result blocks makes one entry per block, each with what its own plan writes.
  const cards: SheetEntry[] = [];
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
    else if (outcome.status === "done") cards.push(...byBlock(outcome.scorecard, outcome.skippedFormulas, changedIn(outcome.preview)));
    else cards.push(...byBlock(outcome.scorecard, [], changedIn(outcome.preview)));
  }

  if (cards.length === 0) output = undefined;
  if (output !== undefined) await io.writeFile(output, await host.toBytes());
  const run = { wrote: write, overwriteFormulas: args.overwriteFormulas };

  if (args.json) {
    const report: JsonReport = {
      file,
      ...(output !== undefined ? { output } : {}),
      ...(output !== undefined && replaced ? { replaced: true as const } : {}),
      sheets: cards.map(({ card, changed }) => sheetReport(card, changed, clearedIn(card), args.lang, run)),
      skipped: skipped.map((r) => ({ sheet: r.sheetName, message: fromEngine(r)[args.lang] })),
    };
    io.stdout(`${JSON.stringify(report, null, 2)}\n`);
  } else {
    const parts = cards.map(({ card, kept, changed }) => summaryText(card, args.lang, kept, changed, clearedIn(card), write, args.overwriteFormulas));
    if (cards.length > 0) parts.push(...skipped.map((r) => skippedText(r, args.lang)));
    if (output !== undefined) parts.push(wroteText(output, args.lang, replaced));
    if (output !== undefined && !args.inPlace && args.output === undefined && isRecalcOutput(file)) parts.push(againText(file, output, args.lang));
    if (parts.length) io.stdout(`${parts.join("\n\n")}\n`);
  }
  if (cards.length === 0) {
    const why = skipped.map((r) => fromEngine(r)[args.lang]).join("\n");
    io.stderr(`${STRINGS[args.lang].noScorecardIn(file)}\n${why}\n`);
    return EXIT.noScorecard;
  }
  if (args.strict && cards.some(({ card }) => card.flags.some((f) => f.severity === "error"))) return EXIT.strictErrors;
  return EXIT.ok;
}

interface SheetEntry {
  card: Scorecard;
  kept: number;
  changed: CellWrite[];
}

/**
 * One entry per result block of the sheet (the sheet itself when it keeps one round): the block's scorecard, and of
 * the one recalculation's writes those that are the block's own (its plan's cells).
 */
function byBlock(card: Scorecard, keptFormulas: CellWrite[], changed: CellWrite[]): SheetEntry[] {
  if (!card.blocks) return [{ card, kept: keptFormulas.length, changed }];
  return card.blocks.map(({ scorecard }) => {
    const own = new Set(scorecard.plan.writes.map((w) => w.address));
    return { card: scorecard, kept: keptFormulas.filter((w) => own.has(w.address)).length, changed: changed.filter((w) => own.has(w.address)) };
  });
}

function isRecalcOutput(file: string): boolean {
  return /\.recalc\.(xlsx|xlsm|xltx|xltm)$/i.test(file);
}

/** Recalculating an earlier run's output: the input stays, and the new name is said with how to update it instead. */
function againText(file: string, output: string, lang: Lang): string {
  return STRINGS[lang].recalcOfRecalc(file, output);
}
