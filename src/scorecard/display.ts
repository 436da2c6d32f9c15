// Numbers as Excel shows them. Excel rounds the decimal it displays half away from zero, working from
// the value's 15 significant digits; JavaScript's toFixed works from the binary double, so
// (28.825).toFixed(2) gives "28.82" where Excel shows 28.83.
import type { Scale } from "./types";

/** The decimals a scale's scores and totals are shown with, as its tables write them: 28.83 of 100, 2.5529 of 5. */
export const SCALE_DECIMALS: Readonly<Record<Scale, 2 | 4>> = { 100: 2, 5: 4 };

const THAI_DIGITS = "๐๑๒๓๔๕๖๗๘๙";

// An Excel error value is a name, the same in every language: "#DIV/0!" stays as it is.
const EXCEL_ERROR_VALUE = /^#(?:DIV\/0!|N\/A|REF!|VALUE!|NAME\?|NUM!|NULL!|SPILL!|CALC!|GETTING_DATA|FIELD!|BLOCKED!|CONNECT!|BUSY!|UNKNOWN!)$/i;

export function toThaiDigits(text: string): string {
  if (text.charCodeAt(0) === 35 /* # */ && EXCEL_ERROR_VALUE.test(text)) return text;
  let out = "";
  for (let i = 0; i < text.length; i++) {
    const d = text.charCodeAt(i) - 48;
    out += d >= 0 && d <= 9 ? THAI_DIGITS[d] : text[i];
  }
  return out;
}

const THAI_ZERO = 0x0e50; // ๐; ๑–๙ follow it

/** Thai digits → Arabic digits. Called on nearly every cell, hence a plain loop that copies nothing without Thai digits. */
export function fromThaiDigits(text: string): string {
  let out: string | null = null;
  let from = 0;
  for (let i = 0; i < text.length; i++) {
    const d = text.charCodeAt(i) - THAI_ZERO;
    if (d < 0 || d > 9) continue;
    out = (out ?? "") + text.slice(from, i) + String.fromCharCode(48 + d);
    from = i + 1;
  }
  return out === null ? text : out + text.slice(from);
}

/** Rounds as Excel displays: to `decimals` places, half away from zero, from 15 significant digits. */
export function roundForDisplay(value: number, decimals: number): number {
  if (!Number.isFinite(value)) return value;
  const sign = value < 0 ? -1 : 1;
  const [mantissa, exponent] = Math.abs(value).toPrecision(15).split("e");
  const shifted = `${mantissa}e${Number(exponent ?? 0) + decimals}`;
  const rounded = Math.round(Number(shifted));
  return (sign * Number(`${rounded}e-${decimals}`)) || 0;
}

export interface FormatOptions {
  decimals?: number;
  thaiDigits?: boolean;
  /** Thousands separators, as in "#,##0.00". */
  grouping?: boolean;
}

/** 28.825 → "28.83" (or "๒๘.๘๓" with thaiDigits). */
export function formatNumber(value: number, options: FormatOptions = {}): string {
  const decimals = options.decimals ?? 2;
  const rounded = roundForDisplay(value, decimals);
  let text = rounded.toFixed(decimals);
  if (options.grouping) {
    const [int, frac] = text.split(".");
    text = int.replace(/\B(?=(\d{3})+(?!\d))/g, ",") + (frac !== undefined ? `.${frac}` : "");
  }
  return options.thaiDigits ? toThaiDigits(text) : text;
}

/** How numbers are written for people, in Thai or Arabic digits: the pane and the command's report share it. */
export interface Numerals {
  readonly thaiDigits: boolean;
  /** 28.825 → "๒๘.๘๓" / "28.83". */
  decimal(value: number, decimals?: number): string;
  /** Counts, weights, row numbers, KPI ids: digits only converted. */
  plain(value: number | string): string;
}

export function numerals(thaiDigits: boolean): Numerals {
  return {
    thaiDigits,
    decimal: (value, decimals = 2) => formatNumber(value, { decimals, thaiDigits }),
    plain: (value) => (thaiDigits ? toThaiDigits(String(value)) : String(value)),
  };
}

/**
 * A cell's value where a list of changes shows it (before → after): `blank` for an empty cell, whole numbers as
 * they are, others to two decimals as Excel shows them, text as written; numbers in `n`'s digits.
 */
export function listedValue(value: string | number | boolean | null | undefined, n: Numerals, blank: string): string {
  if (value === null || value === undefined || value === "") return blank;
  if (typeof value !== "number") return String(value);
  return Number.isInteger(value) ? n.plain(value) : n.decimal(value);
}

/**
 * Columns a text takes where it is shown (a terminal, a spreadsheet cell): Thai vowels above and below and
 * tone marks combine with the letter before them and take no width of their own.
 */
export function displayWidth(text: string): number {
  return [...text.replace(/[\u0E31\u0E34-\u0E3A\u0E47-\u0E4E]/g, "")].length;
}
