// The summary the HR officer sends the director after each round (๖, ๙, ๑๒ เดือน): what the scorecard
// says, in the words and digits of the sheet. Pure data; src/export turns it into .xlsx or CSV.
import { numerals } from "./display";
import { withoutKpiNumber } from "./kpiIdentity";
import { clean } from "./points";
import { parseTitle } from "./reportPeriod";
import { isoDate, thaiDate } from "./thaiDate";
import type { Kpi, KpiStatus, Scorecard } from "./types";

/** A dimension's or a goal's line: weight, points and how much of its weight the points reach. */
export interface SummaryPart {
  name: string;
  /** As written: a goal's weight within its dimension (น้ำหนัก CSFs), a dimension's out of 100. */
  weight: number | null;
  points: number;
  /**
   * Points as a percent of the share they are out of: a dimension's weight, or a goal's share of the total
   * (goal weight % × dimension weight); null without weights.
   */
  percent: number | null;
  weightText: string;
  pointsText: string;
  percentText: string;
}

export type SummaryGoal = SummaryPart;

export interface SummaryDimension extends SummaryPart {
  /** 1-based position in the sheet: the column "มิติ n" of a consolidation. */
  position: number;
  goals: SummaryGoal[];
}

export interface SummaryKpi {
  /** "3.7" (Arabic digits, as Kpi.id). */
  id: string;
  /** The number as the summary shows it ("๓.๗" on a Thai-digit sheet). */
  numberText: string;
  /** The KPI's name without its leading number and trailing "(unit) (running number)". */
  name: string;
  /** The owning unit (Kpi.owner), "" when the name names none. */
  owner: string;
  status: KpiStatus;
  /** What the summary's status column says: a pending KPI's own note ("ทราบผล เดือน ก.ย. ๖๖"), else the status. */
  statusText: string;
  /** Where the result is (or should be) on the source sheet. */
  cell: string;
}

/** The score among reported KPIs only; see reportedOnlyScore for the exact definition. */
export interface ReportedOnlyScore {
  label: string;
  note: string;
  /** Out of 100; null when no KPI has reported. */
  score: number | null;
  text: string;
  kpis: number;
  goals: number;
  dimensions: number;
}

export interface Summary {
  /** "สรุปผล HR Scorecard". */
  title: string;
  department: string;
  /** Buddhist-era fiscal year (2566), or null when the sheet's title does not say. */
  fiscalYear: number | null;
  /** 6, 9 or 12 (months into the fiscal year), or null. */
  roundMonths: number | null;
  /** "ปีงบประมาณ พ.ศ. ๒๕๖๖ รอบ ๖ เดือน"; only the known pieces, "" when none. */
  heading: string;
  sheetName: string;
  /** "2026-11-25". */
  exportDate: string;
  /** "25 พฤศจิกายน 2569" (Thai digits on a Thai-digit sheet). */
  exportDateText: string;
  thaiDigits: boolean;
  dimensions: SummaryDimension[];
  total: number;
  totalText: string;
  kpiCount: number;
  reportedCount: number;
  /** "รายงานผลแล้ว ๘ จาก ๒๒ ตัวชี้วัด". */
  reportedText: string;
  pending: SummaryKpi[];
  /** Missing and invalid results (status tells which). */
  missing: SummaryKpi[];
  reportedOnly: ReportedOnlyScore;
}

export const SUMMARY_TITLE = "สรุปผล HR Scorecard";

export const STATUS_TEXT: Record<KpiStatus, string> = {
  ok: "รายงานผลแล้ว",
  pending: "รอผล",
  missing: "ไม่มีข้อมูล",
  invalid: "ข้อมูลอ่านไม่ได้",
  excluded: "ไม่นับรวม (ยกเลิก/เริ่มรอบถัดไป)",
};

export function buildSummary(card: Scorecard, exportDate: Date): Summary {
  const n = numerals(card.thaiDigits);
  const digits = n.plain;
  const num = (v: number | null, decimals = 2) => (v === null ? "-" : n.decimal(v, decimals));
  const weightText = (w: number | null) => (w === null ? "-" : num(w, Number.isInteger(w) ? 0 : 2));
  // `share`: what the points are out of; 0 (no weight) gives no percent.
  const part = (p: { name: string; weight: number | null; points: number }, share: number): SummaryPart => {
    const percent = share ? clean((p.points / share) * 100) : null;
    return { name: p.name, weight: p.weight, points: p.points, percent, weightText: weightText(p.weight), pointsText: num(p.points), percentText: num(percent) };
  };
  const { department, fiscalYear, roundMonths } = parseTitle(card.title);

  const dimensions = card.dimensions.map((d, i): SummaryDimension => {
    const goals = d.goals.map((gi): SummaryGoal => {
      const g = card.goals[gi];
      return part(g, g.weight !== null && d.weight !== null ? (g.weight / 100) * d.weight : 0);
    });
    return { position: i + 1, ...part(d, d.weight ?? 0), goals };
  });

  // A pending result's note says when it is due, in the sheet's words: the flag on its result cell quotes it.
  const notes = new Map<string, string>();
  for (const f of card.flags) if ((f.code === "result-pending" || f.code === "result-overdue") && f.quoted) notes.set(f.cell, f.quoted);
  const listed = (k: Kpi): SummaryKpi => ({
    id: k.id, numberText: digits(k.id), name: kpiDisplayName(k), owner: k.owner, status: k.status,
    statusText: (k.status === "pending" ? notes.get(k.resultCell) : undefined) ?? STATUS_TEXT[k.status], cell: k.resultCell,
  });
  const reportedCount = card.kpis.filter((k) => k.status === "ok").length;
  const ro = reportedOnlyScore(card);
  const heading = [fiscalYear !== null ? `ปีงบประมาณ พ.ศ. ${fiscalYear}` : "", roundMonths !== null ? `รอบ ${roundMonths} เดือน` : ""].filter(Boolean).join(" ");

  return {
    title: SUMMARY_TITLE,
    department,
    fiscalYear,
    roundMonths,
    heading: digits(heading),
    sheetName: card.sheetName,
    exportDate: isoDate(exportDate),
    exportDateText: thaiDate(exportDate, { thaiDigits: card.thaiDigits }),
    thaiDigits: card.thaiDigits,
    dimensions,
    total: card.total,
    totalText: digits(card.totalText),
    kpiCount: card.kpis.length,
    reportedCount,
    reportedText: digits(`รายงานผลแล้ว ${reportedCount} จาก ${card.kpis.length} ตัวชี้วัด`),
    pending: card.kpis.filter((k) => k.status === "pending").map(listed),
    missing: card.kpis.filter((k) => k.status === "missing" || k.status === "invalid").map(listed),
    reportedOnly: {
      label: "คะแนนเฉพาะตัวชี้วัดที่รายงานผลแล้ว (ไม่ใช่คะแนนทางการ)",
      note: "ไม่นับตัวชี้วัดที่รอผล ไม่มีข้อมูล หรืออ่านค่าไม่ได้ และปรับน้ำหนักของตัวชี้วัด เป้าประสงค์ และมิติที่เหลือให้รวมเป็น ๑๐๐",
      score: ro.score,
      text: num(ro.score),
      kpis: ro.kpis,
      goals: ro.goals,
      dimensions: ro.dimensions,
    },
  };
}

/** "๑.๑ ร้อยละ… (สทส.) (๑)" → "ร้อยละ…": the number and unit have their own columns in the summary. */
export function kpiDisplayName(k: Pick<Kpi, "name" | "owner">): string {
  let name = withoutKpiNumber(k.name.trim());
  const unit = k.owner.replace(/[.*+?^${}()|[\]\\]/g, "\\$&");
  const tail = new RegExp(`\\s*\\((?:[0-9๐-๙]+${unit ? `|\\s*${unit}\\s*` : ""})\\)\\s*$`);
  for (let before = ""; before !== name; ) {
    before = name;
    name = name.replace(tail, "");
  }
  return name || k.name.trim();
}

/**
 * The score among reported KPIs only: what the round looks like if pending KPIs are left out, not the
 * official total (which counts them as 0). Precisely, with a = level ÷ 5 for each reported KPI:
 *   - reported = status "ok". Pending, missing and invalid KPIs are all left out: none has a result to score
 *     (counting missing/invalid as 0 would mix "not yet" with "wrong", and the official total already does that).
 *   - goal: the KPI weights of its reported KPIs are scaled to 100, goal = Σ a·w ÷ Σ w. A goal with no reported
 *     KPI (or whose reported KPIs weigh 0 or have no weight) is dropped.
 *   - dimension: the weights of its remaining goals are scaled to 100 likewise; no goal left → dropped.
 *   - total: the weights of the remaining dimensions are scaled to 100; score = 100 × Σ dim·W ÷ Σ W.
 * A missing weight counts as 0. With every KPI reported this equals the official total (weights adding to 100).
 */
export function reportedOnlyScore(card: Scorecard): { score: number | null; kpis: number; goals: number; dimensions: number } {
  let kpis = 0;
  let goals = 0;
  let dims = 0;
  const weighted = (parts: { value: number; weight: number }[]) => {
    const w = parts.reduce((s, p) => s + p.weight, 0);
    return w > 0 ? parts.reduce((s, p) => s + p.value * p.weight, 0) / w : null;
  };
  const dimParts: { value: number; weight: number }[] = [];
  for (const d of card.dimensions) {
    const goalParts: { value: number; weight: number }[] = [];
    let dimKpis = 0;
    for (const gi of d.goals) {
      const g = card.goals[gi];
      const reported = g.kpis.map((ki) => card.kpis[ki]).filter((k) => k.status === "ok");
      const value = weighted(reported.map((k) => ({ value: Math.min(Math.max((k.level ?? 0) / 5, 0), 1), weight: k.weight ?? 0 })));
      if (value === null) continue;
      dimKpis += reported.length;
      goalParts.push({ value, weight: g.weight ?? 0 });
    }
    const value = weighted(goalParts);
    if (value === null) continue;
    kpis += dimKpis;
    goals += goalParts.length;
    dims++;
    dimParts.push({ value, weight: d.weight ?? 0 });
  }
  const value = weighted(dimParts);
  return { score: value === null ? null : clean(value * 100), kpis, goals, dimensions: dims };
}
