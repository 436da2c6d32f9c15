// Which optional Office features this Excel offers. The floor is ExcelApi 1.7 (Excel 2016/2019
// perpetual); everything above it is used only when Office says it is there, and asked here only.

export interface ExcelCapabilities {
  /** Range.getMergedAreasOrNullObject: ExcelApi 1.13. Without it the engine infers blocks from blanks. */
  mergedAreas: boolean;
  /** Range.getCellProperties (fills of many cells in one call): ExcelApi 1.9. Without it, one load per cell. */
  cellProperties: boolean;
  /** Excel.run({ mergeUndoGroup: true }): ExcelApi 1.20. Makes a chunked write one Ctrl+Z step. */
  mergeUndoGroup: boolean;
  /**
   * Worksheet.pageLayout (A4 landscape, fit to one page wide, print titles), page breaks, indent levels and
   * showGridlines: ExcelApi 1.9. Without it the summary sheet is written without its print set-up.
   */
  pageLayout: boolean;
  /** Ribbon command and task pane share one JavaScript runtime (Office.addin.showAsTaskpane): SharedRuntime 1.1. */
  sharedRuntime: boolean;
}

export const NO_CAPABILITIES: ExcelCapabilities = {
  mergedAreas: false,
  cellProperties: false,
  mergeUndoGroup: false,
  pageLayout: false,
  sharedRuntime: false,
};

function supported(name: string, version: string): boolean {
  try {
    return typeof Office !== "undefined" && Boolean(Office.context?.requirements?.isSetSupported(name, version));
  } catch {
    return false; // outside Office (tests, preview): nothing optional
  }
}

/** Asked each time rather than cached: Office.context exists only after Office.onReady. */
export function detectCapabilities(): ExcelCapabilities {
  return {
    mergedAreas: supported("ExcelApi", "1.13"),
    cellProperties: supported("ExcelApi", "1.9"),
    mergeUndoGroup: supported("ExcelApi", "1.20"),
    pageLayout: supported("ExcelApi", "1.9"),
    sharedRuntime: supported("SharedRuntime", "1.1"),
  };
}
