// Every flag the engine raises, with its severity and its Thai and English message. Messages name the cell, in
// the glossary's words (glossary.ts: เซลล์ as Excel's Thai interface says it), and quote what a cell holds no
// longer than QUOTE_LENGTH characters.
import { fromThaiDigits, roundForDisplay, toThaiDigits } from "./display";
import { TERMS, type Bilingual } from "./glossary";
import type { ColumnRole, Flag, FlagCode, Severity } from "./types";
import { FIVE_POINT_NAMES, ROLE_NAMES } from "./columnLabels";
import { toAddress } from "./address";
import { clean } from "./points";
import type { CountedPart } from "./countLine";
import { monthText, type ThaiMonth } from "./reportPeriod";

export interface FlagParams {
  kpiId?: string;
  text?: string;
  value?: number | string;
  name?: string;
  sum?: number;
  what?: "weight" | "targets";
  other?: string;
  formula?: string;
  column?: string;
  /** count-line-differs: what is counted, the number the line states and the number in the table. */
  part?: CountedPart;
  stated?: number;
  found?: number;
  /** score-differs: the score the result gives (`value`: the score the cell holds). */
  computed?: number;
  /** result-overdue: the last month the report covers. */
  reportEnd?: ThaiMonth;
}

const SEVERITY: Record<FlagCode, Severity> = {
  "result-pending": "info",
  "result-overdue": "warning",
  "result-missing": "warning",
  "unreadable-number": "error",
  "targets-not-in-order": "error",
  "level-out-of-range": "error",
  "kpi-weights-sum": "error",
  "goal-weights-sum": "error",
  "dimension-weights-sum": "error",
  "kpi-incomplete": "error",
  "duplicate-kpi": "warning",
  "formula-in-output": "warning",
  "no-score-column": "warning",
  "no-total-row-space": "warning",
  "output-cell-merged": "warning",
  "count-line-differs": "warning",
  "weights-sum": "warning",
  "weight-negative": "error",
  "result-excluded": "info",
  "score-typed": "info",
  "score-differs": "warning",
};

const num = (n: number | undefined) => (n === undefined ? "" : String(clean(n)));
/** A 5-point score as its cell shows it, to at most 4 decimals: 3.6, 2.6667. */
const score = (n: number | string | undefined) => (n === undefined ? "" : String(roundForDisplay(Number(n), 4)));

/** เซลล์: the word for a cell in Thai messages. */
const CELL = TERMS.cell.th;

/** The longest quote of a cell's text in a message: a 50,000-character cell is named, not copied out. */
export const QUOTE_LENGTH = 80;

/** `text` as a message quotes it: cut at QUOTE_LENGTH characters (never inside a surrogate pair), with an ellipsis. */
export function quote(text: string | undefined): string {
  if (text === undefined || text.length <= QUOTE_LENGTH) return text ?? "";
  // Characters, not UTF-16 units; a text past twice the length in units certainly has more than enough.
  const chars = Array.from(text.slice(0, QUOTE_LENGTH * 2 + 2));
  return chars.length > QUOTE_LENGTH ? `${chars.slice(0, QUOTE_LENGTH).join("")}…` : text;
}

/**
 * The one number in a text the engine could not read ("๕๐ คน", "ไม่น้อยกว่าร้อยละ ๘๐"), as written; null where there
 * is none or more than one: the message then suggests typing that number alone.
 */
export function onlyNumberIn(text: string): string | null {
  const numbers = text.match(/[0-9๐-๙]+(?:,[0-9๐-๙]{3})*(?:\.[0-9๐-๙]+)?/g);
  return numbers?.length === 1 ? numbers[0] : null;
}

type Text = (p: FlagParams, cell: string) => Bilingual;

/** What a count line counts, as the sheet says it and in English. */
const PARTS: Record<CountedPart, Bilingual> = {
  dimensions: { th: "มิติ", en: "dimensions" },
  goals: { th: "เป้าประสงค์ (CSF)", en: "goals (CSFs)" },
  projects: { th: "แผนงาน/โครงการ", en: "projects" },
  kpis: { th: "ตัวชี้วัด", en: "KPIs" },
};

const TEXT: Record<FlagCode, Text> = {
  "result-pending": (p, cell) => ({
    th: `ตัวชี้วัด ${p.kpiId}: ยังไม่ทราบผล ("${p.text}") ใน${CELL} ${cell} นับเป็น ๐ คะแนนไว้ก่อน`,
    en: `KPI ${p.kpiId}: result pending ("${p.text}") in ${cell}, counted as 0 for now`,
  }),
  "result-overdue": (p, cell) => ({
    th: `ตัวชี้วัด ${p.kpiId}: ${CELL} ${cell} ยังเขียนว่า "${p.text}" แต่รายงานนี้ครอบคลุมถึงเดือน${monthText(p.reportEnd!).th} แล้ว ควรกรอกผล (นับเป็น ๐ คะแนนไว้ก่อน)`,
    en: `KPI ${p.kpiId}: ${cell} still says "${p.text}", but this report runs to ${monthText(p.reportEnd!).en}: the result should be in by now (counted as 0 until it is)`,
  }),
  "result-missing": (p, cell) => ({
    th: `ตัวชี้วัด ${p.kpiId}: ${CELL} ${cell} ว่าง ไม่มีผลการดำเนินงาน`,
    en: `KPI ${p.kpiId}: ${cell} is blank, no result`,
  }),
  "unreadable-number": (p, cell) => {
    // The 0 of "#DIV/0!" is no number the officer meant.
    const n = onlyNumberIn((p.text ?? "").replace(EXCEL_ERROR_VALUE, ""));
    return {
      th: `${CELL} ${cell}: อ่าน "${p.text}" เป็นตัวเลขไม่ได้${p.kpiId ? ` (ตัวชี้วัด ${p.kpiId})` : ""}${n ? ` ถ้าหมายถึง ${n} ให้พิมพ์เฉพาะตัวเลข` : ""}`,
      en: `${cell}: "${p.text}" is not a number${p.kpiId ? ` (KPI ${p.kpiId})` : ""}${n ? `; if you mean ${fromThaiDigits(n)}, type the number alone` : ""}`,
    };
  },
  "targets-not-in-order": (p, cell) => ({
    th: `ตัวชี้วัด ${p.kpiId}: ค่าเป้าหมายระดับ ๑–๕ (เริ่มที่ ${cell}) ไม่เรียงจากน้อยไปมากหรือมากไปน้อย`,
    en: `KPI ${p.kpiId}: targets 1–5 (from ${cell}) are neither ascending nor descending`,
  }),
  "level-out-of-range": (p, cell) => ({
    th: `ตัวชี้วัด ${p.kpiId}: ระดับ ${p.value} ใน${CELL} ${cell} อยู่นอกช่วง ๐–๕`,
    en: `KPI ${p.kpiId}: level ${p.value} in ${cell} is outside 0–5`,
  }),
  "kpi-weights-sum": (p, cell) => ({
    th: `เป้าประสงค์ "${p.name}": น้ำหนักตัวชี้วัดรวมได้ ${num(p.sum)} ไม่ใช่ ๑๐๐ (ตั้งแต่${CELL} ${cell})`,
    en: `Goal "${p.name}": KPI weights add up to ${num(p.sum)}, not 100 (from ${cell})`,
  }),
  "goal-weights-sum": (p, cell) => ({
    th: `มิติ "${p.name}": น้ำหนักเป้าประสงค์รวมได้ ${num(p.sum)} ไม่ใช่ ๑๐๐ (ตั้งแต่${CELL} ${cell})`,
    en: `Dimension "${p.name}": goal weights add up to ${num(p.sum)}, not 100 (from ${cell})`,
  }),
  "dimension-weights-sum": (p, cell) => ({
    th: `น้ำหนักมิติรวมได้ ${num(p.sum)} ไม่ใช่ ๑๐๐ (ตั้งแต่${CELL} ${cell})`,
    en: `Dimension weights add up to ${num(p.sum)}, not 100 (from ${cell})`,
  }),
  "kpi-incomplete": (p, cell) => ({
    th: `ตัวชี้วัด ${p.kpiId}: ไม่มี${p.what === "weight" ? "น้ำหนัก" : "ค่าเป้าหมาย"} (${CELL} ${cell})`,
    en: `KPI ${p.kpiId}: no ${p.what === "weight" ? "weight" : "targets"} (${cell})`,
  }),
  "duplicate-kpi": (p, cell) => ({
    th: `ตัวชี้วัด ${p.kpiId} ใน${CELL} ${cell} มีเลขซ้ำกับ${CELL} ${p.other}`,
    en: `KPI ${p.kpiId} in ${cell} has the same number as ${p.other}`,
  }),
  "formula-in-output": (p, cell) => ({
    th: `${CELL} ${cell} มีสูตร ${p.formula} จะไม่เขียนทับจนกว่าจะยืนยัน`,
    en: `${cell} holds the formula ${p.formula}; it is not overwritten unless you confirm`,
  }),
  "no-score-column": (p, cell) => {
    // value 5: a 5-point table, whose columns have names of their own (ค่าคะแนนที่ได้, not ผลงานตามระดับค่าเป้าหมาย).
    const names = (p.value === 5 ? FIVE_POINT_NAMES[p.column as ColumnRole] : undefined) ?? ROLE_NAMES[p.column as ColumnRole];
    return {
      th: `ไม่พบคอลัมน์ ${names?.th ?? p.column} ในหัวตาราง (${cell}): คำนวณได้แต่ไม่มีที่เขียนผล`,
      en: `No ${names?.en ?? p.column} column in the header (${cell}): computed, but there is nowhere to write it`,
    };
  },
  "no-total-row-space": (p, cell) => ({
    th: `แถวใต้ตาราง (${cell}) ไม่ว่าง จึงไม่ได้เขียนคะแนนรวม`,
    en: `The row under the table (${cell}) is not empty, so the total was not written`,
  }),
  "count-line-differs": (p, cell) => ({
    th: `บรรทัดสรุปท้ายตาราง (${cell}) ระบุ ${p.stated} ${PARTS[p.part!].th} แต่ในตารางมี ${p.found} ${PARTS[p.part!].th}`,
    en: `The count under the table (${cell}) says ${p.stated} ${PARTS[p.part!].en}, but the table has ${p.found}`,
  }),
  "weights-sum": (p, cell) => ({
    th: `น้ำหนักของตัวชี้วัดที่นับรวมได้ ${num(p.sum)} ไม่ใช่ ๑๐๐ (หรือ ๑) (ตั้งแต่${CELL} ${cell}): คะแนนถ่วงน้ำหนักหารด้วย ${num(p.sum)}`,
    en: `The weights of the KPIs that count add up to ${num(p.sum)}, not 100 (or 1) (from ${cell}): weighted scores are divided by ${num(p.sum)}`,
  }),
  "weight-negative": (p, cell) => ({
    th: `ตัวชี้วัด ${p.kpiId}: น้ำหนักใน${CELL} ${cell} ติดลบ (${num(Number(p.value))}) จึงไม่นับน้ำหนักนี้ ให้แก้เป็นค่าตั้งแต่ ๐ ขึ้นไป`,
    en: `KPI ${p.kpiId}: the weight in ${cell} is negative (${num(Number(p.value))}), so it is not counted; make it 0 or more`,
  }),
  "result-excluded": (p, cell) => ({
    th: `ตัวชี้วัด ${p.kpiId}: "${p.text}" ใน${CELL} ${cell} ไม่นับรวม ทั้งคะแนนและน้ำหนัก`,
    en: `KPI ${p.kpiId}: "${p.text}" in ${cell}, left out of the total, weight and all`,
  }),
  "score-typed": (p, cell) => ({
    th: `ตัวชี้วัด ${p.kpiId}: ไม่มีผลการดำเนินงานเป็นตัวเลข ใช้ค่าคะแนนที่พิมพ์ไว้ (${score(p.value)}) ใน${CELL} ${cell}`,
    en: `KPI ${p.kpiId}: no numeric result; the score typed in ${cell} (${score(p.value)}) is used`,
  }),
  "score-differs": (p, cell) => ({
    th: `ตัวชี้วัด ${p.kpiId}: ค่าคะแนนใน${CELL} ${cell} (${score(p.value)}) ไม่ตรงกับผลการดำเนินงาน ซึ่งได้ ${score(p.computed)} คะแนน จะเขียนค่าที่คำนวณได้แทน`,
    en: `KPI ${p.kpiId}: the score in ${cell} (${score(p.value)}) disagrees with the result, which gives ${score(p.computed)}; the computed score is written`,
  }),
  "output-cell-merged": (p, cell) => ({
    th: `${CELL} ${cell} ถูกผสานรวมกับ${CELL} ${p.other} ซึ่งไม่ใช่${CELL}ผลลัพธ์ จึงไม่ได้เขียนผล`,
    en: `${cell} is merged into ${p.other}, which is not an output cell, so nothing was written there`,
  }),
};

// A large sheet raises thousands of flags (one per pending KPI) and most messages are never shown: each text is
// built the first time it is read, by getters on the class, so a flag is one small object of one shape. Being
// getters, the messages are not own properties: toJSON puts them back for JSON (reports, saved state), and code
// that copies a flag reads its fields by name.
class EngineFlag implements Flag {
  readonly severity: Severity;
  readonly cell: string;
  readonly kpiId: string | undefined;
  private th: string | undefined = undefined;
  private en: string | undefined = undefined;

  constructor(readonly code: FlagCode, readonly row: number, readonly col: number, private readonly params: FlagParams) {
    this.severity = SEVERITY[code];
    this.cell = toAddress(row, col);
    this.kpiId = params.kpiId;
  }

  get message(): string {
    const p = quotedShort(this.params);
    const rowId = p.kpiId?.startsWith("row ");
    return (this.th ??= thaiNumbers(TEXT[this.code](rowId ? { ...p, kpiId: p.kpiId!.replace(/^row /, "แถว ") } : p, this.cell).th));
  }

  get messageEn(): string {
    return (this.en ??= TEXT[this.code](quotedShort(this.params), this.cell).en);
  }

  get quoted(): string | undefined {
    return this.params.text;
  }

  toJSON(): Flag {
    const { code, severity, cell, row, col, kpiId, quoted, message, messageEn } = this;
    return { code, severity, cell, row, col, ...(kpiId === undefined ? {} : { kpiId }), ...(quoted === undefined ? {} : { quoted }), message, messageEn };
  }
}

/** The params with every quoted cell text (text, name, formula) cut to QUOTE_LENGTH; the same object when none is longer. */
function quotedShort(p: FlagParams): FlagParams {
  const long = (t: string | undefined) => t !== undefined && t.length > QUOTE_LENGTH;
  if (!long(p.text) && !long(p.name) && !long(p.formula)) return p;
  const out = { ...p };
  if (long(p.text)) out.text = quote(p.text);
  if (long(p.name)) out.name = quote(p.name);
  if (long(p.formula)) out.formula = quote(p.formula);
  return out;
}

export function makeFlag(code: FlagCode, row: number, col: number, params: FlagParams = {}): Flag {
  return new EngineFlag(code, row, col, params);
}

const isDigit = (code: number) => code >= 48 && code <= 57;
// A digit run right after one of these is part of a cell address (A1, $B$2) or of a number already passed.
const isAddressPart = (code: number) => (code >= 65 && code <= 90) || code === 36 || code === 46 || isDigit(code);

// Excel's error values are names, as Excel shows them in every language: "#DIV/0!" never becomes "#DIV/๐!".
const EXCEL_ERROR_VALUE = /#(?:DIV\/0!|N\/A|REF!|VALUE!|NAME\?|NUM!|NULL!|SPILL!|CALC!|GETTING_DATA|FIELD!|BLOCKED!|CONNECT!|BUSY!|UNKNOWN!)/gi;

/** Where `text` holds an error value: [start, end) pairs, flattened; [] when it has none (the usual case). */
function errorValueSpans(text: string): number[] {
  if (text.indexOf("#") < 0) return [];
  const spans: number[] = [];
  for (const m of text.matchAll(EXCEL_ERROR_VALUE)) spans.push(m.index!, m.index! + m[0].length);
  return spans;
}

/**
 * Thai messages show the KPI numbers and sums in Thai digits, as the sheet does, but leave cell addresses (A1)
 * and Excel's error values (#DIV/0!) alone: what `text.replace(/(?<![A-Z$\d.])\d+(\.\d+)*\/g, toThaiDigits)`
 * does outside error values, as one scan (a flag is made for every pending KPI, thousands on a large sheet).
 */
export function thaiNumbers(text: string): string {
  let out = "";
  let from = 0;
  const spans = errorValueSpans(text);
  for (let i = 0, span = 0; i < text.length; i++) {
    if (span < spans.length && i >= spans[span]) {
      i = spans[span + 1] - 1; // past the error value
      span += 2;
      continue;
    }
    if (!isDigit(text.charCodeAt(i)) || (i > 0 && isAddressPart(text.charCodeAt(i - 1)))) continue;
    let end = i; // past \d+(\.\d+)*: the first run, then each "." followed by a digit and its run
    do {
      end++;
      while (isDigit(text.charCodeAt(end))) end++;
    } while (text.charCodeAt(end) === 46 && isDigit(text.charCodeAt(end + 1)));
    out += text.slice(from, i) + toThaiDigits(text.slice(i, end));
    from = end;
    i = end - 1;
  }
  return from === 0 ? text : out + text.slice(from);
}

/** Collects flags as the pipeline runs. */
export class FlagList {
  readonly items: Flag[] = [];
  add(code: FlagCode, row: number, col: number, params: FlagParams = {}): void {
    this.items.push(makeFlag(code, row, col, params));
  }
}
