// Result blocks side by side (issue 17): each block scored on its own, one plan writing every block and nothing else.
import { type Grid, type Scorecard, type WritePlan } from "../src/scorecard";
import { blockSheet, type BlockSheetShape } from "./fixtures/blockGrids";
import { scorecardOf } from "./fixtures/scored";

/** The grid's values after the plan's writes (highlights change fills, not values). */
function applyPlanToGrid(grid: Grid, plan: WritePlan): Grid {
  const values = grid.values.map((row) => [...row]);
  for (const w of plan.writes) {
    while (values.length <= w.row) values.push([]);
    values[w.row][w.col] = w.value;
  }
  return { ...grid, values };
}

const ROUNDS = ["รอบ 6 เดือน", "รอบ 9 เดือน", "รอบ 12 เดือน"];
// Criteria 1..5 make a result its level (5-point: its score). The 5-point total is Σ weight × score ÷ 100; the HR
// Scorecard's is 6 × (L1 + L2) + 8 × L3 (KPIs 50, 50, 100 under goals 60, 40, one dimension of 100).
const fiveTotal = (s: number[], w = [50, 30, 20]) => s.reduce((a, x, i) => a + x * w[i], 0) / w.reduce((a, x) => a + x, 0);
const hrTotal = (l: number[], w = [50, 50, 100]) => (l[0] * w[0] * 60 + l[1] * w[1] * 60 + l[2] * w[2] * 40) / 500;
const totalOf = (scale: 5 | 100, levels: number[], w?: number[]) => (scale === 5 ? fiveTotal(levels, w) : hrTotal(levels, w));

const scored = (shape: BlockSheetShape): Scorecard => scorecardOf(blockSheet(shape).grid);

describe.each([5, 100] as const)("result blocks, scale %s", (scale) => {
  const results = [[3, 4, 2], [4, 5, 3], [5, 5, 4], [2, 2, 2]];
  test.each([2, 3, 4])("%s blocks: each block's total from its own results, the latest with results the scorecard", (n) => {
    const headings = n === 4 ? ["ผล เดือน มีนาคม", "เมษายน", "พฤษภาคม", "มิถุนายน"] : ROUNDS.slice(0, n);
    const card = scored({ scale, headings, results: results.slice(0, n) });
    expect(card.blocks?.map((b) => b.heading)).toEqual(headings);
    card.blocks!.forEach((b, i) => {
      expect(b.scorecard.block).toBe(headings[i]);
      expect(b.scorecard.total).toBeCloseTo(totalOf(scale, results[i]), 9);
    });
    expect(card.block).toBe(headings[n - 1]);
    expect(card.total).toBeCloseTo(totalOf(scale, results[n - 1]), 9);
  });

  test("a block's own weights count for it; the others keep the shared weights", () => {
    const own = scale === 5 ? [20, 30, 50] : [30, 70, 100];
    for (const namedWeights of [false, true]) {
      const card = scored({ scale, headings: ROUNDS.slice(0, 2), results: results.slice(0, 2), ownWeights: [null, own], namedWeights });
      expect(card.blocks![0].scorecard.total).toBeCloseTo(totalOf(scale, results[0]), 9);
      expect(card.blocks![1].scorecard.total).toBeCloseTo(totalOf(scale, results[1], own), 9);
      expect(card.blocks![1].scorecard.kpis.map((k) => k.weight)).toEqual(own);
    }
  });

  test("assessors instead of rounds, headings centred rather than merged", () => {
    const headings = ["ประเมินตนเอง", "คณะกรรมการประเมิน"];
    for (const centred of [false, true]) {
      const card = scored({ scale, headings, results: results.slice(0, 2), centred });
      expect(card.blocks?.map((b) => [b.heading, b.scorecard.total])).toEqual(headings.map((h, i) => [h, expect.closeTo(totalOf(scale, results[i]), 9)]));
    }
  });

  test("blocks moved and reordered: 12 months left of 6, sub-columns in another order, the table further down and right", () => {
    const order = scale === 5 ? (["weighted", "level", "result"] as const) : (["level", "result", "weightedDimension", "weightedGoal", "weighted"] as const);
    const headings = ["รอบ ๑๒ เดือน", "รอบ ๖ เดือน"];
    const card = scored({ scale, headings, results: [results[2], results[0]], order: [...order], moved: [3, 2] });
    expect(card.blocks!.map((b) => b.scorecard.total)).toEqual([expect.closeTo(totalOf(scale, results[2]), 9), expect.closeTo(totalOf(scale, results[0]), 9)]);
    // The latest round is the 12 months' though it stands first (its months read in Thai digits too).
    expect(card.block).toBe("รอบ ๑๒ เดือน");
  });

  test("a block with no results yet: its KPIs flagged, the other blocks computed, the scorecard the latest with results", () => {
    const card = scored({ scale, headings: ROUNDS, results: [results[0], [results[1][0], "ทราบผล เดือน ก.ย. ๖๗", null], [null, null, null]] });
    const [six, nine, twelve] = card.blocks!.map((b) => b.scorecard);
    expect(six.total).toBeCloseTo(totalOf(scale, results[0]), 9);
    expect(nine.kpis.map((k) => k.status)).toEqual(["ok", "pending", "missing"]);
    expect(twelve.kpis.map((k) => k.status)).toEqual(["missing", "missing", "missing"]);
    expect(twelve.total).toBe(0);
    expect(twelve.flags.filter((f) => f.code === "result-missing").map((f) => f.col)).toEqual(twelve.kpis.map(() => twelve.layout.columns.result));
    expect(six.flags.some((f) => f.code === "result-missing" || f.code === "result-pending")).toBe(false);
    expect(card.block).toBe("รอบ 9 เดือน");
  });

  test("a level sub-column headed only ระดับ is the block's level", () => {
    const card = scored({ scale, headings: ROUNDS.slice(0, 2), results: results.slice(0, 2), levelLabel: "ระดับ" });
    expect(card.blocks!.map((b) => b.scorecard.kpis.map((k) => k.level))).toEqual(results.slice(0, 2));
    expect(card.plan.writes.filter((w) => w.kind === "level").map((w) => w.value)).toEqual([...results[0], ...results[1]]);
  });

  test("baseline columns (ข้อมูลพื้นฐาน ปี 65 | ปี 66) are inputs, not blocks", () => {
    const card = scored({ scale, headings: ROUNDS.slice(0, 2), results: results.slice(0, 2), baseline: true });
    expect(card.blocks?.map((b) => b.heading)).toEqual(ROUNDS.slice(0, 2));
    const one = scored({ scale, headings: ["ผลการดำเนินงาน"], results: [results[0]], baseline: true });
    expect(one.blocks).toBeUndefined();
    expect(one.total).toBeCloseTo(totalOf(scale, results[0]), 9);
  });

  test("one recalculation writes every block's outputs and nothing else", () => {
    const built = blockSheet({ scale, headings: ROUNDS, results: [results[0], results[1], [null, null, null]] });
    const card = scored({ scale, headings: ROUNDS, results: [results[0], results[1], [null, null, null]] });
    const outputs = new Set<string>();
    built.block.forEach((b) => {
      const cols = [b.level, b.weighted, b.weightedGoal, b.weightedDimension].filter((c): c is number => c !== undefined);
      for (const r of [...built.kpiRows, built.totalRow]) for (const c of cols) outputs.add(`${r}:${c}`);
    });
    for (const w of card.plan.writes) expect(outputs.has(`${w.row}:${w.col}`)).toBe(true);
    const after = applyPlanToGrid(built.grid, card.plan);
    built.grid.values.forEach((row, r) => row.forEach((v, c) => {
      if (!outputs.has(`${r}:${c}`)) expect([r, c, after.values[r][c]]).toEqual([r, c, v]);
    }));
    // Every block's total lands in its own column of the total row.
    built.block.forEach((b, i) => {
      const col = scale === 5 ? b.weighted! : b.weightedDimension!;
      expect(after.values[built.totalRow][col]).toBeCloseTo(card.blocks![i].scorecard.total, 9);
    });
    expect(after.values[built.kpiRows[0]][built.block[1].level!]).toBe(results[1][0]);
  });
});
