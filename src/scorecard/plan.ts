// Step 7, plan: which output cells get which values and formats, and which result cells are highlighted.
// Inputs are never in the plan. Each write remembers what the cell held, for undo and the overwrite preview.
import { parseCell } from "./cellContent";
import { numerals } from "./display";
import type { FlagList } from "./messages";
import type { Sheet } from "./sheet";
import type { CellWrite, Highlight, HighlightReason, Kpi, OutputKind, PreviousCell, Scorecard, WritePlan } from "./types";

/** Excel's own fills for "Neutral" (amber) and "Bad" (light red): colours officers already read. */
export const HIGHLIGHT_COLORS: Record<Exclude<HighlightReason, "reported">, string> = {
  pending: "#FFEB9C",
  missing: "#FFC7CE",
  invalid: "#FFC7CE",
};

const PAINTED = new Set(Object.values(HIGHLIGHT_COLORS));

/**
 * A reported result's cell still wearing one of our highlights: left by an earlier run, when the result was
 * pending or missing (the 6-month round's amber on a KPI reported at 9 months). Only our exact colours, only on
 * result cells: a fill of any other colour is the officer's, and stays.
 */
function paintedByUs(sheet: Sheet, row: number, col: number): boolean {
  const fill = sheet.fill(row, col);
  return typeof fill === "string" && PAINTED.has(fill.toUpperCase());
}

/**
 * Number formats for outputs. [$-D00041E] asks for Thai digits (locale 041E, native digits "D"), which
 * Excel and LibreOffice both render as ๒๘.๘๓; [$-D07041E] (Buddhist calendar too) falls back to General in LibreOffice.
 */
export function outputFormat(thaiDigits: boolean, decimals: number): string {
  const body = decimals > 0 ? `0.${"0".repeat(decimals)}` : "0";
  return thaiDigits ? `[$-D00041E]${body}` : body;
}

export const TOTAL_LABEL = "คะแนน HR Scorecard (เต็ม 100 คะแนน)";
/** The label of the total row added under a 5-point table. */
export const FIVE_POINT_TOTAL_LABEL = "คะแนนรวม (เต็ม ๕ คะแนน)";

function sameValue(previous: ReturnType<Sheet["raw"]>, next: number | string): boolean {
  if (typeof next === "string") return String(previous ?? "").trim() === next.trim();
  const p = parseCell(previous);
  return p.kind === "number" && Math.abs(p.value - next) < 1e-9;
}

export class PlanBuilder {
  private readonly writes: CellWrite[] = [];
  private readonly highlights: Highlight[] = [];
  /**
   * Cells already planned: a flag per grid cell (thousands of writes; a Set of them would be rehashed as it grows).
   * Empty when the grid is far larger than any table (a value at XFD1048576): every cell then goes to the Set.
   */
  private readonly plannedInGrid: Uint8Array;
  /** Cells planned outside the grid (the total row added under it). */
  private readonly plannedOutside = new Set<number>();
  /** What a blank cell held, by its number format: most outputs start blank, and their snapshots are alike. */
  private readonly blankBefore = new Map<string | null, PreviousCell>();

  /** `outputColumns`: where writes may land; a merged area anchored anywhere else holds input. */
  constructor(private readonly sheet: Sheet, private readonly flags: FlagList, private readonly outputColumns: Set<number>) {
    const cells = (sheet.bottom - sheet.top + 1) * (sheet.right - sheet.left + 1);
    this.plannedInGrid = new Uint8Array(cells <= 1 << 24 ? cells : 0);
  }

  /** Marks the cell as planned; false when it already was. */
  private plan(row: number, col: number): boolean {
    const { top, left, bottom, right } = this.sheet;
    if (this.plannedInGrid.length > 0 && row >= top && row <= bottom && col >= left && col <= right) {
      const i = (row - top) * (right - left + 1) + (col - left);
      if (this.plannedInGrid[i] === 1) return false;
      this.plannedInGrid[i] = 1;
      return true;
    }
    const key = row * 16384 + col;
    if (this.plannedOutside.has(key)) return false;
    this.plannedOutside.add(key);
    return true;
  }

  private previous(row: number, col: number): PreviousCell {
    const value = this.sheet.raw(row, col);
    const formula = this.sheet.formula(row, col);
    const numberFormat = this.sheet.numberFormat(row, col);
    if (value !== null || formula !== null) return { value, formula, numberFormat };
    let blank = this.blankBefore.get(numberFormat);
    // Shared by every blank cell of that format, so frozen: a host that tried to change it would throw, not
    // silently change the undo state of thousands of cells.
    if (blank === undefined) this.blankBefore.set(numberFormat, (blank = Object.freeze({ value, formula, numberFormat })));
    return blank;
  }

  write(row: number, col: number, kind: OutputKind, value: number | string, numberFormat: string | null): void {
    // A merged output is written at its top-left cell.
    const atRow = this.sheet.anchorRow(row, col);
    const atCol = this.sheet.anchorCol(row, col);
    if (atCol !== col && !this.outputColumns.has(atCol)) {
      this.flags.add("output-cell-merged", row, col, { other: this.sheet.address(atRow, atCol) });
      return;
    }
    if (!this.plan(atRow, atCol)) return;
    const previous = this.previous(atRow, atCol);
    const overwritesFormula = previous.formula !== null;
    if (overwritesFormula) this.flags.add("formula-in-output", atRow, atCol, { formula: previous.formula! });
    this.writes.push({
      row: atRow, col: atCol, address: this.sheet.address(atRow, atCol), kind, value, numberFormat, previous, overwritesFormula,
      changesValue: previous.value !== null && !sameValue(previous.value, value),
    });
  }

  highlight(row: number, col: number, reason: HighlightReason): void {
    const color = reason === "reported" ? null : HIGHLIGHT_COLORS[reason];
    this.highlights.push({ row, col, address: this.sheet.address(row, col), reason, color });
  }

  build(): WritePlan {
    return { sheetName: this.sheet.name, writes: this.writes, highlights: this.highlights };
  }
}

/** The highlights a plan takes off (results now in that an earlier run had painted): what reports count. */
export function clearedHighlights(plan: WritePlan): Highlight[] {
  return plan.highlights.filter((h) => h.color === null);
}

/** The level cell's new content: the level, the pending note as the official sheet writes it, or blank. */
function levelOutput(sheet: Sheet, kpi: Kpi): number | string {
  if (kpi.status === "ok" && kpi.level !== null) return kpi.level;
  if (kpi.status === "pending") return String(sheet.shown(kpi.resultRow, kpi.resultCol) ?? "");
  return "";
}

export function buildPlan(sheet: Sheet, card: Omit<Scorecard, "plan">, flags: FlagList): WritePlan {
  if (card.scale === 5) return buildFivePointPlan(sheet, card, flags);
  const cols = card.layout.columns;
  const outputRoles = ["level", "scoreKpi", "scoreGoal", "scoreDimension"] as const;
  const plan = new PlanBuilder(sheet, flags, new Set(outputRoles.map((r) => cols[r]).filter((c): c is number => c !== undefined)));
  const scoreFormat = outputFormat(card.thaiDigits, 2);
  const levelFormat = outputFormat(card.thaiDigits, card.method === "linear" ? 2 : 0);

  for (const kpi of card.kpis) {
    if (kpi.levelComputed && cols.level !== undefined) plan.write(kpi.row, cols.level, "level", levelOutput(sheet, kpi), levelFormat);
    if (cols.scoreKpi !== undefined) plan.write(kpi.row, cols.scoreKpi, "scoreKpi", kpi.points, scoreFormat);
    if (kpi.status !== "ok" && kpi.status !== "excluded") plan.highlight(kpi.resultRow, kpi.resultCol, kpi.status);
    else if (paintedByUs(sheet, kpi.resultRow, kpi.resultCol)) plan.highlight(kpi.resultRow, kpi.resultCol, "reported");
  }
  if (cols.scoreGoal !== undefined) for (const g of card.goals) if (g.kpis.length) plan.write(g.top, cols.scoreGoal, "scoreGoal", g.points, scoreFormat);
  if (cols.scoreDimension !== undefined) for (const d of card.dimensions) plan.write(d.top, cols.scoreDimension, "scoreDimension", d.points, scoreFormat);
  writeTotal(sheet, card, plan, scoreFormat, flags);
  return plan.build();
}

/**
 * The 5-point table's outputs, all to 4 decimals: the score where it comes from the result (0 while pending), the
 * weighted score, group sums where a group row has a cell of its own in the weighted-score column, and the total.
 * A typed score is input and stays; a cancelled KPI's outputs are cleared only where an earlier run filled them.
 */
function buildFivePointPlan(sheet: Sheet, card: Omit<Scorecard, "plan">, flags: FlagList): WritePlan {
  const cols = card.layout.columns;
  const plan = new PlanBuilder(sheet, flags, new Set([cols.level, cols.scoreKpi].filter((c): c is number => c !== undefined)));
  const format = outputFormat(card.thaiDigits, 4);
  const score = cols.level;
  const weighted = cols.scoreKpi;
  const clear = (row: number, col: number | undefined, kind: OutputKind) => {
    if (col !== undefined && !sheet.isBlank(sheet.anchorRow(row, col), sheet.anchorCol(row, col))) plan.write(row, col, kind, "", null);
  };
  for (const kpi of card.kpis) {
    if (kpi.status === "excluded") {
      if (cols.result !== undefined) clear(kpi.row, score, "level");
      clear(kpi.row, weighted, "scoreKpi");
      continue;
    }
    const fromResult = kpi.levelComputed && cols.result !== undefined && (kpi.status === "ok" || kpi.status === "pending");
    if (fromResult && score !== undefined) plan.write(kpi.row, score, "level", kpi.level ?? 0, format);
    if (weighted !== undefined) plan.write(kpi.row, weighted, "scoreKpi", kpi.points, format);
    if (kpi.status !== "ok") plan.highlight(kpi.resultRow, kpi.resultCol, kpi.status);
    else if (paintedByUs(sheet, kpi.resultRow, kpi.resultCol)) plan.highlight(kpi.resultRow, kpi.resultCol, "reported");
  }
  if (weighted !== undefined) {
    // A group row merged across the table has no cell for its sum: nothing to write there, and nothing to flag.
    const ownCell = (row: number) => sheet.anchorCol(row, weighted) === weighted;
    for (const d of card.dimensions) if (d.labelRow !== undefined && ownCell(d.labelRow)) plan.write(d.labelRow, weighted, "scoreDimension", d.points, format);
    for (const g of card.goals) if (g.labelRow !== undefined && ownCell(g.labelRow)) plan.write(g.labelRow, weighted, "scoreGoal", g.points, format);
  }
  writeTotal(sheet, card, plan, format, flags);
  return plan.build();
}

function writeTotal(sheet: Sheet, card: Omit<Scorecard, "plan">, plan: PlanBuilder, format: string, flags: FlagList): void {
  const { layout } = card;
  const col = layout.columns.scoreDimension ?? layout.columns.scoreGoal ?? layout.columns.scoreKpi;
  if (col === undefined) return;
  if (layout.totalRow !== null) {
    plan.write(layout.totalRow, col, "total", card.total, format);
    return;
  }
  // No total row: add one right under the table, if that row is free across the table's columns.
  const row = layout.bodyBottom + 1;
  const tableCols = Object.values(layout.columns) as number[];
  const left = Math.min(...tableCols, layout.kpiNumberColumn ?? Infinity);
  const right = Math.max(...tableCols);
  for (let c = left; c <= right; c++) {
    if (!sheet.isBlank(row, c)) {
      flags.add("no-total-row-space", row, c);
      return;
    }
  }
  const label = card.scale === 5 ? FIVE_POINT_TOTAL_LABEL : numerals(card.thaiDigits).plain(TOTAL_LABEL);
  plan.write(row, left, "totalLabel", label, null);
  plan.write(row, col, "total", card.total, format);
}
