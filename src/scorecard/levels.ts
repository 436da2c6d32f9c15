// Step 4, levels: the level each KPI reached. Where the sheet has a result column, the level is computed from
// the targets; otherwise the officer's typed level is the input. Small pure functions first, then the step.
import { levelInText, resultWord } from "./cellContent";
import type { FlagList } from "./messages";
import type { OverdueNotes } from "./reportPeriod";
import type { Sheet } from "./sheet";
import type { Kpi, KpiStatus, ScoringMethod, TableLayout } from "./types";

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
  return runsDown(targets);
}

/** True when the defined targets never turn back: non-decreasing, or non-increasing when descending. */
export function targetsInOrder(targets: (number | null)[]): boolean {
  return inOrder(targets, runsDown(targets));
}

/** The official step rule: the highest level whose target the result meets; 0 below the lowest defined level. */
export function stepLevel(targets: (number | null)[], result: number): number {
  return stepOf(targets, runsDown(targets), result);
}

/**
 * The linear rule some agencies use: between two defined levels i and j the level rises in proportion,
 * i + (j − i)·(result − tᵢ)/(tⱼ − tᵢ); at or beyond the top defined level it is that level; capped at 5.
 */
export function linearLevel(targets: (number | null)[], result: number): number {
  return linearOf(targets, runsDown(targets), result);
}

// The rules read the targets in place (index i is level i + 1, null is "-"): kpiLevel runs them once per KPI,
// thousands of times on a large sheet, so they make no arrays.

function runsDown(targets: (number | null)[]): boolean {
  let first: number | null = null;
  let last: number | null = null;
  let defined = 0;
  for (let i = 0; i < targets.length; i++) {
    const t = targets[i];
    if (t === null) continue;
    if (first === null) first = t;
    last = t;
    defined++;
  }
  return defined >= 2 && (last as number) < (first as number);
}

function inOrder(targets: (number | null)[], down: boolean): boolean {
  let previous: number | null = null;
  for (let i = 0; i < targets.length; i++) {
    const t = targets[i];
    if (t === null) continue;
    if (previous !== null && (down ? t > previous : t < previous)) return false;
    previous = t;
  }
  return true;
}

function meets(result: number, target: number, descending: boolean): boolean {
  return descending ? result <= target : result >= target;
}

function stepOf(targets: (number | null)[], descending: boolean, result: number): number {
  let level = 0;
  for (let i = 0; i < targets.length; i++) {
    const t = targets[i];
    if (t !== null && meets(result, t, descending)) level = i + 1;
  }
  return level;
}

function linearOf(targets: (number | null)[], descending: boolean, result: number): number {
  let i = -1; // index of the highest defined level reached
  for (let k = 0; k < targets.length; k++) {
    const t = targets[k];
    if (t !== null && meets(result, t, descending)) i = k;
  }
  if (i < 0) return 0;
  const ti = targets[i] as number;
  let j = i + 1;
  while (j < targets.length && targets[j] === null) j++;
  if (j >= targets.length || targets[j] === ti) return i + 1;
  const tj = targets[j] as number;
  return Math.min(5, i + 1 + ((j - i) * (result - ti)) / (tj - ti));
}

export interface KpiLevel {
  result: number | null;
  resultCell: { row: number; col: number };
  level: number | null;
  computed: boolean;
  status: KpiStatus;
  descending: boolean;
}

/** Built field by field, not by spreading a base object, and not by a closure per KPI: both are slow in V8 and allocate. */
function outcome(
  resultCell: { row: number; col: number }, computed: boolean, descending: boolean,
  level: number | null, status: KpiStatus, result: number | null = null,
): KpiLevel {
  return { result, resultCell, level, computed, status, descending };
}

/**
 * The level of one KPI, flagging pending, missing and unreadable results and levels outside 0–5. A pending note
 * whose month the report has reached (`overdue`, from the title) is flagged as overdue instead.
 */
export function kpiLevel(
  sheet: Sheet, layout: TableLayout, kpi: Pick<Kpi, "row" | "id" | "targets">, method: ScoringMethod, flags: FlagList, overdue: OverdueNotes | null = null,
): KpiLevel {
  const computed = layout.columns.result !== undefined;
  const col = computed ? layout.columns.result! : layout.columns.level!;
  const at = sheet.anchor(kpi.row, col);
  const content = sheet.content(at.row, at.col);
  const descending = runsDown(kpi.targets);
  if (!inOrder(kpi.targets, descending)) flags.add("targets-not-in-order", kpi.row, layout.columns.target1!, { kpiId: kpi.id });

  let value: number;
  switch (content.kind) {
    case "pending":
      if (overdue?.has(content.text)) flags.add("result-overdue", at.row, at.col, { kpiId: kpi.id, text: content.text, reportEnd: overdue.reportEnd! });
      else flags.add("result-pending", at.row, at.col, { kpiId: kpi.id, text: content.text });
      return outcome(at, computed, descending, null, "pending");
    case "blank":
      flags.add("result-missing", at.row, at.col, { kpiId: kpi.id });
      return outcome(at, computed, descending, null, "missing");
    case "number":
      value = content.value;
      break;
    default: {
      const named = computed ? null : levelInText(content); // a typed level may be written "ระดับ ๓"
      if (named === null) {
        flags.add("unreadable-number", at.row, at.col, { kpiId: kpi.id, text: content.kind === "undefinedLevel" ? "-" : content.text });
        return outcome(at, computed, descending, null, "invalid");
      }
      value = named;
    }
  }
  if (computed) {
    if (kpi.targets.every((t) => t === null)) return outcome(at, computed, descending, null, "invalid", value);
    const level = method === "linear" ? linearOf(kpi.targets, descending, value) : stepOf(kpi.targets, descending, value);
    return outcome(at, computed, descending, level, "ok", value);
  }
  if (value < 0 || value > 5) {
    flags.add("level-out-of-range", at.row, at.col, { kpiId: kpi.id, value });
    return outcome(at, computed, descending, null, "invalid");
  }
  return outcome(at, computed, descending, value, "ok");
}

/** Scores within this of each other are the same score as a 4-decimal cell shows it. */
const SCORE_TOLERANCE = 5e-5;

/**
 * The score (0–5) of one KPI of a 5-point table: from its result by the criteria (linear interpolation unless the
 * sheet asks for the step rule); or, where the row has no numeric result, the score typed in its score column (a
 * committee's decision, "ระดับ ๕" as the result), marked typed. Pending results score 0 and keep their weight;
 * cancelled and next-round KPIs are "excluded".
 */
export function kpiScore(
  sheet: Sheet, layout: TableLayout, kpi: Pick<Kpi, "row" | "id" | "targets">, method: ScoringMethod, flags: FlagList, overdue: OverdueNotes | null = null,
): KpiLevel {
  const cols = layout.columns;
  const resultCol = cols.result ?? cols.level!;
  const at = sheet.anchor(kpi.row, resultCol);
  const content = sheet.content(at.row, at.col);
  const descending = runsDown(kpi.targets);
  if (!inOrder(kpi.targets, descending)) flags.add("targets-not-in-order", kpi.row, cols.target1!, { kpiId: kpi.id });
  const hasResult = cols.result !== undefined;

  const word = resultWord(content);
  if (word === "excluded") {
    flags.add("result-excluded", at.row, at.col, { kpiId: kpi.id, text: content.kind === "text" ? content.text : "" });
    return outcome(at, hasResult, descending, null, "excluded");
  }
  if (word === "pending") {
    const text = content.kind === "pending" || content.kind === "text" || content.kind === "error" ? content.text : "-";
    if (overdue?.has(text)) flags.add("result-overdue", at.row, at.col, { kpiId: kpi.id, text, reportEnd: overdue.reportEnd! });
    else flags.add("result-pending", at.row, at.col, { kpiId: kpi.id, text });
    return outcome(at, hasResult, descending, 0, "pending");
  }
  if (hasResult && content.kind === "number") {
    if (kpi.targets.every((t) => t === null)) return outcome(at, true, descending, null, "invalid", content.value);
    const score = method === "step" ? stepOf(kpi.targets, descending, content.value) : linearOf(kpi.targets, descending, content.value);
    const typed = cols.level === undefined ? null : sheet.content(sheet.anchorRow(kpi.row, cols.level), sheet.anchorCol(kpi.row, cols.level));
    if (typed?.kind === "number" && Math.abs(typed.value - score) > SCORE_TOLERANCE) {
      flags.add("score-differs", kpi.row, cols.level!, { kpiId: kpi.id, value: typed.value, computed: score });
    }
    return outcome(at, true, descending, score, "ok", content.value);
  }
  // No numeric result: a score named in the result ("ระดับ ๕"), or typed in the score column.
  const named = hasResult ? levelInText(content) : null;
  const scoreAt = named === null && cols.level !== undefined ? sheet.anchor(kpi.row, cols.level) : at;
  const scoreContent = scoreAt === at ? content : sheet.content(scoreAt.row, scoreAt.col);
  const typed = named ?? (scoreContent.kind === "number" ? scoreContent.value : levelInText(scoreContent));
  if (typed !== null) {
    if (typed < 0 || typed > 5) {
      flags.add("level-out-of-range", scoreAt.row, scoreAt.col, { kpiId: kpi.id, value: typed });
      return outcome(scoreAt, false, descending, null, "invalid");
    }
    if (hasResult) flags.add("score-typed", scoreAt.row, scoreAt.col, { kpiId: kpi.id, value: typed });
    return outcome(scoreAt, false, descending, typed, "ok");
  }
  if (content.kind === "blank" && (scoreContent.kind === "blank" || scoreAt === at)) {
    flags.add("result-missing", at.row, at.col, { kpiId: kpi.id });
    return outcome(at, hasResult, descending, null, "missing");
  }
  const bad = content.kind === "blank" ? scoreContent : content;
  const badAt = content.kind === "blank" ? scoreAt : at;
  flags.add("unreadable-number", badAt.row, badAt.col, { kpiId: kpi.id, text: "text" in bad ? bad.text : "-" });
  return outcome(badAt, false, descending, null, "invalid");
}
