// Step 4, levels: the level each KPI reached. Where the sheet has a result column, the level is computed from
// the targets; otherwise the officer's typed level is the input. Small pure functions first, then the step.
import type { FlagList } from "./messages";
import type { KpiRow } from "./hierarchy";
import type { Sheet } from "./sheet";
import type { KpiStatus, ScoringMethod, TableLayout } from "./types";

/** The defined targets as [level, target] pairs, level 1–5; "-" levels are left out. */
export function definedTargets(targets: (number | null)[]): [number, number][] {
  const pairs: [number, number][] = [];
  targets.forEach((t, i) => {
    if (t !== null) pairs.push([i + 1, t]);
  });
  return pairs;
}

/** Targets run down (lower is better) when the last defined target is below the first. */
export function isDescending(targets: (number | null)[]): boolean {
  const d = definedTargets(targets);
  return d.length >= 2 && d[d.length - 1][1] < d[0][1];
}

/** True when the defined targets never turn back: non-decreasing, or non-increasing when descending. */
export function targetsInOrder(targets: (number | null)[]): boolean {
  const d = definedTargets(targets);
  const down = isDescending(targets);
  return d.every(([, t], i) => i === 0 || (down ? t <= d[i - 1][1] : t >= d[i - 1][1]));
}

function meets(result: number, target: number, descending: boolean): boolean {
  return descending ? result <= target : result >= target;
}

/** The official step rule: the highest level whose target the result meets; 0 below the lowest defined level. */
export function stepLevel(targets: (number | null)[], result: number): number {
  const descending = isDescending(targets);
  let level = 0;
  for (const [lvl, t] of definedTargets(targets)) if (meets(result, t, descending)) level = lvl;
  return level;
}

/**
 * The linear rule some agencies use: between two defined levels i and j the level rises in proportion,
 * i + (j − i)·(result − tᵢ)/(tⱼ − tᵢ); at or beyond the top defined level it is that level; capped at 5.
 */
export function linearLevel(targets: (number | null)[], result: number): number {
  const descending = isDescending(targets);
  const d = definedTargets(targets);
  const reached = d.filter(([, t]) => meets(result, t, descending));
  if (reached.length === 0) return 0;
  const [i, ti] = reached[reached.length - 1];
  const next = d.find(([lvl]) => lvl > i);
  if (!next || next[1] === ti) return i;
  const [j, tj] = next;
  return Math.min(5, i + ((j - i) * (result - ti)) / (tj - ti));
}

export function levelFor(method: ScoringMethod, targets: (number | null)[], result: number): number {
  return method === "linear" ? linearLevel(targets, result) : stepLevel(targets, result);
}

export interface KpiLevel {
  result: number | null;
  resultCell: { row: number; col: number };
  level: number | null;
  computed: boolean;
  status: KpiStatus;
  descending: boolean;
}

/** The level of one KPI, flagging pending, missing and unreadable results and levels outside 0–5. */
export function kpiLevel(sheet: Sheet, layout: TableLayout, kpi: KpiRow, method: ScoringMethod, flags: FlagList): KpiLevel {
  const computed = layout.columns.result !== undefined;
  const col = computed ? layout.columns.result! : layout.columns.level!;
  const at = sheet.anchor(kpi.row, col);
  const content = sheet.content(at.row, at.col);
  const descending = isDescending(kpi.targets);
  const base = { result: null, resultCell: at, computed, descending };
  if (!targetsInOrder(kpi.targets)) flags.add("targets-not-in-order", kpi.row, layout.columns.target1!, { kpiId: kpi.id });

  switch (content.kind) {
    case "pending":
      flags.add("result-pending", at.row, at.col, { kpiId: kpi.id, text: content.text });
      return { ...base, level: null, status: "pending" };
    case "blank":
      flags.add("result-missing", at.row, at.col, { kpiId: kpi.id });
      return { ...base, level: null, status: "missing" };
    case "number":
      break;
    default:
      flags.add("unreadable-number", at.row, at.col, { kpiId: kpi.id, text: content.kind === "undefinedLevel" ? "-" : content.text });
      return { ...base, level: null, status: "invalid" };
  }
  if (computed) {
    if (definedTargets(kpi.targets).length === 0) return { ...base, result: content.value, level: null, status: "invalid" };
    return { ...base, result: content.value, level: levelFor(method, kpi.targets, content.value), status: "ok" };
  }
  if (content.value < 0 || content.value > 5) {
    flags.add("level-out-of-range", at.row, at.col, { kpiId: kpi.id, value: content.value });
    return { ...base, level: null, status: "invalid" };
  }
  return { ...base, level: content.value, status: "ok" };
}
