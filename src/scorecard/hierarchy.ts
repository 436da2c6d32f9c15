// Step 3, build the hierarchy: dimension → goal → KPI blocks, from merged cells where the host could read
// them, and from blanks under a value where it could not (or where the officer did not merge).
import type { FlagList } from "./messages";
import { kpiInputColumns, rowHasData } from "./findTable";
import type { Sheet } from "./sheet";
import { fromThaiDigits } from "./display";
import { kpiId, kpiNumber, kpiOwner } from "./kpiIdentity";
import type { Dimension, Goal, Kpi, TableLayout } from "./types";
import { TARGET_ROLES } from "./types";

export interface Hierarchy {
  dimensions: Dimension[];
  goals: Goal[];
  /**
   * The KPIs as written: identity, targets and weight. Their level fields are placeholders that the levels and
   * points steps fill in: one object per KPI goes through the whole pipeline, not a row record copied into a
   * KPI record.
   */
  kpis: Kpi[];
}

/** A number input (weight, target); null for blank, "-" and unreadable (which is flagged). */
export function readNumber(sheet: Sheet, row: number, col: number, flags: FlagList, kpi?: string): number | null {
  const top = sheet.anchorRow(row, col);
  const left = sheet.anchorCol(row, col);
  const content = sheet.content(top, left);
  switch (content.kind) {
    case "number":
      return content.value;
    case "blank":
    case "undefinedLevel":
      return null;
    default:
      flags.add("unreadable-number", top, left, { kpiId: kpi, text: content.text });
      return null;
  }
}

/**
 * The first row of the block each body row belongs to, by one column: a merged area, or a value and the blanks
 * under it. Indexed like `rows` (an array, not a Map: it is made for every body row, twice per run).
 */
function blockStarts(sheet: Sheet, col: number | undefined, rows: number[]): Int32Array {
  const starts = new Int32Array(rows.length).fill(rows[0]);
  if (col === undefined) return starts;
  let current = rows[0];
  for (let i = 0; i < rows.length; i++) {
    const row = rows[i];
    const merge = sheet.merge(row, col);
    if (merge && merge.top <= row) current = Math.max(merge.top, rows[0]);
    else if (!sheet.isBlank(row, col)) current = row;
    starts[i] = current;
  }
  return starts;
}

function firstNumber(sheet: Sheet, col: number | undefined, top: number, bottom: number, flags: FlagList): number | null {
  if (col === undefined) return null;
  for (let r = top; r <= bottom; r++) {
    const row = sheet.anchorRow(r, col);
    if (row !== r && row >= top) continue; // the hidden part of a merged cell already read
    const c = sheet.anchorCol(r, col);
    if (!sheet.isBlank(row, c)) return readNumber(sheet, row, c, flags);
  }
  return null;
}

/** `inputs`: kpiInputColumns of the layout. */
function isKpiRow(sheet: Sheet, row: number, kpiCol: number, inputs: number[]): boolean {
  const merged = sheet.merge(row, kpiCol);
  if (merged && merged.top !== row) return false; // a KPI name merged down is one KPI
  return rowHasData(sheet, row, inputs);
}

/**
 * How many blocks column `col` makes over `rows` (the body rows) that start with something written: how the
 * sheet's own count line counts projects, which the model does not keep.
 */
export function blockCount(sheet: Sheet, col: number, rows: number[]): number {
  if (rows.length === 0) return 0;
  const starts = blockStarts(sheet, col, rows);
  let count = 0;
  for (let i = 0; i < rows.length; i++) {
    if (i > 0 && starts[i] === starts[i - 1]) continue;
    if (!sheet.isBlank(sheet.anchorRow(starts[i], col), sheet.anchorCol(starts[i], col))) count++;
  }
  return count;
}

/** The body rows, top to bottom, less those that repeat the header (`skipped`, in row order). */
export function bodyRows(layout: TableLayout, skipped: number[]): number[] {
  const rows: number[] = [];
  // `skipped` is in row order: one pass, not a search per row.
  for (let r = layout.bodyTop, s = 0; r <= layout.bodyBottom; r++) {
    while (s < skipped.length && skipped[s] < r) s++;
    if (skipped[s] !== r) rows.push(r);
  }
  return rows;
}

/** [first, first + 1, …], `count` numbers. */
function consecutive(first: number, count: number): number[] {
  const list = new Array<number>(count);
  for (let i = 0; i < count; i++) list[i] = first + i;
  return list;
}

export function buildHierarchy(sheet: Sheet, layout: TableLayout, skipped: number[], flags: FlagList): Hierarchy {
  const cols = layout.columns;
  const rows = bodyRows(layout, skipped);
  const dimensions: Dimension[] = [];
  const goals: Goal[] = [];
  const kpis: Kpi[] = [];
  if (rows.length === 0) return { dimensions, goals, kpis };

  const inputs = kpiInputColumns(cols);
  const targetCols = TARGET_ROLES.map((r) => cols[r]!);
  const dimStarts = blockStarts(sheet, cols.dimension ?? cols.weightDimension, rows);
  const goalStarts = blockStarts(sheet, cols.goal ?? cols.weightGoal, rows);
  let prevDim = -1;
  let prevGoal = -1;
  for (let i = 0; i < rows.length; i++) {
    const row = rows[i];
    const dimStart = dimStarts[i];
    const goalStart = goalStarts[i];
    if (dimStart !== prevDim) {
      dimensions.push({ name: cols.dimension !== undefined ? sheet.shownText(row, cols.dimension) : "", top: row, bottom: row, weight: null, points: 0, goals: [] });
      prevGoal = -1;
    }
    const dim = dimensions[dimensions.length - 1];
    dim.bottom = row;
    if (goalStart !== prevGoal || dimStart !== prevDim) {
      goals.push({ name: cols.goal !== undefined ? sheet.shownText(row, cols.goal) : "", top: row, bottom: row, weight: null, points: 0, dimensionIndex: dimensions.length - 1, kpis: [] });
    }
    prevDim = dimStart;
    prevGoal = goalStart;
    const goal = goals[goals.length - 1];
    goal.bottom = row;
    if (!isKpiRow(sheet, row, cols.kpi!, inputs)) continue;

    const name = sheet.shownText(row, cols.kpi!);
    const id = kpiId(name, row);
    const targets = new Array<number | null>(targetCols.length); // no closure per KPI, as map would make
    for (let t = 0; t < targetCols.length; t++) targets[t] = readNumber(sheet, row, targetCols[t], flags, id);
    kpis.push({
      id, row, name, owner: kpiOwner(name), cell: sheet.address(row, cols.kpi!),
      targets, descending: false, weight: readNumber(sheet, row, cols.weightKpi!, flags, id),
      // Filled in by the levels and points steps.
      result: null, resultCell: "", resultRow: row, resultCol: cols.kpi!, level: null, levelComputed: false, status: "missing", points: 0,
      goalIndex: goals.length - 1, dimensionIndex: dimensions.length - 1,
    });
  }
  // Each goal's KPIs and each dimension's goals follow one another, so their index lists are made here at their
  // exact length: pushed one by one, every list would keep room for 17 (thousands of them on a large sheet).
  const goalKpis = new Int32Array(goals.length);
  for (const k of kpis) goalKpis[k.goalIndex]++;
  const dimGoals = new Int32Array(dimensions.length);
  for (const g of goals) dimGoals[g.dimensionIndex]++;
  for (let i = 0, first = 0; i < goals.length; first += goalKpis[i], i++) goals[i].kpis = consecutive(first, goalKpis[i]);
  for (let i = 0, first = 0; i < dimensions.length; first += dimGoals[i], i++) dimensions[i].goals = consecutive(first, dimGoals[i]);
  dimensions.forEach((d, i) => {
    d.weight = firstNumber(sheet, cols.weightDimension, d.top, d.bottom, flags);
    if (!d.name) d.name = `มิติ ${i + 1}`;
  });
  goals.forEach((g, i) => {
    g.weight = firstNumber(sheet, cols.weightGoal, g.top, g.bottom, flags);
    if (!g.name) g.name = `เป้าประสงค์ ${i + 1}`;
  });
  return { dimensions, goals, kpis };
}

// The 5-point table has no dimension or goal columns: its groups are rows across the table ("มิติที่ 1 ด้าน…
// (น้ำหนักร้อยละ 60)", "ประเด็นยุทธศาสตร์ …", "เป้าประสงค์ …"), merged or not, above their KPIs.
const GROUP_WORDS = /^(มิติ|ประเด็น|ยุทธศาสตร์|เป้าประสงค์|เป้าหมาย|กลยุทธ์|องค์ประกอบ|ด้าน|ส่วนที่|perspective|dimension|strategic|strategy|goal|objective|part\b)/i;
/** Group rows a level down, under a dimension or strategic issue. */
const GOAL_WORDS = /^(เป้าประสงค์|เป้าหมาย|กลยุทธ์|goal|objective)/i;
/** The weight a group row states: "(น้ำหนักร้อยละ 60)", "น้ำหนัก ๒๐". */
const GROUP_WEIGHT = /น้ำหนัก\s*(?:ร้อยละ)?\s*([0-9๐-๙]+(?:\.[0-9๐-๙]+)?)/;

/** The text a row starts with, left to right: the group label of a group row. */
function rowLabel(sheet: Sheet, row: number, left: number, right: number): string {
  for (let c = left; c <= right; c++) {
    if (sheet.isBlank(row, c)) continue;
    const raw = sheet.raw(row, c);
    return typeof raw === "string" ? sheet.text(row, c) : "";
  }
  return "";
}

function statedWeight(label: string): number | null {
  const m = GROUP_WEIGHT.exec(fromThaiDigits(label));
  return m ? Number(m[1]) : null;
}

/** The 5-point table's hierarchy: group rows make dimensions and goals, the rows with weights or criteria KPIs. */
export function buildGroupHierarchy(sheet: Sheet, layout: TableLayout, skipped: number[], flags: FlagList): Hierarchy {
  const cols = layout.columns;
  const dimensions: Dimension[] = [];
  const goals: Goal[] = [];
  const kpis: Kpi[] = [];
  const inputs = [cols.weightKpi!, ...TARGET_ROLES.map((r) => cols[r]!)];
  const tableCols = Object.values(cols) as number[];
  const left = Math.min(sheet.left, layout.kpiNumberColumn ?? sheet.left, ...tableCols);
  const right = Math.max(...tableCols);
  const newDimension = (name: string, top: number, labelRow?: number) => {
    dimensions.push({ name, top, bottom: top, weight: statedWeight(name), points: 0, goals: [], ...(labelRow === undefined ? {} : { labelRow }) });
  };
  const newGoal = (name: string, top: number, labelRow?: number) => {
    if (dimensions.length === 0) newDimension("", top);
    const d = dimensions.length - 1;
    dimensions[d].goals.push(goals.length);
    goals.push({ name, top, bottom: top, weight: statedWeight(name), points: 0, dimensionIndex: d, kpis: [], ...(labelRow === undefined ? {} : { labelRow }) });
  };
  for (const row of bodyRows(layout, skipped)) {
    const hasInput = inputs.some((c) => !sheet.isBlank(row, c));
    const name = sheet.isBlank(row, cols.kpi!) ? "" : sheet.text(row, cols.kpi!);
    const label = hasInput ? "" : rowLabel(sheet, row, left, right);
    if (!hasInput && label !== "" && (name === "" || GROUP_WORDS.test(label))) {
      if (GOAL_WORDS.test(label)) {
        newGoal(label, row, row);
      } else {
        newDimension(label, row, row);
      }
      continue;
    }
    if (!hasInput && name === "") continue;
    // KPIs straight under a dimension's row (no goal rows) make one goal of that dimension, named as it is.
    const dim = dimensions.length - 1;
    if (goals.length === 0 || goals[goals.length - 1].dimensionIndex !== dim) newGoal(dim >= 0 ? dimensions[dim].name : "", row);
    const goal = goals[goals.length - 1];
    const number = layout.kpiNumberColumn === undefined ? "" : sheet.shownText(row, layout.kpiNumberColumn);
    const id = kpiNumber(number) ?? kpiId(name, row);
    const targets = new Array<number | null>(TARGET_ROLES.length);
    for (let t = 0; t < TARGET_ROLES.length; t++) targets[t] = readNumber(sheet, row, cols[TARGET_ROLES[t]]!, flags, id);
    let weight = readNumber(sheet, row, cols.weightKpi!, flags, id);
    if (weight !== null && weight < 0) {
      // Divided by the sum of weights, a negative weight would turn other KPIs' scores around.
      flags.add("weight-negative", sheet.anchorRow(row, cols.weightKpi!), sheet.anchorCol(row, cols.weightKpi!), { kpiId: id, value: weight });
      weight = null;
    }
    goal.kpis.push(kpis.length);
    goal.bottom = row;
    dimensions[goal.dimensionIndex].bottom = row;
    kpis.push({
      id, row, name, owner: kpiOwner(name), cell: sheet.address(row, cols.kpi!),
      targets, descending: false, weight,
      result: null, resultCell: "", resultRow: row, resultCol: cols.kpi!, level: null, levelComputed: false, status: "missing", points: 0,
      goalIndex: goals.length - 1, dimensionIndex: goal.dimensionIndex,
    });
  }
  dimensions.forEach((d, i) => (d.name ||= `มิติ ${i + 1}`));
  return { dimensions, goals, kpis };
}
