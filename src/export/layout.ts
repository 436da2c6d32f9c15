// One layout, many writers: the summary and the consolidation are laid out once as rows of cells, and
// csv.ts and xlsxSheet.ts (and the hosts that add a summary sheet to a workbook) each render that layout, so
// they always say the same thing. The types live with the host interface in src/scorecard/sheetLayout.ts.
export * from "../scorecard/sheetLayout";
