// Step 6, flags: the checks that look across rows (weights that don't add up, incomplete and duplicate KPIs).
// Checks of single cells are raised where the cell is read (hierarchy, levels) through the same FlagList.
import type { FlagList } from "./messages";
import type { Hierarchy } from "./hierarchy";
import type { Sheet } from "./sheet";
import type { TableLayout } from "./types";
import { TARGET_ROLES } from "./types";

const TOLERANCE = 1e-6;

function off100(sum: number): boolean {
  return Math.abs(sum - 100) > TOLERANCE;
}

// The sums below are loops over indexes rather than map/filter/reduce chains: they run once per goal and
// dimension, thousands of times on a large sheet, and each chain would make three arrays and closures.

export function checkWeights(sheet: Sheet, layout: TableLayout, h: Hierarchy, flags: FlagList): void {
  const cols = layout.columns;
  for (const goal of h.goals) {
    let sum = 0;
    let weighted = false;
    for (const i of goal.kpis) {
      const w = h.kpis[i].weight;
      if (w !== null) (sum += w), (weighted = true);
    }
    if (weighted && off100(sum)) flags.add("kpi-weights-sum", h.kpis[goal.kpis[0]].row, cols.weightKpi!, { name: goal.name, sum });
  }
  for (const dim of h.dimensions) {
    let sum = 0;
    let weighted = false;
    for (const i of dim.goals) {
      const w = h.goals[i].weight;
      if (w !== null) (sum += w), (weighted = true);
    }
    if (weighted && off100(sum)) {
      flags.add("goal-weights-sum", sheet.anchorRow(h.goals[dim.goals[0]].top, cols.weightGoal!), cols.weightGoal!, { name: dim.name, sum });
    }
  }
  let sum = 0;
  let weighted = false;
  for (const d of h.dimensions) if (d.weight !== null) (sum += d.weight), (weighted = true);
  if (weighted && off100(sum)) {
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
    if (k.weight === null && blank(k.row, cols.weightKpi!)) flags.add("kpi-incomplete", k.row, cols.weightKpi!, { kpiId: k.id, what: "weight" });
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
