// Step 6, flags: the checks that look across rows (weights that don't add up, incomplete and duplicate KPIs, the
// sheet's own count of its table). Checks of single cells are raised where the cell is read (hierarchy, levels)
// through the same FlagList.
import { readCountLine, type CountedPart, type TableCount } from "./countLine";
import { closingLabel, labelColumns } from "./findTable";
import type { FlagList } from "./messages";
import { blockCount, bodyRows, type Hierarchy } from "./hierarchy";
import type { Sheet } from "./sheet";
import type { TableLayout } from "./types";
import { TARGET_ROLES } from "./types";

const TOLERANCE = 1e-6;

function off100(sum: number): boolean {
  return Math.abs(sum - 100) > TOLERANCE;
}

/**
 * The sum of the given weights (all of `items`, or those at `indexes`), or null when none is written: a loop
 * over indexes rather than a map/filter/reduce chain, because it runs once per goal and dimension, thousands of
 * times on a large sheet, and each chain would make three arrays and closures.
 */
function weightSum(items: readonly { weight: number | null }[], indexes?: readonly number[]): number | null {
  let sum = 0;
  let weighted = false;
  const count = indexes ? indexes.length : items.length;
  for (let k = 0; k < count; k++) {
    const w = items[indexes ? indexes[k] : k].weight;
    if (w !== null) {
      sum += w;
      weighted = true;
    }
  }
  return weighted ? sum : null;
}

export function checkWeights(sheet: Sheet, layout: TableLayout, h: Hierarchy, flags: FlagList): void {
  const cols = layout.columns;
  for (const goal of h.goals) {
    const sum = weightSum(h.kpis, goal.kpis);
    if (sum !== null && off100(sum)) flags.add("kpi-weights-sum", h.kpis[goal.kpis[0]].row, cols.weightKpi!, { name: goal.name, sum });
  }
  for (const dim of h.dimensions) {
    const sum = weightSum(h.goals, dim.goals);
    if (sum !== null && off100(sum)) {
      flags.add("goal-weights-sum", sheet.anchorRow(h.goals[dim.goals[0]].top, cols.weightGoal!), cols.weightGoal!, { name: dim.name, sum });
    }
  }
  const sum = weightSum(h.dimensions);
  if (sum !== null && off100(sum)) {
    flags.add("dimension-weights-sum", sheet.anchorRow(h.dimensions[0].top, cols.weightDimension!), cols.weightDimension!, { sum });
  }
}

export function checkKpis(sheet: Sheet, layout: TableLayout, h: Hierarchy, flags: FlagList): void {
  const cols = layout.columns;
  const seen = new Map<string, number>();
  const blank = (row: number, col: number) => { const a = sheet.anchor(row, col); return sheet.isBlank(a.row, a.col); };
  const undefinedTarget = (row: number, col: number) => { const a = sheet.anchor(row, col); return blank(row, col) || sheet.content(a.row, a.col).kind === "undefinedLevel"; };
  for (const k of h.kpis) {
    // Unreadable cells are flagged where they are read; here only what is left blank.
    // A weight written "-" is no weight either: without a flag the KPI would score 0 silently.
    if (k.weight === null && undefinedTarget(k.row, cols.weightKpi!)) flags.add("kpi-incomplete", k.row, cols.weightKpi!, { kpiId: k.id, what: "weight" });
    // No target defined at all (blank or "-" throughout) leaves nothing to score against. A target read as a
    // number is neither, so only KPIs without one are looked at again.
    if (k.targets.every((t) => t === null) && TARGET_ROLES.every((r) => undefinedTarget(k.row, cols[r]!))) {
      flags.add("kpi-incomplete", k.row, cols.target1!, { kpiId: k.id, what: "targets" });
    }
    if (k.id.startsWith("row ")) continue;
    const other = seen.get(k.id);
    if (other !== undefined) flags.add("duplicate-kpi", k.row, cols.kpi!, { kpiId: k.id, other: sheet.address(other, cols.kpi!) });
    else seen.set(k.id, k.row);
  }
  // The 5-point table weighs KPIs only; its groups' weights are words in their labels.
  if (layout.scale === 5) return;
  // A goal or dimension without a weight scores nothing: say so once, at its weight cell.
  for (const goal of h.goals) {
    if (goal.weight === null && goal.kpis.length > 0) flags.add("kpi-incomplete", goal.top, cols.weightGoal!, { kpiId: h.kpis[goal.kpis[0]].id, what: "weight" });
  }
  for (const dim of h.dimensions) {
    if (dim.weight !== null) continue;
    const first = dim.goals.find((g) => h.goals[g].kpis.length > 0);
    if (first !== undefined) flags.add("kpi-incomplete", dim.top, cols.weightDimension!, { kpiId: h.kpis[h.goals[first].kpis[0]].id, what: "weight" });
  }
}

/** The weights of a 5-point table add up to 100, or to 1 where they are fractions. */
function offWhole(sum: number): boolean {
  return off100(sum) && Math.abs(sum - 1) > TOLERANCE;
}

/**
 * 5-point scale: the weights of the KPIs that count (`counted`) should add up to 100 (or 1). Cancelled KPIs take
 * theirs away by the rule, so the sum of all the weights written is accepted too: only when neither adds up is it
 * flagged, at the first KPI's weight.
 */
export function checkFivePointWeights(layout: TableLayout, h: Hierarchy, counted: number, flags: FlagList): void {
  const listed = weightSum(h.kpis);
  if (listed === null || !offWhole(listed) || !offWhole(counted)) return;
  flags.add("weights-sum", h.kpis[0].row, layout.columns.weightKpi!, { sum: counted });
}

/** How many rows under the table (under the total row, or the body where there is none) may hold the count line. */
const COUNT_LINE_ROWS = 3;

/** The count line under the table: the cell that holds it and what it states. */
function findCountLine(sheet: Sheet, layout: TableLayout): { row: number; col: number; count: TableCount } | null {
  const labelCols = labelColumns(sheet, layout.columns);
  const last = Math.min(sheet.bottom, (layout.totalRow ?? layout.bodyBottom) + COUNT_LINE_ROWS);
  for (let r = layout.bodyBottom + 1; r <= last; r++) {
    for (const c of labelCols) {
      const text = sheet.shown(r, c);
      if (typeof text !== "string" || closingLabel(text) !== "count") continue;
      return { row: sheet.anchorRow(r, c), col: sheet.anchorCol(r, c), count: readCountLine(text)! };
    }
  }
  return null;
}

/**
 * The sheet's own count of its table ("รวมทั้งสิ้น ๕ มิติ ๑๔ CSF ๒๐ แผนงาน/โครงการ ๒๒ ตัวชี้วัด"), held against the table
 * that was read: each number it states that differs is flagged at the line. Officers keep that line by hand, so it
 * falls behind when a KPI is added or dropped; and a table read otherwise than the officer meant shows here too.
 * `skipped`: the body rows that repeat the header (findTable), for counting projects as the sheet does.
 */
export function checkCountLine(sheet: Sheet, layout: TableLayout, h: Hierarchy, skipped: number[], flags: FlagList): void {
  const line = findCountLine(sheet, layout);
  if (!line) return;
  const project = layout.columns.project;
  const inTable: Record<CountedPart, () => number | null> = {
    dimensions: () => h.dimensions.length,
    goals: () => h.goals.length,
    // Projects are not part of the model: counted from their column only when the line states them.
    projects: () => (project === undefined ? null : blockCount(sheet, project, bodyRows(layout, skipped))),
    kpis: () => h.kpis.length,
  };
  for (const part of ["dimensions", "goals", "projects", "kpis"] as const) {
    const stated = line.count[part];
    if (stated === undefined) continue;
    const found = inTable[part]();
    if (found !== null && found !== stated) flags.add("count-line-differs", line.row, line.col, { part, stated, found });
  }
}
