// The engine's public surface. Hosts import from here only.
export * from "./types";
export type { ScorecardHost, SheetSettings, CellSnapshot, UndoRecord, ApplyOptions } from "./host";
export { SheetExistsError, SheetProtectedError } from "./host";
export type { SheetLayout, SummaryChartData } from "./sheetLayout";
export { buildSummary } from "./summary";
export type { Summary } from "./summary";
export { thaiDate } from "./thaiDate";
export { analyze } from "./analyze";
export { analyzeSheet, recalculate, previewChanges, consentedPlan, undoAfterFailure } from "./recalculate";
export type { RecalcOutcome, RecalcOptions, RecalcStep, ChangePreview, Consent } from "./recalculate";
export { displayWidth, formatNumber, fromThaiDigits, listedValue, numerals, toThaiDigits } from "./display";
export type { Numerals } from "./display";
export { toAddress, parseAddress, parseRange, columnName, columnIndex, rangeAddress } from "./address";
export { isThaiDigitFormat, parseCell } from "./cellContent";
export { kpiNumber, withoutKpiNumber } from "./kpiIdentity";
export { clearedHighlights } from "./plan";
export { TERMS } from "./glossary";
export type { Bilingual, Lang, Term, TermName } from "./glossary";
