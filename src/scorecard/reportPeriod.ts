// What the sheet's title says of the report (department, fiscal year, round, the last month it covers), and which
// month a pending note says the result comes in.
// A note whose month the round has already reached ("ทราบผล เดือน ก.ย. ๖๖" on the 12-month report, which runs to
// 30 September 2566) is a result that should be in by now: left as it is, the KPI counts 0 in the year's score.
// Thai government fiscal year N runs from 1 October N−1 to 30 September N (Buddhist era).
import { fromThaiDigits } from "./display";
import { buddhistYear, THAI_MONTHS, THAI_MONTHS_SHORT } from "./thaiDate";
import type { Bilingual } from "./glossary";

/** A calendar month: Buddhist-era year (2566) and month 1–12. */
export interface ThaiMonth {
  year: number;
  month: number;
}

// "ก.ย." may lose its last dot ("ก.ย ๖๖"); full names first, so that "มีนาคม" is not read as a short form.
const MONTH_NAMES = [...THAI_MONTHS, ...THAI_MONTHS_SHORT.map((short) => `${short.slice(0, -1).replace(/\./g, "\\.")}\\.?`)].join("|");
const monthIndex = (name: string): number => {
  const full = (THAI_MONTHS as readonly string[]).indexOf(name);
  if (full >= 0) return full + 1;
  const bare = name.replace(/\./g, "");
  return THAI_MONTHS_SHORT.findIndex((short) => short.replace(/\./g, "") === bare) + 1;
};
// Perhaps "เดือน", a month name not run into a longer abbreviation ("ก.พ.ร." is an office, not February), then
// perhaps "พ.ศ." and a year of four or two digits (digits already Arabic).
const MONTH_YEAR = new RegExp(`(เดือน\\s*)?(${MONTH_NAMES})(?!\\.?[ก-ฮ])\\s*(?:พ\\.?\\s*ศ\\.?\\s*)?(\\d{4}|\\d{2}(?!\\d))?`, "g");

/** 2566 stays, 66 is 2566, 2023 (a Christian-era year) is 2566. */
function buddhistEra(digits: string): number {
  const n = Number(digits);
  if (digits.length === 2) return 2500 + n;
  return n < 2400 ? buddhistYear(n) : n;
}

const order = (m: ThaiMonth) => m.year * 12 + m.month;

/** The fiscal year a month belongs to: October to December count toward the next year. */
function fiscalYear(m: ThaiMonth): number {
  return m.month >= 10 ? m.year + 1 : m.year;
}

/**
 * The last month the report covers: the latest of the months its title dates ("… ถึง ๓๑ มีนาคม ๒๕๖๖") and the
 * end of its round in the fiscal year ("ปีงบประมาณ พ.ศ. ๒๕๖๖ รอบ ๙ เดือน" → June 2566); null when it says neither.
 */
export function reportEnd(title: string): ThaiMonth | null {
  let latest: ThaiMonth | null = null;
  const consider = (m: ThaiMonth) => {
    if (!latest || order(m) > order(latest)) latest = m;
  };
  for (const m of fromThaiDigits(title).matchAll(MONTH_YEAR)) {
    if (m[3] !== undefined) consider({ year: buddhistEra(m[3]), month: monthIndex(m[2]) });
  }
  const { fiscalYear, roundMonths } = parseTitle(title);
  if (fiscalYear !== null && roundMonths !== null) {
    const last = 9 + roundMonths; // the fiscal year opens in month 10 of the year before
    consider(last > 12 ? { year: fiscalYear, month: last - 12 } : { year: fiscalYear - 1, month: last });
  }
  return latest;
}

/** "ปีงบประมาณ พ.ศ. 2566 รอบ 6 เดือน": the pieces a title gave, in Arabic digits (the caller writes them in its own); "" for none. */
export function periodText({ fiscalYear, roundMonths }: { fiscalYear: number | null; roundMonths: number | null }): string {
  return [fiscalYear !== null ? `ปีงบประมาณ พ.ศ. ${fiscalYear}` : "", roundMonths !== null ? `รอบ ${roundMonths} เดือน` : ""].filter(Boolean).join(" ");
}

/** Department, fiscal year (พ.ศ.) and round (months) as the sheet's title writes them; missing pieces are ""/null. */
export function parseTitle(title: string): { department: string; fiscalYear: number | null; roundMonths: number | null } {
  const text = fromThaiDigits(title).replace(/\s+/g, " ");
  const department = /(?:^|\s)((?:กรม|สำนัก|กระทรวง|สถาบัน)[^\s()]*)/.exec(text)?.[1] ?? "";
  const year = /ปีงบ(?:ประมาณ|ฯ|\.)?\s*(?:พ\.\s*ศ\.)?\s*(\d{4}|\d{2})(?!\d)/.exec(text) ?? /พ\.\s*ศ\.\s*(\d{4})(?!\d)/.exec(text);
  const fiscalYear = year ? buddhistEra(year[1]) : null; // "ปีงบประมาณ 66", or an AD year
  // "รอบ ๖ เดือน" first; else the last "N เดือน" (the period's dates never write "เดือน" after a number).
  const round = /รอบ\s*(\d{1,2})\s*เดือน/.exec(text) ?? [...text.matchAll(/(?<!\d)(\d{1,2})\s*เดือน/g)].pop();
  let roundMonths = round ? Number(round[1]) : /ครึ่งปี/.test(text) ? 6 : null;
  if (roundMonths !== null && (roundMonths < 1 || roundMonths > 12)) roundMonths = null;
  return { department, fiscalYear, roundMonths };
}

/**
 * The month a pending note names ("ทราบผล เดือน ก.ย. ๖๖" → September 2566). A note without a year
 * ("ทราบผลเดือนกันยายน") means that month of the fiscal year the report is in. Null when the note names no month
 * (with a year, or after "เดือน").
 */
export function dueMonth(note: string, end: ThaiMonth): ThaiMonth | null {
  for (const m of fromThaiDigits(note).matchAll(MONTH_YEAR)) {
    const month = monthIndex(m[2]);
    if (m[3] !== undefined) return { year: buddhistEra(m[3]), month };
    if (m[1] === undefined) continue;
    const fy = fiscalYear(end);
    return { year: month >= 10 ? fy - 1 : fy, month };
  }
  return null;
}

/** True when the round has reached the note's month: the result should be in by the time this report is made. */
export function isOverdue(note: string, end: ThaiMonth | null): boolean {
  if (!end) return false;
  const due = dueMonth(note, end);
  return due !== null && order(due) <= order(end);
}

/**
 * isOverdue for one report, answered once per distinct note: on a large sheet thousands of pending KPIs share a
 * handful of notes ("ทราบผล เดือน ก.ย. ๖๖"), and reading a month out of one takes a few regular expressions.
 */
export class OverdueNotes {
  private readonly answers = new Map<string, boolean>();
  constructor(readonly reportEnd: ThaiMonth | null) {}
  has(note: string): boolean {
    if (!this.reportEnd) return false;
    let answer = this.answers.get(note);
    if (answer === undefined) this.answers.set(note, (answer = isOverdue(note, this.reportEnd)));
    return answer;
  }
}

const ENGLISH_MONTHS = ["January", "February", "March", "April", "May", "June", "July", "August", "September", "October", "November", "December"];

/** "กันยายน 2566" and "September 2566 B.E.", for messages. */
export function monthText(m: ThaiMonth): Bilingual {
  return { th: `${THAI_MONTHS[m.month - 1]} ${m.year}`, en: `${ENGLISH_MONTHS[m.month - 1]} ${m.year} B.E.` };
}
