// The grid every host reads and the engine takes in: raw cell values in sheet coordinates. It lives apart
// from the engine so the .xlsx package can speak it without depending on the engine; the engine re-exports it.
// Rows and columns are 0-based sheet coordinates throughout.

/** A raw cell value as a host reads it: Excel's `values` entries, or what an xlsx file stores. */
export type RawValue = string | number | boolean | null;

/** An inclusive rectangle of cells in sheet coordinates (0-based). */
export interface CellRange {
  top: number;
  left: number;
  bottom: number;
  right: number;
}

/** A block of cells read from one worksheet: what every host hands to the engine. */
export interface Grid {
  sheetName: string;
  /** Sheet coordinates of values[0][0] (e.g. a used range starting at C3 has origin {row: 2, col: 2}). */
  origin: { row: number; col: number };
  /** values[r][c]; rows may be ragged, missing cells are blank. */
  values: RawValue[][];
  /** Excel number format per cell ("General", "0.00", "0%", "[$-D00041E]0.00"), same shape as values; optional. */
  numberFormats?: string[][];
  /** Formula text ("=SUM(A1:A3)") per cell, or "" / null where the cell holds a constant; optional. */
  formulas?: (string | null)[][];
  /**
   * Solid fill colour per cell as #RRGGBB (null, or a row or cell left out: none), laid out as values; optional.
   * Only result cells are looked at: a highlight this tool left there in an earlier run goes once the result is in.
   */
  fills?: (string | null)[][];
  /**
   * Merged areas in sheet coordinates. `undefined` means the host could not read them
   * (Excel before ExcelApi 1.13): the engine then infers blocks from blanks under a value.
   */
  merges?: CellRange[];
}
