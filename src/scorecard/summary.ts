// The summary the HR officer sends the director after each round (๖, ๙, ๑๒ เดือน): what the scorecard
// says, in the words and digits of the sheet. Pure data; src/export turns it into .xlsx or CSV.
import { compare, type Comparison } from "./compare";
import { fromThaiDigits, numerals, roundForDisplay, SCALE_DECIMALS, type Numerals } from "./display";
import { withoutKpiNumber } from "./kpiIdentity";
import { FIVE_POINT_TOTAL_LABEL, TOTAL_LABEL } from "./plan";
import { clean, countedWeight, weightedScore } from "./points";
import { parseTitle, periodText } from "./reportPeriod";
import { hasResults, oldestFirst } from "./roundOrder";
import { isoDate, thaiDate } from "./thaiDate";
import type { BlockScorecard, Kpi, KpiStatus, Scale, Scorecard } from "./types";

/** A dimension's or a goal's line: weight, points and how much of its weight the points reach. */
export interface SummaryPart {
  name: string;
  /** As written: a goal's weight within its dimension (น้ำหนัก CSFs), a dimension's out of 100. */
  weight: number | null;
  points: number;
  /**
   * Points as a percent of the share they are out of: a dimension's weight, or a goal's share of the total
   * (goal weight % × dimension weight); on the 5-point scale, of the weighted score its counted KPIs could reach
   * (5 × their weights ÷ the counted weights); null without weights.
   */
  percent: number | null;
  weightText: string;
  pointsText: string;
  percentText: string;
  /** 5-point scale: the weighted score its counted KPIs could reach (what percent is of). */
  outOf?: number;
}

export type SummaryGoal = SummaryPart;

export interface SummaryDimension extends SummaryPart {
  /** 1-based position in the sheet: the column "มิติ n" of a consolidation. */
  position: number;
  /** The dimension the engine gives a 5-point table without group rows (no row of its own): its points are the total. */
  made?: true;
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

/**
 * A line of the 5-point summary's score table, in the table's order: a group row as the sheet names it, or a KPI
 * with its weight, score (ค่าคะแนนที่ได้) and weighted score (คะแนนถ่วงน้ำหนัก).
 */
export interface SummaryLine {
  kind: "dimension" | "goal" | "kpi";
  /** The KPI's number as the summary shows it; "" for a group. */
  numberText: string;
  name: string;
  /** A KPI's weight as written; a group's weight as its label states it ("(น้ำหนักร้อยละ 50)"), else null. */
  weight: number | null;
  /** A KPI's score 0–5; null for groups and KPIs left out (cancelled, next round). */
  score: number | null;
  /** A KPI's weighted score, a group's sum; null for KPIs left out. */
  points: number | null;
  status: KpiStatus | null;
  /** What the remark column says: a typed score, a pending note, why a KPI is left out; "" otherwise. */
  statusText: string;
  /** With a previous round: the change of its weighted score since then ("▲ +0.2500", "ใหม่"). */
  change?: string;
}

/** The score among reported KPIs only; see reportedOnlyScore and fivePointReportedOnly for the exact definitions. */
export interface ReportedOnlyScore {
  label: string;
  note: string;
  /** Out of 100 (HR Scorecard) or 5; null when no KPI has reported. */
  score: number | null;
  /**
   * Whether the summary shows it: always on the HR Scorecard; on the 5-point scale only where it differs from
   * the total (see fivePointReportedOnly).
   */
  shown: boolean;
  text: string;
  kpis: number;
  goals: number;
  dimensions: number;
}

export interface Summary {
  /** 100: the HR Scorecard; 5: the performance-agreement table (คำรับรองการปฏิบัติราชการ). */
  scale: Scale;
  /** "สรุปผล HR Scorecard"; on the 5-point scale the table's own title ("ตารางสรุปผลการปฏิบัติราชการตาม…"). */
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
  /** "คะแนน HR Scorecard (เต็ม ๑๐๐ คะแนน)" or "คะแนนรวม (เต็ม ๕ คะแนน)". */
  totalLabel: string;
  /** Decimals the scores are shown with: 2 on the HR Scorecard, 4 on the 5-point scale. */
  decimals: 2 | 4;
  kpiCount: number;
  reportedCount: number;
  /** "รายงานผลแล้ว ๘ จาก ๒๒ ตัวชี้วัด". */
  reportedText: string;
  pending: SummaryKpi[];
  /** Missing and invalid results (status tells which). */
  missing: SummaryKpi[];
  /** Cancelled and next-round KPIs (5-point scale), left out weight and all. */
  excluded: SummaryKpi[];
  /** 5-point scale: the score table, groups and KPIs in the sheet's order. */
  lines?: SummaryLine[];
  reportedOnly: ReportedOnlyScore;
  /** With a previous round: the change since it, as the summary's change column shows it. */
  change?: SummaryChange;
  /**
   * With earlier rounds (the result blocks before this one on its sheet, or the files given as earlier rounds):
   * each round's total, oldest first and this one last, for the chart of totals by round.
   */
  rounds?: SummaryRound[];
}

/** One round's total, for the chart of totals by round. */
export interface SummaryRound {
  /** "รอบ 6 เดือน" as the block's heading or the sheet's title names it; "ปีงบประมาณ 2566 รอบ 12 เดือน" across years. */
  label: string;
  total: number;
  /** The round this summary is of. */
  current: boolean;
}

/**
 * The change since the previous round, texts with an arrow and the sign ("▲ +๔๑.๐๘", "▼ -๑.๐๐", "= ๐.๐๐") so
 * that a printout in black and white still says which way: the total, each dimension, and each dimension's goals
 * in the summary's order ("ใหม่" for a group the previous round did not have).
 */
export interface SummaryChange {
  /** "เทียบกับรอบก่อน (ปีงบประมาณ พ.ศ. ๒๕๖๖ รอบ ๖ เดือน)": the previous round as its title names it. */
  heading: string;
  total: number;
  totalText: string;
  dimensions: string[];
  goals: string[][];
  /** Each KPI's, in the card's order: the change of its points (weighted score), "ใหม่" for a KPI added since. */
  kpis: string[];
}

export const SUMMARY_TITLE = "สรุปผล HR Scorecard";
/** The 5-point summary's title when the sheet writes none above its table. */
export const FIVE_POINT_TITLE = "ตารางสรุปผลการปฏิบัติราชการตามคำรับรองการปฏิบัติราชการ";

export const STATUS_TEXT: Record<KpiStatus, string> = {
  ok: "รายงานผลแล้ว",
  pending: "รอผล",
  missing: "ไม่มีข้อมูล",
  invalid: "ข้อมูลอ่านไม่ได้",
  excluded: "ไม่นับรวม (ยกเลิก/เริ่มรอบถัดไป)",
};

/** "▲ +6.75", "▼ -5.00", "= 0.00": the sign and an arrow, read without colour. */
export function signedChange(change: number, n: Numerals, decimals: number): string {
  const shown = n.decimal(Math.abs(change), decimals);
  if (roundForDisplay(change, decimals) === 0) return `= ${shown}`;
  return change > 0 ? `▲ +${shown}` : `▼ -${shown}`;
}

/** The change column of a summary: `previous` is compare(previous round, card), the card's groups first in its order. */
function changeSince(card: Scorecard, previous: Comparison, previousName?: string): SummaryChange {
  const n = numerals(card.thaiDigits);
  const decimals = SCALE_DECIMALS[card.scale];
  const text = (g: { old: number | null; change: number } | undefined) => (!g || g.old === null ? "ใหม่" : signedChange(g.change, n, decimals));
  const when = periodText(previous.old);
  return {
    heading: n.plain(previousName ? `เทียบกับ ${previousName}` : when ? `เทียบกับรอบก่อน (${when})` : "เทียบกับรอบก่อน"),
    total: previous.totalChange,
    totalText: signedChange(previous.totalChange, n, decimals),
    dimensions: card.dimensions.map((_, i) => text(previous.dimensions[i])),
    goals: card.dimensions.map((d) => d.goals.map((gi) => text(previous.goals[gi]))),
    // compare lists the new round's KPIs first, in its order: entry i is card.kpis[i].
    kpis: card.kpis.map((_, i) => {
      const k = previous.kpis[i];
      return !k || k.old === null ? "ใหม่" : signedChange(k.pointsChange, n, decimals);
    }),
  };
}

/**
 * The rounds before this one on a sheet with result blocks: the blocks before the one the scorecard scores, in
 * time (roundOrder.ts), that hold a result (a block nobody has filled in is no round yet), oldest first, each with
 * its heading ("รอบ 6 เดือน").
 */
export function earlierBlocks(card: Scorecard): BlockScorecard[] {
  const blocks = oldestFirst(card.blocks ?? []);
  const at = blocks.findIndex((b) => b.scorecard === card || (card.block !== undefined && b.heading === card.block));
  return blocks.slice(0, Math.max(at, 0)).filter((b) => hasResults(b.scorecard));
}

/**
 * The label of each round for the chart: the block's heading; for rounds of their own files or sheets, the round
 * as the title names it ("รอบ 6 เดือน"), with the fiscal year where the rounds span more than one, else the sheet's
 * name, else "รอบที่ n"; each label told apart from the others.
 */
function roundLabels(cards: { scorecard: Scorecard; heading?: string }[], n: Numerals): string[] {
  const titles = cards.map((c) => parseTitle(c.scorecard.title));
  const years = new Set(titles.map((t) => t.fiscalYear).filter((y) => y !== null));
  const labels = cards.map((c, i) => {
    if (c.heading) return c.heading;
    const { fiscalYear, roundMonths } = titles[i];
    const year = years.size > 1 && fiscalYear !== null ? `ปีงบประมาณ ${fiscalYear}` : "";
    const round = roundMonths !== null ? `รอบ ${roundMonths} เดือน` : "";
    return n.plain([year, round].filter(Boolean).join(" "));
  });
  const unique = (list: string[]) => list.every((l) => l !== "" && list.indexOf(l) === list.lastIndexOf(l));
  if (unique(labels)) return labels;
  const sheets = cards.map((c) => c.scorecard.sheetName);
  if (cards.every((c) => !c.heading) && unique(sheets)) return sheets;
  return labels.map((l, i) => (l && labels.indexOf(l) === labels.lastIndexOf(l) ? l : n.plain(`รอบที่ ${i + 1}`)));
}

/**
 * `earlier`: the rounds before this one, oldest first (`scorecard export --previous`, given once per round): the
 * change column compares with the last of them, and the chart of totals by round shows them all. Without them, on
 * a sheet with result blocks, the blocks before this one (earlierBlocks). A round on another scale is left out.
 */
export function buildSummary(card: Scorecard, exportDate: Date, earlier: readonly Scorecard[] = []): Summary {
  const before = earlier.length
    ? earlier.filter((c) => c.scale === card.scale).map((scorecard) => ({ scorecard, heading: undefined as string | undefined }))
    : earlierBlocks(card);
  const last = before.at(-1);
  const compared = last ? compare(last.scorecard, card) : null;
  const change = compared?.ok ? changeSince(card, compared.comparison, last?.heading) : undefined;
  const labels = roundLabels([...before, { scorecard: card, heading: card.block }], numerals(card.thaiDigits));
  const rounds = before.length
    ? [...before.map((b, i) => ({ label: labels[i], total: b.scorecard.total, current: false })), { label: labels[before.length], total: card.total, current: true }]
    : undefined;
  const five = card.scale === 5;
  const n = numerals(card.thaiDigits);
  const digits = n.plain;
  const num = (v: number | null, decimals = 2) => (v === null ? "-" : n.decimal(v, decimals));
  const weightText = (w: number | null) => (w === null ? "-" : num(w, Number.isInteger(w) ? 0 : 2));
  // `share`: what the points are out of; 0 (no weight) gives no percent.
  const part = (p: { name: string; weight: number | null; points: number }, share: number): SummaryPart => {
    const percent = share ? clean((p.points / share) * 100) : null;
    const line = { name: p.name, weight: p.weight, points: p.points, percent, weightText: weightText(p.weight), pointsText: num(p.points, SCALE_DECIMALS[card.scale]), percentText: num(percent) };
    return five ? { ...line, outOf: share } : line;
  };
  const { department, fiscalYear, roundMonths } = parseTitle(card.title);
  const ro = five ? fivePointReportedOnly(card) : { ...reportedOnlyScore(card), shown: true };
  // 5-point: what a group's counted KPIs could reach, 5 × their weights ÷ the weights that count (the rule the
  // total used: pending KPIs out of the sum where the reported-only figure is the total itself).
  const pendingOut = five && ro.shown === false && card.kpis.some((k) => k.status === "pending");
  const counted = five ? countedWeight(card.kpis, pendingOut) : 0;
  const reachable = (kpis: number[]) => (counted > 0 ? (5 * countedWeight(kpis.map((i) => card.kpis[i]), pendingOut)) / counted : 0);
  const dimensions = card.dimensions.map((d, i): SummaryDimension => {
    const goals = d.goals.map((gi): SummaryGoal => {
      const g = card.goals[gi];
      return part(g, five ? reachable(g.kpis) : g.weight !== null && d.weight !== null ? (g.weight / 100) * d.weight : 0);
    });
    const made = five && d.labelRow === undefined ? { made: true as const } : {};
    return { position: i + 1, ...part(d, five ? reachable(d.goals.flatMap((gi) => card.goals[gi].kpis)) : (d.weight ?? 0)), goals, ...made };
  });
  // A pending result's note says when it is due, in the sheet's words: the flag on its result cell quotes it; an
  // excluded one's flag quotes the word that leaves it out ("ยกเลิกตัวชี้วัด").
  const notes = new Map<string, string>();
  for (const f of card.flags) if ((f.code === "result-pending" || f.code === "result-overdue" || f.code === "result-excluded") && f.quoted) notes.set(f.cell, f.quoted);
  const statusText = (k: Kpi): string => {
    const note = notes.get(k.resultCell);
    if (!five) return (k.status === "pending" ? note : undefined) ?? STATUS_TEXT[k.status];
    // "N/A" alone does not say what it means: the 5-point summary says the status, then the sheet's word.
    if (k.status === "pending") return note && note !== STATUS_TEXT.pending ? `${STATUS_TEXT.pending} (${note})` : STATUS_TEXT.pending;
    if (k.status === "excluded") return note ? `${note} (ไม่นับคะแนนและน้ำหนัก)` : STATUS_TEXT.excluded;
    if (k.status === "ok" && !k.levelComputed) return "ค่าคะแนนที่กรอกไว้ (ไม่มีผลเป็นตัวเลข)";
    return k.status === "ok" ? "" : STATUS_TEXT[k.status];
  };
  const listed = (k: Kpi): SummaryKpi => ({
    id: k.id, numberText: digits(k.id), name: kpiDisplayName(k), owner: k.owner, status: k.status, statusText: statusText(k), cell: k.resultCell,
  });
  const reportedCount = card.kpis.filter((k) => k.status === "ok").length;
  const heading = periodText({ fiscalYear, roundMonths });
  return {
    scale: card.scale,
    title: five ? fivePointTitle(card.title) : SUMMARY_TITLE,
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
    totalLabel: five ? FIVE_POINT_TOTAL_LABEL : digits(TOTAL_LABEL),
    decimals: SCALE_DECIMALS[card.scale],
    kpiCount: card.kpis.length,
    reportedCount,
    reportedText: digits(`รายงานผลแล้ว ${reportedCount} จาก ${card.kpis.length} ตัวชี้วัด`),
    pending: card.kpis.filter((k) => k.status === "pending").map(listed),
    missing: card.kpis.filter((k) => k.status === "missing" || k.status === "invalid").map(listed),
    excluded: card.kpis.filter((k) => k.status === "excluded").map(listed),
    ...(five ? { lines: fivePointLines(card, listed, change) } : {}),
    reportedOnly: {
      label: five ? "คะแนนรวมเมื่อไม่นับตัวชี้วัดที่รอผล (ไม่ใช่คะแนนทางการของแผ่นงานนี้)" : "คะแนนเฉพาะตัวชี้วัดที่รายงานผลแล้ว (ไม่ใช่คะแนนทางการ)",
      note: five
        ? "ไม่นับตัวชี้วัดที่รอผลทั้งคะแนนและน้ำหนัก (แบบที่บางกระทรวงใช้) · ที่ไม่มีข้อมูลหรืออ่านค่าไม่ได้นับเป็น ๐ · ที่ยกเลิกหรือเริ่มรอบถัดไปไม่นับ"
        : "ไม่นับตัวชี้วัดที่รอผล ไม่มีข้อมูล หรืออ่านค่าไม่ได้ และปรับน้ำหนักของตัวชี้วัด เป้าประสงค์ และมิติที่เหลือให้รวมเป็น ๑๐๐",
      score: ro.score,
      shown: ro.shown,
      text: num(ro.score, SCALE_DECIMALS[card.scale]),
      kpis: ro.kpis,
      goals: ro.goals,
      dimensions: ro.dimensions,
    },
    ...(change ? { change } : {}),
    ...(rounds ? { rounds } : {}),
  };
}

/** The 5-point table's own title, its first line above the table ("ตารางสรุปผลการปฏิบัติราชการตาม…"), or ours. */
function fivePointTitle(title: string): string {
  const first = title.split("\n")[0].trim();
  return /ตาราง|สรุป|รายงาน|คำรับรอง|ผลการปฏิบัติ/.test(first) ? first : FIVE_POINT_TITLE;
}

/**
 * The score table of a 5-point summary: the groups the sheet writes (dimension and goal rows with a label row of
 * their own; the goal the engine makes for KPIs straight under a dimension has none and no line), each followed
 * by its KPIs.
 */
function fivePointLines(card: Scorecard, listed: (k: Kpi) => SummaryKpi, change?: SummaryChange): SummaryLine[] {
  const lines: SummaryLine[] = [];
  const changed = (text: string | undefined) => (change && text !== undefined ? { change: text } : {});
  const group = (kind: "dimension" | "goal", g: { name: string; weight: number | null; points: number }, text?: string): SummaryLine => ({
    kind, numberText: "", name: g.name, weight: g.weight, score: null, points: g.points, status: null, statusText: "", ...changed(text),
  });
  for (const [di, d] of card.dimensions.entries()) {
    if (d.labelRow !== undefined) lines.push(group("dimension", d, change?.dimensions[di]));
    for (const [gp, gi] of d.goals.entries()) {
      const g = card.goals[gi];
      if (g.labelRow !== undefined) lines.push(group("goal", g, change?.goals[di][gp]));
      for (const ki of g.kpis) {
        const k = card.kpis[ki];
        const s = listed(k);
        const out = k.status === "excluded";
        lines.push({ kind: "kpi", numberText: s.numberText, name: s.name, weight: k.weight, score: out ? null : k.level, points: out ? null : k.points, status: k.status, statusText: s.statusText, ...changed(out ? "-" : change?.kpis[ki]) });
      }
    }
  }
  return lines;
}

/**
 * The 5-point scale's "score among reported KPIs": the total under the rule some ministries use, pending KPIs
 * left out of the sum of weights (the per-sheet setting pendingOutOfSum), so that it is a figure an office may
 * actually report, not one of our own making. Missing and unreadable KPIs keep their weight and score 0, and
 * cancelled and next-round ones stay out, exactly as the engine counts them with that setting on.
 * It is shown only where it differs from the total: with no pending KPI, or on a sheet already set to leave
 * pending KPIs out, it IS the total, and a second box holding the same figure would suggest two rules where
 * there is one.
 */
export function fivePointReportedOnly(card: Scorecard): { score: number | null; shown: boolean; kpis: number; goals: number; dimensions: number } {
  const counted = countedWeight(card.kpis, true);
  const reported = card.kpis.filter((k) => k.status === "ok");
  const score = reported.length && counted > 0 ? reported.reduce((s, k) => s + weightedScore(k.level, k.weight, counted), 0) : null;
  const pending = card.kpis.some((k) => k.status === "pending");
  const same = score !== null && roundForDisplay(score, 4) === roundForDisplay(card.total, 4);
  const goals = new Set(reported.map((k) => k.goalIndex));
  const dimensions = new Set(reported.map((k) => k.dimensionIndex));
  return { score, shown: pending && !same, kpis: reported.length, goals: goals.size, dimensions: dimensions.size };
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

/**
 * Whether the summary's own title already says its fiscal year and round ("… ประจำปีงบประมาณ พ.ศ. 2567 รอบ 12
 * เดือน"), in either digits: a one-line title that says them needs no second line saying them again.
 */
export function titleSaysPeriod(s: Pick<Summary, "title" | "fiscalYear" | "roundMonths">): boolean {
  const title = fromThaiDigits(s.title);
  const saysYear = s.fiscalYear !== null && title.includes(String(s.fiscalYear));
  return saysYear && (s.roundMonths === null || new RegExp(`(?<!\\d)${s.roundMonths}\\s*เดือน`).test(title));
}
