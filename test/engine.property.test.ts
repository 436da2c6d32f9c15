// Property-based: thousands of random and mutated grids. The engine never throws, and every problem is a flag:
// no KPI loses points without a flag saying why, outputs never land on input columns, totals add up.
import fc from "fast-check";
import { analyze, parseAddress, type Grid, type RawValue, type Scorecard } from "../src/scorecard";
import { loadGrid, OFFICIAL, WITH_RESULTS } from "./fixtures/grids";

let bases: Grid[] = [];
beforeAll(async () => {
  bases = [await loadGrid(OFFICIAL), await loadGrid(WITH_RESULTS)];
});

const cellValue: fc.Arbitrary<RawValue> = fc.oneof(
  fc.constant(null),
  fc.constant(""),
  fc.integer({ min: -10, max: 200 }),
  fc.double({ noNaN: false, min: -1e6, max: 1e6 }),
  fc.constantFrom("๕๐", "๑๐๐", "๘๓.๘", "๗๐%", "-", "—", "ทราบผล เดือน ก.ย. ๖๖", "รอผล", "#N/A", "#DIV/0!", "ดีมาก", "๑,๒๓๔.๕", "  ", "๓.๗ ร้อยละ (สทส.)", "คะแนนรวม", "KPIs", "๑"),
  fc.boolean(),
  fc.string({ maxLength: 12 }),
);

interface Mutation {
  base: number;
  edits: [number, number, RawValue][];
  /** Fills: ours (amber, red, in either case), another colour, none. */
  fills: [number, number, string | null][];
  dropMerges: boolean;
  dropRows: number[];
}

const mutation: fc.Arbitrary<Mutation> = fc.record({
  base: fc.integer({ min: 0, max: 1 }),
  edits: fc.array(fc.tuple(fc.integer({ min: 0, max: 29 }), fc.integer({ min: 0, max: 19 }), cellValue), { maxLength: 25 }),
  fills: fc.array(fc.tuple(fc.integer({ min: 0, max: 29 }), fc.integer({ min: 0, max: 19 }), fc.constantFrom("#FFEB9C", "#ffc7ce", "#FFFF00", null)), { maxLength: 12 }),
  dropMerges: fc.boolean(),
  dropRows: fc.array(fc.integer({ min: 0, max: 29 }), { maxLength: 3 }),
});

function mutate(m: Mutation): Grid {
  const g: Grid = JSON.parse(JSON.stringify(bases[m.base]));
  for (const [r, c, v] of m.edits) {
    while (g.values.length <= r) g.values.push([]);
    g.values[r][c] = v;
  }
  g.fills = g.values.map(() => []);
  for (const [r, c, fill] of m.fills) if (r < g.fills.length) g.fills[r][c] = fill;
  for (const r of [...new Set(m.dropRows)].sort((a, b) => b - a)) if (r < g.values.length) g.values.splice(r, 1);
  for (const r of [...new Set(m.dropRows)].sort((a, b) => b - a)) if (r < g.fills.length) g.fills.splice(r, 1);
  if (m.dropMerges) delete g.merges;
  return g;
}

const INPUT_ROLES = ["dimension", "goal", "project", "kpi", "unit", "target1", "target2", "target3", "target4", "target5", "weightKpi", "weightGoal", "weightDimension", "budget", "result"] as const;

function checkInvariants(s: Scorecard, grid: Grid): void {
  // Totals add up.
  const sumKpis = s.kpis.reduce((a, k) => a + k.points, 0);
  expect(s.total).toBeCloseTo(sumKpis, 6);
  for (const f of s.flags) expect(parseAddress(f.cell)).not.toBeNull();
  // Every KPI that is not ok has a flag on its result (or level) cell, or on its row (targets it cannot be scored against).
  for (const k of s.kpis) {
    if (k.status !== "ok") expect(s.flags.some((f) => f.cell === k.resultCell || (f.row === k.row && f.severity === "error"))).toBe(true);
    if (k.status === "ok" && k.level !== null && k.level > 0 && k.points === 0) {
      // A level earned but no points: a weight the officer set to 0, or one missing or unreadable, and a flag says so.
      const weights = [k.weight, s.goals[k.goalIndex].weight, s.dimensions[k.dimensionIndex].weight];
      const weightFlag = s.flags.some((f) => ["kpi-incomplete", "unreadable-number", "kpi-weights-sum", "goal-weights-sum", "dimension-weights-sum"].includes(f.code));
      expect(weights.includes(0) || weightFlag).toBe(true);
      if (weights.includes(null)) expect(weightFlag).toBe(true);
    }
    if (k.level !== null) expect(k.level >= 0 && k.level <= 5).toBe(true);
  }
  // An old highlight comes off only a reported KPI's result cell, and only in one of our two colours.
  for (const h of s.plan.highlights.filter((x) => x.color === null)) {
    expect(s.kpis.some((k) => k.status === "ok" && k.resultRow === h.row && k.resultCol === h.col)).toBe(true);
    const fill = grid.fills?.[h.row - grid.origin.row]?.[h.col - grid.origin.col];
    expect(["#FFEB9C", "#FFC7CE"]).toContain(fill?.toUpperCase());
  }
  // Outputs only in output columns: never a target, weight, result or name.
  const inputCols = new Set(INPUT_ROLES.map((r) => s.layout.columns[r]).filter((c) => c !== undefined));
  for (const w of s.plan.writes) {
    if (w.kind === "totalLabel") continue;
    expect(inputCols.has(w.col)).toBe(false);
  }
}

describe("random and mutated grids", () => {
  it("mutations of the official sheets: no throw, every problem a flag", () => {
    fc.assert(
      fc.property(mutation, (m) => {
        const grid = mutate(m);
        const r = analyze(grid);
        if (r.ok) checkInvariants(r.scorecard, grid);
        else expect(r.reason.missing.length).toBeGreaterThan(0);
      }),
      { numRuns: 2500, seed: Number(process.env.FC_SEED) || 20661 },
    );
  });

  it("arbitrary grids: no throw, and a reason when there is no scorecard", () => {
    fc.assert(
      fc.property(fc.array(fc.array(cellValue, { maxLength: 20 }), { maxLength: 30 }), fc.boolean(), (values, method) => {
        const grid: Grid = { sheetName: "x", origin: { row: 3, col: 2 }, values };
        const r = analyze(grid, { method: method ? "linear" : "step" });
        if (r.ok) checkInvariants(r.scorecard, grid);
        else expect(typeof r.reason.message).toBe("string");
      }),
      { numRuns: 1500, seed: Number(process.env.FC_SEED) || 7 },
    );
  });
});
