// The one place that interprets raw cell content (after HyperFormula's CellContentParser):
// every other step asks parseCell what a cell means instead of looking at strings itself.
import { fromThaiDigits } from "./display";
import { clean } from "./points";
import type { CellContent, RawValue } from "./types";

// "ทราบผล เดือน ก.ย. ๖๖", "ทราบผล ก.ย. 66", "ทราบผลเดือนกันยายน", "รอผล", "อยู่ระหว่างดำเนินการ", "pending", "TBD".
const PENDING = /^(ทราบผล|รอผล|รอการประเมิน|รอประกาศผล|ยังไม่ทราบผล|ยังไม่มีผล|อยู่ระหว่าง|pending\b|tbd\b|to be (known|announced|reported))/i;
// A level that is not defined: "-", "–", "—", "N/A" where the sheet uses it for targets.
const UNDEFINED_LEVEL = /^[-–—−]$/;
const EXCEL_ERROR = /^#(N\/A|DIV\/0!|VALUE!|REF!|NAME\?|NUM!|NULL!|SPILL!|CALC!|GETTING_DATA|FIELD!|BLOCKED!|CONNECT!|BUSY!|UNKNOWN!)$/i;
// Digits with optional thousands separators, decimals, sign and a trailing percent sign.
const NUMBER = /^([+\-−]?)((?:\d{1,3}(?:,\d{3})+|\d+)(?:\.\d+)?|\.\d+)\s*(%?)$/;
const THAI_DIGIT = /[๐-๙]/;
// "ร้อยละ ๘๕" (percent 85): how the per-KPI forms write targets ("ระดับ ๑ ร้อยละ ๖๐"), so officers type it too.
const PERCENT_WORD = /^ร้อยละ\s*/;
// A level typed as words: "ระดับ ๓", "ระดับที่ 3", "Level 3".
const LEVEL_WORDS = /^(?:ระดับ(?:ที่)?|level)\s*([0-9]+(?:\.[0-9]+)?)$/i;

/**
 * True when an Excel number format shows digits as Thai digits: a locale tag for Thai (041E) with native digits
 * ("D0"), as in "[$-D00041E]0.00", "[$-D07041E]…" or "[$-th-TH,D00041E]…".
 */
export function isThaiDigitFormat(format: string | null | undefined): boolean {
  if (!format) return false;
  if (/\[\$-[^\]]*D[0-9A-F]{2}041E\]/i.test(format)) return true;
  // "[$-D000000]0": native digits ("D0") with no locale, as Thai Excel saves them; "t0.00%", "[$-D07041E]t#,##0.00":
  // a leading "t" (outside quotes and brackets) asks for Thai digits.
  if (/\[\$-D0{6}\]/i.test(format)) return true;
  return /^t/i.test(format.replace(/"[^"]*"|\[[^\]]*\]/g, "").trimStart());
}

/** True when an Excel number format shows values as percentages (a % outside quotes and brackets). */
export function isPercentFormat(format: string | null | undefined): boolean {
  if (!format) return false;
  return /%/.test(format.replace(/"[^"]*"|\[[^\]]*\]|\\./g, ""));
}

/**
 * What a cell means. Percentages are read as percent points (0.7 formatted "0%" and the text "70%" both give 70),
 * because every number on the scorecard (targets, weights, results) is written in percent points.
 */
export function parseCell(value: RawValue | undefined, numberFormat?: string | null): CellContent {
  if (value === null || value === undefined) return { kind: "blank" };
  if (typeof value === "boolean") return { kind: "error", text: String(value).toUpperCase() };
  if (typeof value === "number") {
    if (!Number.isFinite(value)) return { kind: "error", text: String(value) };
    const percent = isPercentFormat(numberFormat);
    return { kind: "number", value: percent ? scalePercent(value) : value, thaiDigits: isThaiDigitFormat(numberFormat), percent };
  }
  const text = value.replace(/[\u00a0\u200b\u2007\u202f]/g, " ").trim();
  if (text === "") return { kind: "blank" };
  if (UNDEFINED_LEVEL.test(text)) return { kind: "undefinedLevel" };
  if (EXCEL_ERROR.test(text)) return { kind: "error", text };
  const word = PERCENT_WORD.exec(text);
  const m = NUMBER.exec(fromThaiDigits(word ? text.slice(word[0].length) : text));
  if (m) {
    const n = Number(m[2].replace(/,/g, ""));
    return { kind: "number", value: m[1] ? -n : n, thaiDigits: THAI_DIGIT.test(text), percent: word !== null || m[3] === "%" };
  }
  if (PENDING.test(text)) return { kind: "pending", text };
  return { kind: "text", text };
}

// How a 5-point table writes a result that is not in: pending ("N/A", "-", "ยังไม่ทราบผล", "รอผล") or a KPI left
// out of this round ("ยกเลิกตัวชี้วัด", "เริ่มรอบถัดไป").
const NOT_APPLICABLE = /^(n\/?a|ไม่มีข้อมูล|ไม่มีผล)$/i;
const LEFT_OUT = /^(ยกเลิก|เริ่มรอบ(ถัดไป|หน้า)|เริ่มในรอบ|ไม่ประเมิน|cancel|dropped|starts? next)/i;

/**
 * What a result cell of a 5-point table says when it holds no number: "pending" (counts 0, keeps its weight),
 * "excluded" (left out, weight and all), or null (neither: the cell is unreadable, or names a score).
 */
export function resultWord(content: CellContent): "pending" | "excluded" | null {
  if (content.kind === "pending" || content.kind === "undefinedLevel") return "pending";
  if (content.kind === "error" && /^#N\/A$/i.test(content.text)) return "pending";
  if (content.kind !== "text") return null;
  if (LEFT_OUT.test(content.text)) return "excluded";
  return NOT_APPLICABLE.test(content.text) ? "pending" : null;
}

/**
 * The level a text names ("ระดับ ๓" → 3), or null. Only the level column reads levels this way: elsewhere
 * "ระดับ ๑" is a header label, which must stay text.
 */
export function levelInText(content: CellContent): number | null {
  if (content.kind !== "text") return null;
  const m = LEVEL_WORDS.exec(fromThaiDigits(content.text));
  return m ? Number(m[1]) : null;
}

// 0.7 * 100 is 70.00000000000001 in binary; keep the percent points the officer typed.
export function scalePercent(fraction: number): number {
  return clean(fraction * 100);
}

/** JavaScript's \s: what cellText collapses. Thai letters (U+0E00–0E7F) are answered by the second test. */
export function isSpace(code: number): boolean {
  if (code < 128) return code === 32 || (code >= 9 && code <= 13);
  if (code < 0x1680) return code === 0xa0;
  return code === 0x1680 || (code >= 0x2000 && code <= 0x200a) || code === 0x2028 || code === 0x2029 ||
    code === 0x202f || code === 0x205f || code === 0x3000 || code === 0xfeff;
}

/**
 * Whether cellText would change the text: whitespace leading or trailing, in a run, or other than " ". One scan,
 * no copy; it runs over every name on the sheet, so each character is classified once.
 */
function untidy(text: string): boolean {
  let afterSpace = true; // leading whitespace counts as a run
  for (let i = 0; i < text.length; i++) {
    const code = text.charCodeAt(i);
    if (!isSpace(code)) afterSpace = false;
    else if (code !== 32 || afterSpace) return true;
    else afterSpace = true;
  }
  return afterSpace && text.length > 0;
}

/** The cell as text for labels and names ("" for blank); numbers in their plain form. */
export function cellText(value: RawValue | undefined): string {
  if (value === null || value === undefined) return "";
  const text = String(value);
  // Most cells are already tidy: keep the string itself rather than copy it.
  return untidy(text) ? text.replace(/\s+/g, " ").trim() : text;
}
