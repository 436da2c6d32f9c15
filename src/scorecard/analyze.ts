// The pipeline, top to bottom: read cells → find the table → build the hierarchy → levels → points → flags → plan.
// Never throws on sheet content: whatever cannot be read becomes a flag naming the cell.
import { blockColumns, type ResultBlock } from "./blocks";
import { formatNumber, SCALE_DECIMALS } from "./display";
import { findTable, isNotAScorecard } from "./findTable";
import { checkCountLine, checkFivePointWeights, checkKpis, checkWeights } from "./flags";
import { buildGroupHierarchy, buildHierarchy, type Hierarchy } from "./hierarchy";
import { kpiLevel, kpiScore } from "./levels";
import { FlagList } from "./messages";
import { buildPlan } from "./plan";
import { countedWeight, exactPointsAt, kpiPoints, pointsAt, sum, weightedScore } from "./points";
import { OverdueNotes, reportEnd } from "./reportPeriod";
import { hasResults, oldestFirst } from "./roundOrder";
import { Sheet } from "./sheet";
import type { AnalyzeOptions, AnalyzeResult, CellWrite, ColumnRole, Grid, Highlight, Kpi, Scorecard, ScoringMethod, TableLayout } from "./types";
import { TARGET_ROLES } from "./types";

/** The report's title: the text in the rows above the header. */
function titleText(sheet: Sheet, layout: TableLayout): string {
  const lines: string[] = [];
  for (let r = sheet.top; r < layout.headerTop; r++) {
    const cells: string[] = [];
    for (let c = sheet.left; c <= sheet.right; c++) if (!sheet.isBlank(r, c)) cells.push(sheet.text(r, c));
    if (cells.length) lines.push(cells.join(" "));
  }
  return lines.join("\n");
}

/** The sheet writes its numbers in Thai digits when its targets and weights do. */
function usesThaiDigits(sheet: Sheet, layout: TableLayout): boolean {
  const cols = [...TARGET_ROLES, "weightKpi"].map((r) => layout.columns[r as ColumnRole]!);
  let thai = 0;
  let arabic = 0;
  for (let r = layout.bodyTop; r <= layout.bodyBottom; r++) {
    for (const c of cols) {
      const content = sheet.content(r, c);
      if (content.kind !== "number") continue;
      if (content.thaiDigits) thai++;
      else arabic++;
    }
  }
  return thai > arabic;
}

/** The level step's outcome, kept on the KPI itself. */
function setLevel(kpi: Kpi, lv: ReturnType<typeof kpiLevel>, sheet: Sheet): void {
  kpi.descending = lv.descending;
  kpi.result = lv.result;
  kpi.resultRow = lv.resultCell.row;
  kpi.resultCol = lv.resultCell.col;
  kpi.resultCell = sheet.address(lv.resultCell.row, lv.resultCell.col);
  kpi.level = lv.level;
  kpi.levelComputed = lv.computed;
  kpi.status = lv.status;
}

/**
 * The 5-point scale's levels and points: each KPI's score (kpiScore), its weighted score over the weights that
 * count, the groups' sums and the total out of 5.
 */
function scoreFivePoint(sheet: Sheet, layout: TableLayout, h: Hierarchy, method: ScoringMethod, options: AnalyzeOptions, flags: FlagList, overdue: OverdueNotes): number {
  for (const kpi of h.kpis) setLevel(kpi, kpiScore(sheet, layout, kpi, method, flags, overdue), sheet);
  const counted = countedWeight(h.kpis, options.pendingOutOfSum === true);
  for (const kpi of h.kpis) {
    const counts = kpi.status !== "excluded" && !(options.pendingOutOfSum && kpi.status === "pending");
    kpi.points = counts ? weightedScore(kpi.level, kpi.weight, counted) : 0;
  }
  for (const g of h.goals) g.points = exactPointsAt(h.kpis, g.kpis);
  for (const d of h.dimensions) d.points = exactPointsAt(h.goals, d.goals);
  checkFivePointWeights(layout, h, counted, flags);
  // The total adds the KPIs' weighted scores in order, as the sheet's =SUM(L7:L13) does, not the groups' sums.
  return exactPointsAt(h.kpis, h.kpis.map((_, i) => i));
}

export function analyze(grid: Grid, options: AnalyzeOptions = {}): AnalyzeResult {
  const sheet = new Sheet(grid);
  const found = findTable(sheet, options.mapping);
  if (isNotAScorecard(found)) return { ok: false, reason: found };
  const { layout } = found;
  const scale = layout.scale ?? 100;
  // The 5-point tables' own reports interpolate between criteria; the HR Scorecard's official rule is the step.
  const method = options.method ?? (scale === 5 ? "linear" : "step");
  const title = titleText(sheet, layout);
  const table: TableRun = { sheet, skipped: found.skippedRows, options, method, title, overdue: new OverdueNotes(reportEnd(title)) };
  if (found.blocks.length === 0) return { ok: true, scorecard: scoreTable(table, layout) };
  const cards = found.blocks.map((b) => ({ ...scoreTable(table, { ...layout, columns: blockColumns(layout.columns, b) }), block: b.heading }));
  return { ok: true, scorecard: withBlocks(sheet, found.blocks, cards) };
}

/** What every block of one table shares: the sheet, its title and the options of the run. */
interface TableRun {
  sheet: Sheet;
  skipped: number[];
  options: AnalyzeOptions;
  method: ScoringMethod;
  title: string;
  overdue: OverdueNotes; // a pending note this report's round has reached is overdue
}

/** The hierarchy, level, points, flags and plan steps over one set of result columns (a table, or one of its blocks). */
function scoreTable(run: TableRun, layout: TableLayout): Scorecard {
  const { sheet, skipped, method, title } = run;
  const scale = layout.scale ?? 100;
  const flags = new FlagList();
  const { h, total } = scale === 5 ? scoreFivePointTable(run, layout, flags) : scoreHrTable(run, layout, flags);
  checkKpis(sheet, layout, h, flags);
  checkCountLine(sheet, layout, h, skipped, flags);
  // The score columns each scale writes into; value 5 names them as the 5-point tables do (ค่าคะแนนที่ได้, …).
  const scoreRoles: ColumnRole[] = scale === 5 ? ["level", "scoreKpi"] : ["scoreKpi", "scoreGoal", "scoreDimension"];
  for (const role of scoreRoles) {
    if (layout.columns[role] === undefined) flags.add("no-score-column", layout.headerTop, layout.columns.kpi!, scale === 5 ? { column: role, value: 5 } : { column: role });
  }
  const thaiDigits = usesThaiDigits(sheet, layout);
  const card: Omit<Scorecard, "plan"> = {
    sheetName: sheet.name, scale, title, method, layout, dimensions: h.dimensions, goals: h.goals, kpis: h.kpis,
    total, totalText: formatNumber(total, { decimals: SCALE_DECIMALS[scale] }), thaiDigits, flags: flags.items,
  };
  const plan = buildPlan(sheet, card, flags);
  return { ...card, flags: flags.items, plan };
}

/** The 5-point scale: groups from group rows, then scores, weighted scores and their weights' checks. */
function scoreFivePointTable(run: TableRun, layout: TableLayout, flags: FlagList): { h: Hierarchy; total: number } {
  const h = buildGroupHierarchy(run.sheet, layout, run.skipped, flags);
  return { h, total: scoreFivePoint(run.sheet, layout, h, run.method, run.options, flags, run.overdue) };
}

/** The HR Scorecard: the hierarchy from its columns, each KPI's level and points, the sums, the weights' checks. */
function scoreHrTable(run: TableRun, layout: TableLayout, flags: FlagList): { h: Hierarchy; total: number } {
  const { sheet, method, overdue } = run;
  const h = buildHierarchy(sheet, layout, run.skipped, flags);
  for (const kpi of h.kpis) {
    setLevel(kpi, kpiLevel(sheet, layout, kpi, method, flags, overdue), sheet);
    kpi.points = kpiPoints(kpi.level, kpi.weight, h.goals[kpi.goalIndex].weight, h.dimensions[kpi.dimensionIndex].weight);
  }
  for (const g of h.goals) g.points = pointsAt(h.kpis, g.kpis);
  for (const d of h.dimensions) d.points = pointsAt(h.goals, d.goals);
  checkWeights(sheet, layout, h, flags);
  return { h, total: sum(h.dimensions.map((d) => d.points)) };
}

/**
 * A sheet of several blocks as one Scorecard. Hosts (the pane, the ribbon, export, compare) read one scorecard
 * per sheet, so the scorecard stays the one they show: the latest block with results (its KPIs, flags and total),
 * and `blocks` lists every block's own scorecard for those that show them side by side. Its plan is every block's
 * plans together, so that the one recalculation every host runs writes every block.
 */
function withBlocks(sheet: Sheet, blocks: ResultBlock[], cards: Scorecard[]): Scorecard {
  const latest = latestWithResults(cards);
  const writes: CellWrite[] = [];
  const highlights: Highlight[] = [];
  const planned = new Set<string>();
  // Blocks share no output or result column; only the label of a total row added under the table is planned by each.
  for (const card of cards) {
    for (const w of card.plan.writes) {
      if (planned.has(w.address)) continue;
      planned.add(w.address);
      writes.push(w);
    }
    highlights.push(...card.plan.highlights);
  }
  return {
    ...cards[latest], plan: { sheetName: sheet.name, writes, highlights },
    blocks: blocks.map((b, i) => ({ heading: b.heading, cell: sheet.address(b.headingRow, b.headingCol), scorecard: cards[i] })),
  };
}

/** The latest block with a result in, in time (roundOrder.ts); with none, the oldest. */
function latestWithResults(cards: Scorecard[]): number {
  const order = oldestFirst(cards.map((c, i) => ({ heading: c.block ?? "", i }))).map((b) => b.i);
  const withResults = order.filter((i) => hasResults(cards[i]));
  return withResults.length ? withResults[withResults.length - 1] : order[0];
}
