// Two rounds of one scorecard side by side (6 and 12 months, this year and last): what each KPI, dimension and
// goal scored before and after, and what happened to each KPI. KPIs are matched by their number, then by their
// name; a pair the two rules cannot settle (two KPIs of one name or number) is listed, never guessed.
import { roundForDisplay } from "./display";
import { kpiNumber, withoutKpiNumber } from "./kpiIdentity";
import { parseTitle } from "./reportPeriod";
import { TERMS, type Bilingual, type Term } from "./glossary";
import type { Kpi, KpiStatus, Scale, Scorecard } from "./types";

/**
 * What happened to a KPI between the rounds. "came-in": no result before (pending, missing), reported now;
 * "newly-pending": reported before, not now; "unmatched": a KPI the number and name rules could not pair.
 */
export type KpiChange = "came-in" | "up" | "down" | "unchanged" | "still-pending" | "newly-pending" | "added" | "removed" | "unmatched";

/** The order the report lists the changes in: what a director asks about first. */
export const CHANGE_ORDER: readonly KpiChange[] = ["came-in", "up", "down", "newly-pending", "still-pending", "unchanged", "added", "removed", "unmatched"];

/** Each change's name, as the report, the pane and the changes file head its list. */
export const CHANGE_TERMS: Record<KpiChange, Term> = {
  "came-in": TERMS.cameIn,
  up: TERMS.wentUp,
  down: TERMS.wentDown,
  "newly-pending": TERMS.pendingAgain,
  "still-pending": TERMS.stillPending,
  unchanged: TERMS.unchanged,
  added: TERMS.newKpi,
  removed: TERMS.goneKpi,
  unmatched: TERMS.unpaired,
};

/** One side of a KPI: its level (the score 0–5 on a 5-point table), points and status in that round. */
export interface KpiSide {
  id: string;
  name: string;
  level: number | null;
  points: number;
  status: KpiStatus;
  /** Address of the KPI's name cell on its sheet. */
  cell: string;
}

export interface KpiComparison {
  old: KpiSide | null;
  new: KpiSide | null;
  change: KpiChange;
  /** Points after minus before (a KPI on one side only counts 0 on the other). */
  pointsChange: number;
}

/** A dimension or goal in both rounds: points before and after (null where the round does not have it). */
export interface GroupComparison {
  name: string;
  old: number | null;
  new: number | null;
  change: number;
  /**
   * A group the engine made, not the sheet: a 5-point table without group rows puts its KPIs under one dimension
   * and goal with no row of their own, whose change only repeats the total's. Reports list only the others.
   */
  made?: true;
}

/** KPIs of one number or name the rules could not pair: each side's candidates. */
export interface AmbiguousMatch {
  /** The number or the name they share. */
  key: string;
  old: KpiSide[];
  new: KpiSide[];
}

/** A round as its sheet names it. */
export interface RoundSide {
  sheetName: string;
  title: string;
  fiscalYear: number | null;
  roundMonths: number | null;
  total: number;
  totalText: string;
  /** The result block's heading on a sheet that keeps several side by side ("รอบ 6 เดือน"). */
  block?: string;
}

export interface Comparison {
  scale: Scale;
  old: RoundSide;
  new: RoundSide;
  totalChange: number;
  dimensions: GroupComparison[];
  goals: GroupComparison[];
  kpis: KpiComparison[];
  ambiguous: AmbiguousMatch[];
}

export type CompareResult = { ok: true; comparison: Comparison } | { ok: false; reason: Bilingual };

/**
 * The groups the sheet names, in their order: without the dimension and goal the engine gives a 5-point table that
 * has no group rows (`made`), whose figures only repeat the total's. Reports, charts and the pane list these.
 */
export function namedGroups<G extends { made?: true }>(groups: readonly G[]): G[] {
  return groups.filter((g) => !g.made);
}

/** Changes as people read them: float noise (0.1 + 0.2) gone, 15 significant digits kept. */
const diff = (after: number, before: number): number => roundForDisplay(after - before, 10);

const normalName = (name: string): string => withoutKpiNumber(name).replace(/\s+/g, " ").trim();
/** The KPI's number: written before its name, or in the 5-point table's own number column (its id then). */
const numberOf = (k: Kpi): string | null => kpiNumber(k.name) ?? (k.id.startsWith("row ") ? null : k.id);

function side(k: Kpi): KpiSide {
  return { id: k.id, name: k.name, level: k.level, points: k.points, status: k.status, cell: k.cell };
}

function round(card: Scorecard): RoundSide {
  const { fiscalYear, roundMonths } = parseTitle(card.title);
  return { sheetName: card.sheetName, title: card.title, fiscalYear, roundMonths, total: card.total, totalText: card.totalText, ...(card.block !== undefined ? { block: card.block } : {}) };
}

function groupBy<T>(items: T[], key: (t: T) => string | null): Map<string, T[]> {
  const out = new Map<string, T[]>();
  for (const item of items) {
    const k = key(item);
    if (k === null || k === "") continue;
    const list = out.get(k);
    if (list) list.push(item);
    else out.set(k, [item]);
  }
  return out;
}

/**
 * Pairs KPIs: one number on each side first, then one name on each side among those left. Numbers or names that
 * several KPIs share on a side, and that the other rule does not settle, make an ambiguous group.
 */
export function matchKpis(before: Kpi[], after: Kpi[]): { pairs: [Kpi, Kpi][]; ambiguous: { key: string; old: Kpi[]; new: Kpi[] }[] } {
  const pairs: [Kpi, Kpi][] = [];
  const left = { old: new Set(before), new: new Set(after) };
  const pairUnique = (key: (k: Kpi) => string | null) => {
    const olds = groupBy([...left.old], key);
    const news = groupBy([...left.new], key);
    for (const [k, os] of olds) {
      const ns = news.get(k);
      if (os.length !== 1 || ns?.length !== 1) continue;
      pairs.push([os[0], ns[0]]);
      left.old.delete(os[0]);
      left.new.delete(ns[0]);
    }
  };
  pairUnique(numberOf);
  pairUnique((k) => normalName(k.name));
  // What is left and shares a number or a name with something on the other side: listed, not guessed.
  const ambiguous: { key: string; old: Kpi[]; new: Kpi[] }[] = [];
  const listed = new Set<Kpi>();
  for (const key of [numberOf, (k: Kpi) => normalName(k.name)]) {
    const olds = groupBy([...left.old].filter((k) => !listed.has(k)), key);
    const news = groupBy([...left.new].filter((k) => !listed.has(k)), key);
    for (const [k, os] of olds) {
      const ns = news.get(k);
      if (!ns) continue;
      ambiguous.push({ key: k, old: os, new: ns });
      for (const kpi of [...os, ...ns]) listed.add(kpi);
    }
  }
  return { pairs, ambiguous };
}

const reported = (s: KpiStatus) => s === "ok";

function changeOf(before: Kpi, after: Kpi): KpiChange {
  if (!reported(before.status)) return reported(after.status) ? "came-in" : "still-pending";
  if (!reported(after.status)) return "newly-pending";
  // The level says how the KPI did; the points also move when only its weight changed.
  const by = (after.level ?? 0) - (before.level ?? 0) || after.points - before.points;
  return by > 0 ? "up" : by < 0 ? "down" : "unchanged";
}

type Group = { name: string; points: number; labelRow?: number };

/**
 * Groups (dimensions, goals) matched by the number they start with ("๒. …"), else their name, else their place.
 * `scale` 5: a group with no row of its own on either side is one the engine made.
 */
function compareGroups(before: Group[], after: Group[], scale: Scale): GroupComparison[] {
  const made = (...groups: (Group | undefined)[]): { made?: true } => (scale === 5 && groups.every((g) => g?.labelRow === undefined) ? { made: true } : {});
  const keyOf = (name: string) => kpiNumber(name) ?? normalName(name);
  const used = new Set<number>();
  const out: GroupComparison[] = [];
  after.forEach((g, i) => {
    let j = before.findIndex((b, bi) => !used.has(bi) && keyOf(b.name) === keyOf(g.name));
    if (j < 0 && before.length === after.length && !used.has(i)) j = i;
    if (j >= 0) used.add(j);
    const old = j >= 0 ? before[j].points : null;
    out.push({ name: g.name, old, new: g.points, change: diff(g.points, old ?? 0), ...made(g, j >= 0 ? before[j] : undefined) });
  });
  before.forEach((b, j) => {
    if (!used.has(j)) out.push({ name: b.name, old: b.points, new: null, change: diff(0, b.points), ...made(b) });
  });
  return out;
}

const SCALE_NAME: Record<Scale, Bilingual> = {
  100: { th: "HR Scorecard (เต็ม 100)", en: "an HR Scorecard (out of 100)" },
  5: { th: "ตารางคำรับรองฯ (เต็ม 5)", en: "a 5-point table (out of 5)" },
};

/** Why two rounds cannot be compared, in a sentence: they score on different scales; null when they can. */
export function scalesDiffer(before: Scorecard, after: Scorecard): Bilingual | null {
  if (before.scale === after.scale) return null;
  const [a, b] = [SCALE_NAME[before.scale], SCALE_NAME[after.scale]];
  return {
    th: `เทียบกันไม่ได้: แผ่นงาน "${before.sheetName}" เป็น${a.th} แต่แผ่นงาน "${after.sheetName}" เป็น${b.th} คะแนนคนละสเกล เลือกแผ่นงานที่เป็นตารางแบบเดียวกันทั้งสองรอบ`,
    en: `Cannot compare: sheet "${before.sheetName}" is ${a.en} but sheet "${after.sheetName}" is ${b.en}, scored on another scale; choose sheets of the same kind of table for both rounds.`,
  };
}

/** The two rounds side by side; refused, with a sentence, when they score on different scales. */
export function compare(before: Scorecard, after: Scorecard): CompareResult {
  const refused = scalesDiffer(before, after);
  if (refused) return { ok: false, reason: refused };
  const { pairs, ambiguous } = matchKpis(before.kpis, after.kpis);
  const oldOf = new Map(pairs.map(([o, n]) => [n, o]));
  const pairedOld = new Set(pairs.map(([o]) => o));
  const unmatched = new Set(ambiguous.flatMap((a) => [...a.old, ...a.new]));
  const kpis: KpiComparison[] = [];
  // In the new round's order; what only the old round has, after it, in its order.
  for (const n of after.kpis) {
    const o = oldOf.get(n);
    if (o) kpis.push({ old: side(o), new: side(n), change: changeOf(o, n), pointsChange: diff(n.points, o.points) });
    else kpis.push({ old: null, new: side(n), change: unmatched.has(n) ? "unmatched" : "added", pointsChange: diff(n.points, 0) });
  }
  for (const o of before.kpis) {
    if (pairedOld.has(o)) continue;
    kpis.push({ old: side(o), new: null, change: unmatched.has(o) ? "unmatched" : "removed", pointsChange: diff(0, o.points) });
  }
  return {
    ok: true,
    comparison: {
      scale: after.scale,
      old: round(before),
      new: round(after),
      totalChange: diff(after.total, before.total),
      dimensions: compareGroups(before.dimensions, after.dimensions, after.scale),
      goals: compareGroups(before.goals, after.goals, after.scale),
      kpis,
      ambiguous: ambiguous.map((a) => ({ key: a.key, old: a.old.map(side), new: a.new.map(side) })),
    },
  };
}
