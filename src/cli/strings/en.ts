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
    const ro = s.reportedOnly.score === null ? "-" : n.decimal(s.reportedOnly.score);
    return [
      `${head} (sheet "${s.sheetName}")`,
      `  total ${n.decimal(s.total)} · reported ${s.reportedCount} of ${s.kpiCount} KPIs · pending ${s.pending.length} · missing or unreadable ${s.missing.length}`,
      `  score among reported KPIs only (not the official total): ${ro}`,
    ];
  },
  severalScorecards: (used, names) => `Several scorecards: using "${used}" (choose another with --sheet: ${names})`,
  wroteSummary: (output) => `Wrote the summary: ${output}`,
  noWorkbooksIn: (inputs) => `No Excel workbooks in ${inputs}`,
  leftOut: (file, why) => `Left out ${file}: ${why}`,
  wroteConsolidated: (sheets, output) => `Wrote ${sheets} ${sheets === 1 ? "sheet" : "sheets"} consolidated: ${output}`,
  consolidatedTotal: (s) => `total ${numerals(false).decimal(s.total)}`,
  noScorecardAnywhere: "No HR Scorecard in any file",
  sameFigures: (file, sheet) => `the same figures as ${file} · ${sheet}: possibly one scorecard counted twice`,
  noWorksheets: "no worksheets",
  unreadable: "unreadable",
  internalError: (detail) => `internal error while reading this file (not the file's fault): report it with the file (${detail})`,
  leftOutSummary: "a summary export wrote, not a scorecard",
  leftOutOwnOutput: "the file this export writes to",
  leftOutRecalc: (source) => `recalc's output of ${source}, which is counted already`,
};
