// Who a KPI is: its number as written ("๓.๗ ร้อยละ…" → "3.7") and the unit that owns it ("(สทส.)").
import { fromThaiDigits } from "./display";

const NUMBER_PREFIX = /^\s*(?:ตัวชี้วัดที่|kpi)?\s*([0-9๐-๙]+(?:\.[0-9๐-๙]+)*)(?=[\s.)]|$)/i;
// Thai unit abbreviations end in a full stop or ฯ: สทส., กกจ. กลุ่มวินัยฯ, ป.ป.ช.
const UNIT_LIKE = /[ก-ฮ]\.|ฯ/;

/** The KPI number written at the start of its name, in Arabic digits, or null. */
export function kpiNumber(name: string): string | null {
  const m = NUMBER_PREFIX.exec(name);
  return m ? fromThaiDigits(m[1]) : null;
}

/** The name without the KPI number it starts with (and the full stop and spaces after it): "๓.๗ ร้อยละ…" → "ร้อยละ…". */
export function withoutKpiNumber(name: string): string {
  const m = NUMBER_PREFIX.exec(name);
  return m ? name.slice(m[0].length).replace(/^\.?\s*/, "") : name;
}

export function kpiId(name: string, row: number): string {
  return kpiNumber(name) ?? `row ${row + 1}`;
}

/** The owning unit: the last parenthesised group that reads like a unit, skipping running numbers "(๑๔)". */
export function kpiOwner(name: string): string {
  // Groups right to left (the last unit wins): a ")" whose nearest parenthesis before it is "(".
  for (let close = name.lastIndexOf(")"); close > 0; close = name.lastIndexOf(")", close - 1)) {
    let open = close - 1;
    while (open >= 0 && name[open] !== "(" && name[open] !== ")") open--;
    if (open < 0 || name[open] !== "(") continue;
    const group = name.slice(open + 1, close).trim();
    if (!/^[0-9๐-๙]+$/.test(group) && UNIT_LIKE.test(group)) return group;
  }
  return "";
}
