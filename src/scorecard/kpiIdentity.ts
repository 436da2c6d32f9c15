// Who a KPI is: its number as written ("๓.๗ ร้อยละ…" → "3.7") and the unit that owns it ("(สทส.)").
import { fromThaiDigits } from "./display";

const NUMBER_PREFIX = /^\s*(?:ตัวชี้วัดที่|kpi)?\s*([0-9๐-๙]+(?:\.[0-9๐-๙]+)*)(?=[\s.)]|$)/i;
const PARENTHESES = /\(([^()]*)\)/g;
// Thai unit abbreviations end in a full stop or ฯ: สทส., กกจ. กลุ่มวินัยฯ, ป.ป.ช.
const UNIT_LIKE = /[ก-ฮ]\.|ฯ/;

/** The KPI number written at the start of its name, in Arabic digits, or null. */
export function kpiNumber(name: string): string | null {
  const m = NUMBER_PREFIX.exec(name);
  return m ? fromThaiDigits(m[1]) : null;
}

export function kpiId(name: string, row: number): string {
  return kpiNumber(name) ?? `row ${row + 1}`;
}

/** The owning unit: the last parenthesised group that reads like a unit, skipping running numbers "(๑๔)". */
export function kpiOwner(name: string): string {
  const groups = [...name.matchAll(PARENTHESES)].map((m) => m[1].trim());
  const units = groups.filter((g) => !/^[0-9๐-๙]+$/.test(g) && UNIT_LIKE.test(g));
  return units.length ? units[units.length - 1] : "";
}
