// Exports of the scorecard summary: environment-neutral (jszip only), so the task pane can lazy-load it
// with `import("../export")` and the command line uses the same writers.
export { summaryCsv, summaryWorkbook } from "./summaryExport";
export { consolidatedCsv, consolidatedWorkbook, consolidatedLayout, CONSOLIDATED_SHEET, type ConsolidatedRow } from "./consolidated";
export { summaryLayout, summaryChart, SUMMARY_SHEET } from "./summaryLayout";
export { layoutCsv, parseCsv, BOM } from "./csv";
export { layoutWorkbook, safeSheetName } from "./xlsxPackage";
export type { SheetLayout, Row, Cell, NumberCell, RowStyle, SummaryChartData } from "./layout";
export { buildSummary, reportedOnlyScore, STATUS_TEXT, SUMMARY_TITLE } from "../scorecard/summary";
export { parseTitle } from "../scorecard/reportPeriod";
export type { Summary, SummaryDimension, SummaryGoal, SummaryKpi, ReportedOnlyScore } from "../scorecard/summary";
export { thaiDate, buddhistYear } from "../scorecard/thaiDate";
