// A1 references ↔ 0-based sheet coordinates: the one implementation the engine, the .xlsx package and the
// Excel adapter share.
import type { CellRange } from "./types";

export const MAX_ROWS = 1048576;
export const MAX_COLS = 16384;

/** 0 → "A", 27 → "AB". */
export function columnName(col: number): string {
  let name = "";
  for (let n = col + 1; n > 0; n = Math.floor((n - 1) / 26)) {
    name = String.fromCharCode(65 + ((n - 1) % 26)) + name;
  }
  return name;
}

/** "A" → 0, "ab" → 27; -1 when not letters. */
export function columnIndex(letters: string): number {
  let n = 0;
  for (let i = 0; i < letters.length; i++) {
    const code = letters.charCodeAt(i) & ~32; // upper-case
    if (code < 65 || code > 90) return -1;
    n = n * 26 + (code - 64);
  }
  return n - 1;
}

export function toAddress(row: number, col: number): string {
  return `${columnName(col)}${row + 1}`;
}

/** "C12" or "$C$12" → { row: 11, col: 2 }; null when it is not a single cell on the sheet. */
export function parseAddress(address: string): { row: number; col: number } | null {
  const m = /^\$?([A-Za-z]{1,3})\$?(\d+)$/.exec(address.trim());
  if (!m) return null;
  const col = columnIndex(m[1]);
  const row = Number(m[2]) - 1;
  if (row < 0 || row >= MAX_ROWS || col < 0 || col >= MAX_COLS) return null;
  return { row, col };
}

/** "A1:Q1" (or a single "B2") → an inclusive range; null when unreadable. */
export function parseRange(ref: string): CellRange | null {
  const [a, b = a] = ref.split(":");
  const p = parseAddress(a);
  const q = parseAddress(b);
  if (!p || !q) return null;
  return { top: Math.min(p.row, q.row), left: Math.min(p.col, q.col), bottom: Math.max(p.row, q.row), right: Math.max(p.col, q.col) };
}

export function rangeContains(r: CellRange, row: number, col: number): boolean {
  return row >= r.top && row <= r.bottom && col >= r.left && col <= r.right;
}

export function rangeAddress(r: CellRange): string {
  const a = toAddress(r.top, r.left);
  const b = toAddress(r.bottom, r.right);
  return a === b ? a : `${a}:${b}`;
}
