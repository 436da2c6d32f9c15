// The command in English (--lang en), with the glossary's words (src/scorecard/glossary.ts).
import { numerals, TERMS } from "../../scorecard";
import type { CliStrings } from "./types";

export const en: CliStrings = {
  thaiDigits: false,
  sheet: "Sheet",
  kpis: "KPIs",
  ok: TERMS.reported.en,
  pending: TERMS.pending.en,
  missing: TERMS.missing.en,
  invalid: "invalid",
  dimension: "Dimension",
  weight: "Weight",
  points: "Points",
  total: "HR Scorecard total (out of 100)",
  total5: "Total (out of 5)",
  flags: "Flags",
  noFlags: "No flags",
  severity: { error: "error", warning: "warning", info: "info" },
  wrote: "Wrote",
  changed: "Values changed from what was typed",
  wouldChange: "Values a recalculation would change",
  cleared: "Highlights of an earlier run taken off, the results being in",
  wouldClear: "Highlights of an earlier run a recalculation would take off, the results being in",
  blank: "(blank)",
  skipped: "Skipped",
  keptFormulas: "formulas kept (use --overwrite-formulas to overwrite)",
  overdue: "due by now",
  replacing: " (replacing the file an earlier run wrote)",
  formulaFlag: (message) => `${message} (use --overwrite-formulas to overwrite it)`,
  formulaOverwritten: (cell, formula) => `${cell} held the formula ${formula}: the computed value was written over it, as --overwrite-formulas asks`,
  formulaKept: (cell, formula) => `${cell} holds the formula ${formula}: kept, not overwritten; use --overwrite-formulas to write the computed value over it`,
  formulaWouldBeKept: (cell, formula) => `${cell} holds the formula ${formula}: recalc keeps it; use --overwrite-formulas to write the computed value over it`,

  noScorecardIn: (file) => `No HR Scorecard in ${file}`,
  recalcOfRecalc: (file, output) => `${file} is itself the output of an earlier recalc, so it is left as it is and the result went to a new file, ${output}; to update ${file} itself, run again with --in-place.`,

  summaryLines: (s) => {
    const head = `${s.title}${s.department ? ` ${s.department}` : ""}${s.heading ? ` · ${s.heading}` : ""}`;
    const n = numerals(false);
    const ro = s.reportedOnly.score === null ? "-" : n.decimal(s.reportedOnly.score, s.decimals);
    return [
      `${head} (sheet "${s.sheetName}")`,
      `  total ${n.decimal(s.total, s.decimals)} · reported ${s.reportedCount} of ${s.kpiCount} KPIs · pending ${s.pending.length} · missing or unreadable ${s.missing.length}`,
      ...(s.reportedOnly.shown ? [`  score among reported KPIs only (not the official total): ${ro}`] : []),
    ];
  },
  severalScorecards: (used, names) => `Several scorecards: using "${used}" (choose another with --sheet: ${names})`,
  wroteSummary: (output) => `Wrote the summary: ${output}`,
  noWorkbooksIn: (inputs) => `No Excel workbooks in ${inputs}`,
  leftOut: (file, why) => `Left out ${file}: ${why}`,
  wroteConsolidated: (sheets, output) => `Wrote ${sheets} ${sheets === 1 ? "sheet" : "sheets"} consolidated: ${output}`,
  consolidatedTotal: (s) => `total ${numerals(false).decimal(s.total, s.decimals)}`,
  noScorecardAnywhere: "No HR Scorecard in any file",
  sameFigures: (file, sheet) => `the same figures as ${file} · ${sheet}: possibly one scorecard counted twice`,
  noWorksheets: "no worksheets",
  unreadable: "unreadable",
  internalError: (detail) => `internal error while reading this file (not the file's fault): report it with the file (${detail})`,
  leftOutSummary: "a summary export wrote, not a scorecard",
  leftOutOwnOutput: "the file this export writes to",
  leftOutRecalc: (source) => `recalc's output of ${source}, which is counted already`,

  needsValue: (flag) => `${flag} needs a value`,
  langValues: "--lang takes th or en",
  methodValues: "--method takes step or linear",
  unknownOption: (option) => `unknown option ${option}`,
  commandRequired: "a command is required: recalc, check or export",
  unknownCommand: (command) => `unknown command "${command}"`,
  oneFileOnly: (file) => `one file only: "${file}"`,
  fileRequired: "a .xlsx file is required",
  checkWritesNothing: "check writes nothing: drop -o/--in-place",
  outputOrInPlace: "-o and --in-place don't mix",
  noSuchSheet: (sheet, sheets) => `no sheet "${sheet}" (sheets: ${sheets})`,
  exportInputRequired: "a .xlsx file or a folder is required",
  exportOutputExtension: () => "-o must end in .xlsx or .csv",
  cannotListFolder: (folder) => `Cannot list the folder ${folder}.`,
  summaryIsInput: (output, file) => `-o ${output} is the input ${file} itself, which the command does not write over: name another file for the summary with -o.`,
  packageKind: {
    xlsx: "an Excel workbook (.xlsx)",
    xlsm: "a macro-enabled workbook (.xlsm)",
    xltx: "an Excel template (.xltx)",
    xltm: "a macro-enabled template (.xltm)",
  },
  wrongExtension: (kind, output, ext) =>
    `This file is ${en.packageKind[kind]}, but -o ${output} ${ext ? `ends in .${ext}` : "has no extension"}: end the output's name in .${kind}, as Excel refuses to open a file whose extension does not match its type` +
    `${ext === "csv" ? ` (for the summary as CSV, use scorecard export FILE -o ${output})` : ""}.`,
  defaultOutputIsInput: (output, file) =>
    `${output} (the default output's name) is the input ${file} itself (a link to it), so it is not written over: name the output with -o, or use --in-place to write into the input.`,
  outputIsInput: (output, file) => `-o ${output} is the input ${file} itself, which the command does not write over: to write into the input, use --in-place instead of -o; otherwise name another file with -o.`,
};
