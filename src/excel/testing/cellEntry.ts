// A value set into a cell, taken as Excel takes it (text, number or formula).
import type { SheetState } from "./sheetState";
import type { MockValue } from "./types";

/** Text Excel reads as a number when it lands in a cell that is not formatted as text ("12", "-3.5", "1e3", "40%"). */
const NUMERIC_TEXT = /^\s*[-+]?(\d+(\.\d*)?|\.\d+)([eE][-+]?\d+)?%?\s*$/;

/**
 * A string set through `values` or `formulas`, as Excel takes it: in a cell formatted as text ("@") it stays
 * text; otherwise one starting with "=", "+" or "-" becomes a formula (Excel.Range.values: "If the returned
 * value starts with a plus ("+"), minus ("-"), or equal sign ("="), Excel interprets this value as a formula")
 * and numeric-looking text becomes a number, as typing it would. "" clears the cell.
 */
export function enter(sheet: SheetState, row: number, col: number, v: unknown): void {
  const asText = sheet.get(row, col).numberFormat === "@";
  if (typeof v === "string" && v !== "" && !asText && /^[=+-]/.test(v)) {
    const formula = v.startsWith("=") ? v : `=${v}`;
    const remembered = sheet.formulaValues.get(`${row}:${col}:${formula}`);
    sheet.put(row, col, { formula, value: remembered ?? 0 });
  } else if (typeof v === "string" && !asText && NUMERIC_TEXT.test(v)) {
    const n = Number(v.trim().replace(/%$/, ""));
    sheet.put(row, col, { formula: null, value: v.trim().endsWith("%") ? n / 100 : n });
  } else {
    sheet.put(row, col, { formula: null, value: v as MockValue });
  }
}
