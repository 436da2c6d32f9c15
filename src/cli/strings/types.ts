// What the `scorecard` command says, as one interface: th.ts and en.ts each give every entry in their language.
// A sentence that holds names or numbers is a function, so each language orders them as it reads.
import type { Summary } from "../../scorecard";

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
  consolidatedTotal(s: Summary): string;
  noScorecardAnywhere: string;
  sameFigures(file: string, sheet: string): string;
  noWorksheets: string;
  unreadable: string;
  internalError(detail: string): string;
  /** Why a file of a folder is left out of a consolidation. */
  leftOutSummary: string;
  leftOutOwnOutput: string;
  leftOutRecalc(source: string): string;

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
  exportOutputExtension(output: string): string;
  cannotListFolder(folder: string): string;
  summaryIsInput(output: string, file: string): string;
  /** What each type of workbook package is called. */
  packageKind: { readonly [K in PackageKind]: string };
  /** -o names a file of another type than the input's (`ext`: the name's extension, if any). */
  wrongExtension(kind: PackageKind, output: string, ext: string | undefined): string;
  defaultOutputIsInput(output: string, file: string): string;
  outputIsInput(output: string, file: string): string;
}
