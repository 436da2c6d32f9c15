// Dates as Thai official documents write them: day, Thai month name, Buddhist-era year (AD + 543).
import { toThaiDigits } from "./display";

export const THAI_MONTHS = [
  "มกราคม", "กุมภาพันธ์", "มีนาคม", "เมษายน", "พฤษภาคม", "มิถุนายน",
  "กรกฎาคม", "สิงหาคม", "กันยายน", "ตุลาคม", "พฤศจิกายน", "ธันวาคม",
] as const;

export const THAI_MONTHS_SHORT = [
  "ม.ค.", "ก.พ.", "มี.ค.", "เม.ย.", "พ.ค.", "มิ.ย.", "ก.ค.", "ส.ค.", "ก.ย.", "ต.ค.", "พ.ย.", "ธ.ค.",
] as const;

export interface ThaiDateOptions {
  thaiDigits?: boolean;
  /** "ม.ค." instead of "มกราคม". */
  shortMonth?: boolean;
}

/** Buddhist-era year: 2026 → 2569. */
export function buddhistYear(adYear: number): number {
  return adYear + 543;
}

/**
 * 25 November 2026 → "25 พฤศจิกายน 2569" ("๒๕ พฤศจิกายน ๒๕๖๙" with thaiDigits).
 * Uses the date's local calendar day: the day the officer sees on their own clock.
 */
export function thaiDate(date: Date, options: ThaiDateOptions = {}): string {
  const months = options.shortMonth ? THAI_MONTHS_SHORT : THAI_MONTHS;
  const text = `${date.getDate()} ${months[date.getMonth()]} ${buddhistYear(date.getFullYear())}`;
  return options.thaiDigits ? toThaiDigits(text) : text;
}

/** "2026-11-25": the same local day, for machines. */
export function isoDate(date: Date): string {
  const pad = (n: number) => String(n).padStart(2, "0");
  return `${date.getFullYear()}-${pad(date.getMonth() + 1)}-${pad(date.getDate())}`;
}
