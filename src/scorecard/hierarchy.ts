// Step 3, build the hierarchy: dimension → goal → KPI blocks, from merged cells where the host could read
// them, and from blanks under a value where it could not (or where the officer did not merge).
import type { FlagList } from "./messages";
import type { Sheet } from "./sheet";
import { kpiId, kpiOwner } from "./kpiIdentity";
import type { Dimension, Goal, TableLayout } from "./types";
import { TARGET_ROLES } from "./types";

/** A KPI row as written, before levels and points. */
export interface KpiRow {
  row: number;
  id: string;
  name: string;
  owner: string;
  targets: (number | null)[];
  weight: number | null;
  dimensionIndex: number;
  goalIndex: number;
}

export interface Hierarchy {
  dimensions: Dimension[];
  goals: Goal[];
  kpiRows: KpiRow[];
}

/** A number input (weight, target); null for blank, "-" and unreadable (which is flagged). */
export function readNumber(sheet: Sheet, row: number, col: number, flags: FlagList, kpi?: string): number | null {
  const at = sheet.merge(row, col) ?? { top: row, left: col }; // the anchor cell, without making one per call
  const content = sheet.content(at.top, at.left);
  switch (content.kind) {
    case "number":
      return content.value;
    case "blank":
    case "undefinedLevel":
      return null;
    default:
      flags.add("unreadable-number", at.top, at.left, { kpiId: kpi, text: content.text });
      return null;
  }
}

/** The first row of the block each body row belongs to, by one column: a merged area, or a value and the blanks under it. */
function blockStarts(sheet: Sheet, col: number | undefined, rows: number[]): Map<number, number> {
  const starts = new Map<number, number>();
  let current = rows[0];
  for (const row of rows) {
    if (col === undefined) {
      starts.set(row, rows[0]);
      continue;
    }
    const merge = sheet.merge(row, col);
    if (merge && merge.top <= row) current = Math.max(merge.top, rows[0]);
    else if (!sheet.isBlank(row, col)) current = row;
    starts.set(row, current);
  }
  return starts;
}

function firstNumber(sheet: Sheet, col: number | undefined, top: number, bottom: number, flags: FlagList): number | null {
  if (col === undefined) return null;
  for (let r = top; r <= bottom; r++) {
    const at = sheet.anchor(r, col);
    if (at.row !== r && at.row >= top) continue; // the hidden part of a merged cell already read
    if (!sheet.isBlank(at.row, at.col)) return readNumber(sheet, at.row, at.col, flags);
  }
  return null;
}

/** `inputs`: the KPI name, target and KPI weight columns. */
function isKpiRow(sheet: Sheet, row: number, kpiCol: number, inputs: number[]): boolean {
  const merged = sheet.merge(row, kpiCol);
  if (merged && merged.top !== row) return false; // a KPI name merged down is one KPI
  return inputs.some((c) => !sheet.isBlank(row, c));
}

export function buildHierarchy(sheet: Sheet, layout: TableLayout, skipped: number[], flags: FlagList): Hierarchy {
  const cols = layout.columns;
  const rows: number[] = [];
  for (let r = layout.bodyTop; r <= layout.bodyBottom; r++) if (!skipped.includes(r)) rows.push(r);
  const dimensions: Dimension[] = [];
  const goals: Goal[] = [];
  const kpiRows: KpiRow[] = [];
  if (rows.length === 0) return { dimensions, goals, kpiRows };

  const inputs = [cols.kpi, ...TARGET_ROLES.map((r) => cols[r]), cols.weightKpi].filter((c): c is number => c !== undefined);
  const dimStarts = blockStarts(sheet, cols.dimension ?? cols.weightDimension, rows);
  const goalStarts = blockStarts(sheet, cols.goal ?? cols.weightGoal, rows);
  let prevDim = -1;
  let prevGoal = -1;
  for (const row of rows) {
    const dimStart = dimStarts.get(row)!;
    const goalStart = goalStarts.get(row)!;
    if (dimStart !== prevDim) {
      dimensions.push({ name: cols.dimension !== undefined ? sheet.shownText(row, cols.dimension) : "", top: row, bottom: row, weight: null, points: 0, goals: [] });
      prevGoal = -1;
    }
    const dim = dimensions[dimensions.length - 1];
    dim.bottom = row;
    if (goalStart !== prevGoal || dimStart !== prevDim) {
      goals.push({ name: cols.goal !== undefined ? sheet.shownText(row, cols.goal) : "", top: row, bottom: row, weight: null, points: 0, dimensionIndex: dimensions.length - 1, kpis: [] });
      dim.goals.push(goals.length - 1);
    }
    prevDim = dimStart;
    prevGoal = goalStart;
    const goal = goals[goals.length - 1];
    goal.bottom = row;
    if (!isKpiRow(sheet, row, cols.kpi!, inputs)) continue;

    const name = sheet.shownText(row, cols.kpi!);
    const id = kpiId(name, row);
    const targets = TARGET_ROLES.map((r) => readNumber(sheet, row, cols[r]!, flags, id));
    kpiRows.push({
      row, id, name, owner: kpiOwner(name), targets,
      weight: readNumber(sheet, row, cols.weightKpi!, flags, id),
      dimensionIndex: dimensions.length - 1,
      goalIndex: goals.length - 1,
    });
    goal.kpis.push(kpiRows.length - 1);
  }
  dimensions.forEach((d, i) => {
    d.weight = firstNumber(sheet, cols.weightDimension, d.top, d.bottom, flags);
    if (!d.name) d.name = `มิติ ${i + 1}`;
  });
  goals.forEach((g, i) => {
    g.weight = firstNumber(sheet, cols.weightGoal, g.top, g.bottom, flags);
    if (!g.name) g.name = `เป้าประสงค์ ${i + 1}`;
  });
  return { dimensions, goals, kpiRows };
}
