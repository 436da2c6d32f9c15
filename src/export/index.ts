// Exports of the scorecard summary: environment-neutral (jszip only), so the task pane can lazy-load it
// with `import("../export")` and the command line uses the same writers. Engine things (the summary, the
// layout types) come from the engine's entry, src/scorecard/index.ts, not from here.
export { summaryCsv, summaryWorkbook } from "./summaryExport";
export { consolidatedCsv, consolidatedWorkbook, consolidatedLayout, CONSOLIDATED_SHEET, type ConsolidatedRow } from "./consolidated";
export { summaryLayout, summaryCharts, ROUNDS_CHART, DIMENSIONS_CHART, SUMMARY_SHEET } from "./summaryLayout";
export { chartPlacement, type ChartPlacement, type PlacedChart } from "./chartPlacement";
export { layoutCsv, parseCsv, BOM } from "./csv";
export { layoutWorkbook, safeSheetName } from "./xlsxPackage";
export { changesLayout, CHANGES_SHEET, roundName, type ChangeSides } from "./changesLayout";
