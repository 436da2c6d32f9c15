// What the `scorecard` command says, as one interface: th.ts and en.ts each give every entry in their language.
// A sentence that holds names or numbers is a function, so each language orders them as it reads.
import type { KpiChange, KpiStatus, Numerals, Scale, Summary } from "../../scorecard";

/** The types of workbook package the command writes back as they came (outputName.ts tells them apart). */
export type PackageKind = "xlsx" | "xlsm" | "xltx" | "xltm";

export interface CliStrings {
  /** Numbers in Thai digits where the sheet writes them so (the Thai report does, as the pane does). */
  thaiDigits: boolean;

  // The readable report of a sheet (report.ts).
  sheet: string;
  kpis: string;
  ok: string;
  pending: string;
  missing: string;
  invalid: string;
  dimension: string;
  weight: string;
  points: string;
  total: string;
  /** The total line of a 5-point table. */
  total5: string;
  flags: string;
  noFlags: string;
  severity: { error: string; warning: string; info: string };
  wrote: string;
  changed: string;
  wouldChange: string;
  cleared: string;
  wouldClear: string;
  blank: string;
  skipped: string;
  keptFormulas: string;
  overdue: string;
  /** Said after where the result went, when an earlier run's default output was there. */
  replacing: string;
  /** The engine's formula flag, with the option that overwrites (when the formula is not known). */
  formulaFlag(message: string): string;
  formulaOverwritten(cell: string, formula: string): string;
  formulaKept(cell: string, formula: string): string;
  formulaWouldBeKept(cell: string, formula: string): string;

  // recalc and check (recalcCommand.ts).
  noScorecardIn(file: string): string;
  recalcOfRecalc(file: string, output: string): string;

  // export (exportCommand.ts).
  summaryLines(s: Summary): string[];
  severalScorecards(used: string, names: string): string;
  wroteSummary(output: string): string;
  noWorkbooksIn(inputs: string): string;
  leftOut(file: string, why: string): string;
  wroteConsolidated(sheets: number, output: string): string;
  /** --rounds: how many sheets, and how many rounds of them (rows), were written. */
  wroteConsolidatedRounds(sheets: number, rounds: number, output: string): string;
  consolidatedTotal(s: Summary): string;
  noScorecardAnywhere: string;
  sameFigures(file: string, sheet: string): string;
  /** Two blocks of one sheet alike figure for figure: the earlier block's heading. */
  sameFiguresAsBlock(block: string): string;
  /** --rounds: the blocks of a sheet that hold no result yet, by their headings (on the sheet's last row). */
  noResultsYet(blocks: string[]): string;
  noWorksheets: string;
  unreadable: string;
  internalError(detail: string): string;
  /** Why a file of a folder is left out of a consolidation. */
  leftOutSummary: string;
  leftOutOwnOutput: string;
  leftOutRecalc(source: string): string;

  // compare (compareCommand.ts).
  compare: CompareStrings;

  // A command that cannot run as typed (UsageError): the Thai report prints both languages.
  needsValue(flag: string): string;
  langValues: string;
  methodValues: string;
  unknownOption(option: string): string;
  commandRequired: string;
  unknownCommand(command: string): string;
  oneFileOnly(file: string): string;
  fileRequired: string;
  checkWritesNothing: string;
  outputOrInPlace: string;
  noSuchSheet(sheet: string, sheets: string): string;
  exportInputRequired: string;
  previousOneFile: string;
  roundsOrPrevious: string;
  exportOutputExtension(output: string): string;
  cannotListFolder(folder: string): string;
  summaryIsInput(output: string, file: string): string;
  /** What each type of workbook package is called. */
  packageKind: { readonly [K in PackageKind]: string };
  /** -o names a file of another type than the input's (`ext`: the name's extension, if any). */
  wrongExtension(kind: PackageKind, output: string, ext: string | undefined): string;
  defaultOutputIsInput(output: string, file: string): string;
  outputIsInput(output: string, file: string): string;
  compareTwoFiles: string;
}

/** The report of `scorecard compare`: two rounds side by side. */
export interface CompareStrings {
  heading(scale: Scale): string;
  before: string;
  after: string;
  /** A round's name from its title: "ปีงบประมาณ พ.ศ. ๒๕๖๖ รอบ ๖ เดือน"; "" when the title says neither. */
  round(fiscalYear: number | null, months: number | null, n: Numerals): string;
  sheetIn(file: string, sheet: string): string;
  total(scale: Scale): string;
  dimensions: string;
  kpis: string;
  /** Each group of KPIs, headed by what happened to them. */
  change: { readonly [C in KpiChange]: string };
  status: { readonly [S in KpiStatus]: string };
  /** "ระดับ" on the HR Scorecard, the score's name on a 5-point table. */
  level(scale: Scale): string;
  points: string;
  renamedFrom(name: string): string;
  couldBe(ids: string): string;
  or: string;
  severalScorecards(file: string, used: string, names: string): string;
  /** One file given, and its sheet has no earlier result block with a result to compare with. */
  oneRound(file: string, sheet: string): string;
  /** The result block a side is, on a sheet of blocks: "รอบ 6 เดือน". */
  block(heading: string): string;
  changesIsInput(output: string, file: string): string;
  wroteChanges(output: string): string;
  sheetTwice: string;
}
