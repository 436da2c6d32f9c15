// The table's own count, as the official sheet writes it under the total row:
// "รวมทั้งสิ้น ๕ มิติ ๑๔ CSF ๒๐ แผนงาน/โครงการ ๒๒ ตัวชี้วัด". Officers keep it by hand, so it falls behind when a KPI
// is added or dropped; the flags step holds it against the table that was read (flags.ts, checkCountLine).
import { fromThaiDigits } from "./display";

/** What a count line counts. */
export type CountedPart = "dimensions" | "goals" | "projects" | "kpis";

/** The numbers a count line states, by what they count (only those it states). */
export type TableCount = Partial<Record<CountedPart, number>>;

// A number, then the word for what it counts. "แผนงาน/โครงการ" is one thing (projects), written with or without
// spaces around the slash. English words end at a word boundary: "5 goals" counts, "5 goalkeepers" does not.
const PAIR = /([0-9๐-๙][0-9๐-๙,]*)\s*(มิติ|เป้าประสงค์|csfs?\b|แผนงาน\s*\/\s*โครงการ|แผนงาน|โครงการ|ตัวชี้วัด|kpis?\b|dimensions?\b|goals?\b|projects?\b)/gi;

function partOf(word: string): CountedPart {
  const w = word.toLowerCase();
  if (w === "มิติ" || w.startsWith("dimension")) return "dimensions";
  if (w === "เป้าประสงค์" || w.startsWith("csf") || w.startsWith("goal")) return "goals";
  if (w === "ตัวชี้วัด" || w.startsWith("kpi")) return "kpis";
  return "projects";
}

/**
 * The counts a text states ("๕ มิติ ๑๔ CSF …" → { dimensions: 5, goals: 14, … }), or null when it states none.
 * Where one thing is counted twice, the first number is it.
 */
export function readCountLine(text: string): TableCount | null {
  let count: TableCount | null = null;
  for (const m of text.matchAll(PAIR)) {
    const part = partOf(m[2]);
    count ??= {};
    if (count[part] === undefined) count[part] = Number(fromThaiDigits(m[1]).replace(/,/g, ""));
  }
  return count;
}
