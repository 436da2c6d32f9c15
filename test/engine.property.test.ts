// Property-based: thousands of random and mutated grids. The engine never throws, and every problem is a flag:
// no KPI loses points without a flag saying why, outputs never land on input columns, totals add up.
import fc from "fast-check";
import { analyze, parseAddress, type Grid, type RawValue, type Scorecard } from "../src/scorecard";
import { loadGrid, OFFICIAL, WITH_RESULTS, FIXTURES } from "./fixtures/grids";
import { agencyGrid, EXAMPLE_ROWS } from "./fixtures/agency-grids";

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
      // The 5-point scale weighs KPIs only (its groups' weights are words in their labels).
      const weights = s.scale === 5 ? [k.weight] : [k.weight, s.goals[k.goalIndex].weight, s.dimensions[k.dimensionIndex].weight];
      const weightFlag = s.flags.some((f) => ["kpi-incomplete", "unreadable-number", "kpi-weights-sum", "goal-weights-sum", "dimension-weights-sum", "weight-negative"].includes(f.code));
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
    expect(w.col).not.toBe(s.layout.kpiNumberColumn);
  }
  if (s.scale === 5) checkFivePoint(s);
}

/** The 5-point scale: scores within 0–5, excluded KPIs weigh nothing, a typed score is never written over, total ≤ 5 where weights are sane. */
function checkFivePoint(s: Scorecard): void {
  const scoreCol = s.layout.columns.level;
  for (const k of s.kpis) {
    if (k.status === "excluded") expect(k.points).toBe(0);
    if (k.status === "pending") expect(k.level).toBe(0);
    if (k.status === "ok" && !k.levelComputed) expect(s.plan.writes.some((w) => w.row === k.row && w.col === scoreCol && w.value !== "")).toBe(false);
  }
  const sane = s.kpis.every((k) => k.weight === null || k.weight >= 0);
  if (sane) expect(s.total).toBeLessThanOrEqual(5 + 1e-9);
  expect(s.plan.writes.filter((w) => w.kind === "total")).toHaveLength(s.plan.writes.some((w) => w.kind === "total") ? 1 : 0);
}

describe("random and mutated 5-point tables", () => {
  let agencyBases: Grid[] = [];
  beforeAll(async () => {
    agencyBases = [
      await loadGrid(`${FIXTURES}/agency-5point.xlsx`),
      agencyGrid(EXAMPLE_ROWS, { digits: "thai", mergedGroups: false, weights: "fraction" }).grid,
      agencyGrid(EXAMPLE_ROWS, { reordered: true, extraColumns: true, moved: [2, 1], totalRow: false }).grid,
    ];
  });
  const agencyCell: fc.Arbitrary<RawValue> = fc.oneof(
    cellValue,
    fc.constantFrom("N/A", "ยกเลิกตัวชี้วัด", "เริ่มรอบถัดไป", "ยังไม่ทราบผล", "ระดับ ๕", "ระดับ 9", "0.25", "๓.๖", "มิติที่ 9 (น้ำหนักร้อยละ 10)", "เป้าประสงค์ ๑", "คะแนนรวม"),
    fc.double({ min: -1, max: 6, noNaN: true }),
  );
  const agencyMutation = fc.record({
    base: fc.integer({ min: 0, max: 2 }),
    edits: fc.array(fc.tuple(fc.integer({ min: 0, max: 16 }), fc.integer({ min: 0, max: 17 }), agencyCell), { maxLength: 20 }),
    dropMerges: fc.boolean(),
    dropRows: fc.array(fc.integer({ min: 0, max: 16 }), { maxLength: 3 }),
    options: fc.record({ method: fc.constantFrom<"step" | "linear" | undefined>("step", "linear", undefined), pendingOutOfSum: fc.boolean() }),
  });

  it("mutations of 5-point tables: no throw, every problem a flag", () => {
    fc.assert(
      fc.property(agencyMutation, (m) => {
        const grid: Grid = JSON.parse(JSON.stringify(agencyBases[m.base]));
        for (const [r, c, v] of m.edits) {
          while (grid.values.length <= r) grid.values.push([]);
          grid.values[r][c] = v;
        }
        for (const r of [...new Set(m.dropRows)].sort((a, b) => b - a)) if (r < grid.values.length) grid.values.splice(r, 1);
        if (m.dropMerges) delete grid.merges;
        const r = analyze(grid, m.options);
        if (r.ok) checkInvariants(r.scorecard, grid);
        else expect(r.reason.missing.length + (r.reason.missingFivePoint?.length ?? 0)).toBeGreaterThan(0);
      }),
      { numRuns: 2000, seed: Number(process.env.FC_SEED) || 2567 },
    );
  });
});

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
