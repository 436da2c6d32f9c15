// Range addresses as Excel returns them ("'HR Scorecard'!A3:A4", "Sheet1!D1:D4, Sheet1!F2") → CellRange.
import { type CellRange, parseRange } from "../scorecard";

// One area: the part after the last "!" of a sheet-qualified reference, or the whole text.
const AREA = /(?:^|!)(\$?[A-Za-z]{1,3}\$?\d+)(?::(\$?[A-Za-z]{1,3}\$?\d+))?\s*$/;

/** "Sheet1!A3:B4" | "A3" | "'a, b'!C2:C9" → { top, left, bottom, right } (0-based), or null. */
export function parseRangeAddress(address: string): CellRange | null {
  const m = AREA.exec(address.trim());
  return m ? parseRange(m[2] ? `${m[1]}:${m[2]}` : m[1]) : null;
}

// A sheet-qualified area: 'quoted name'!A1:B2 (quotes doubled inside) or Name!A1:B2.
const QUALIFIED_AREA = /(?:'(?:[^']|'')*'|[^'!,\s][^'!,]*)!(\$?[A-Za-z]{1,3}\$?\d+(?::\$?[A-Za-z]{1,3}\$?\d+)?)/g;

/**
 * A RangeAreas address ("Sheet1!A1:B4, Sheet1!D1:D4") → its areas. Sheet-qualified areas are matched
 * whole, so commas inside a quoted sheet name ('Plan, 2566'!A1) do not split an area.
 */
export function parseAreasAddress(address: string): CellRange[] {
  const qualified = [...address.matchAll(QUALIFIED_AREA)].map((m) => parseRangeAddress(m[1]));
  const areas = qualified.length > 0 ? qualified : address.split(",").map((part) => parseRangeAddress(part));
  return areas.filter((a): a is CellRange => a !== null);
}
