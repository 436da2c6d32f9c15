// The official HR Scorecard (FY 2566, 6-month round) and the sheets that must read the same way.
import { parseAddress, type Grid, type Scorecard } from "../src/scorecard";
import {
  expected, inWords, loadGrid, moved, numericCells, OFFICIAL, reordered, usedRangeOnly, withCells, withExtraColumns, withoutMerges, WITH_RESULTS,
} from "./fixtures/grids";
import { scorecardOf } from "./fixtures/scored";

const card = (grid: Grid, method: "step" | "linear" = "step"): Scorecard => scorecardOf(grid, { method });

/** The official outcome, whatever the sheet's shape. */
function expectOfficialOutcome(s: Scorecard): void {
  expect(s.kpis).toHaveLength(22);
  expect(s.kpis.filter((k) => k.status === "pending")).toHaveLength(14);
  expect(s.kpis.map((k) => ({ id: k.id, level: k.level, pending: k.status === "pending", points: k.points }))).toEqual(expected.kpis);
  expect(s.goals.map((g) => g.points)).toEqual(expected.csfs.map((c) => c.points));
  expect(s.goals.map((g) => g.name)).toEqual(expected.csfs.map((c) => c.name));
  expect(s.dimensions.map((d) => ({ name: d.name, weight: d.weight, points: d.points }))).toEqual(expected.dimensions);
  expect(s.total).toBe(expected.total);
  expect(s.totalText).toBe(expected.totalShown);
}

let official: Grid;
let withResults: Grid;
beforeAll(async () => {
  official = await loadGrid(OFFICIAL);
  withResults = await loadGrid(WITH_RESULTS);
});

describe("the official sheet", () => {
  it("scores as the official report: total 28.825, shown 28.83", () => {
    const s = card(official);
    expectOfficialOutcome(s);
    expect(s.thaiDigits).toBe(true);
    expect(s.kpis.every((k) => !k.levelComputed)).toBe(true);
  });

  it("flags the 14 pending results at their level cells and nothing else", () => {
    const s = card(official);
    const pending = s.flags.filter((f) => f.code === "result-pending");
    expect(pending.map((f) => f.cell)).toEqual(["Q5", "Q6", "Q9", "Q12", "Q13", "Q15", "Q16", "Q17", "Q18", "Q19", "Q22", "Q23", "Q24", "Q26"]);
    expect(pending.every((f) => f.severity === "info" && f.message.includes("ยังไม่ทราบผล"))).toBe(true);
    expect(s.flags.filter((f) => f.code !== "result-pending")).toEqual([]);
  });

  it("plans the weighted scores into the output columns only, CSF and dimension scores at the top of their blocks", () => {
    const s = card(official);
    const byAddress = new Map(s.plan.writes.map((w) => [w.address, w]));
    expect(s.plan.writes.every((w) => [12, 13, 14].includes(w.col))).toBe(true); // M, N, O
    expect(byAddress.get("M7")?.value).toBe(3); // 1.3
    expect(byAddress.get("M25")?.value).toBe(2.625); // 5.3
    expect(byAddress.get("N5")?.value).toBe(0); // goal 1, merged N5:N6
    expect(byAddress.has("N6")).toBe(false);
    expect(byAddress.get("N24")?.value).toBe(2.625); // goal 14, merged N24:N26
    expect(byAddress.get("O5")?.value).toBe(3); // dimension 1, merged O5:O7
    expect(byAddress.get("O12")?.value).toBe(1.2);
    expect(byAddress.get("O27")).toMatchObject({ kind: "total", value: 28.825, numberFormat: "[$-D00041E]0.00" });
    expect(s.plan.writes).toHaveLength(22 + 14 + 5 + 1);
    expect(s.plan.writes.every((w) => !w.changesValue && !w.overwritesFormula)).toBe(true);
    expect(s.plan.highlights.map((h) => h.address)).toEqual(s.flags.filter((f) => f.code === "result-pending").map((f) => f.cell));
    expect(new Set(s.plan.highlights.map((h) => h.color))).toEqual(new Set(["#FFEB9C"]));
  });
});

describe("the actual-results variant", () => {
  it("computes the official levels from the targets and gets the same points", () => {
    const s = card(withResults);
    expectOfficialOutcome(s);
    expect(s.kpis.every((k) => k.levelComputed)).toBe(true);
    expect(s.kpis.find((k) => k.id === "5.3")).toMatchObject({ result: 83.8, level: 5 });
    expect(s.kpis.find((k) => k.id === "3.3")).toMatchObject({ result: 20, level: 1 });
  });

  it("writes the computed levels into the level column, the pending note where the result is pending", () => {
    const s = card(withResults);
    const levels = s.plan.writes.filter((w) => w.kind === "level");
    expect(levels).toHaveLength(22);
    expect(levels.every((w) => w.col === 17)).toBe(true); // R
    expect(levels.find((w) => w.address === "R25")).toMatchObject({ value: 5, numberFormat: "[$-D00041E]0" });
    expect(levels.find((w) => w.address === "R5")?.value).toBe("ทราบผล เดือน ก.ย. ๖๖");
    expect(s.plan.highlights.every((h) => h.col === 16)).toBe(true); // the result column Q
  });

  it("scores between targets with the linear method", () => {
    const s = card(withResults, "linear");
    // 5.3: 83.8 is past level 5 → 5; 2.4: 80 is exactly level 3 → 3; the step rule's totals hold where results sit on targets.
    expect(s.kpis.find((k) => k.id === "5.3")?.level).toBe(5);
    expect(s.kpis.find((k) => k.id === "2.4")?.level).toBe(3);
    expect(s.plan.writes.find((w) => w.kind === "level" && w.address === "R25")?.numberFormat).toBe("[$-D00041E]0.00");
    const moreOf24 = withCells(withResults, [[10, 16, "๘๕"]]); // 2.4 result 85: halfway between 80 and 90
    const k = card(moreOf24, "linear").kpis.find((x) => x.id === "2.4")!;
    expect(k.level).toBeCloseTo(3.5, 10);
    expect(k.points).toBeCloseTo(3.5, 10);
  });
});

describe("sheets shaped differently read the same", () => {
  const variants: [string, (g: Grid) => Grid][] = [
    ["numbers typed as numbers", numericCells],
    ["targets written \"ร้อยละ ๖๐\" and levels \"ระดับ ๓\"", inWords],
    ["moved down 6 rows and right 3 columns", (g) => moved(g, 6, 3)],
    ["only the used range (origin not at A1)", (g) => usedRangeOnly(moved(g, 4, 2))],
    ["no merged areas readable (Excel 2016)", withoutMerges],
    ["extra columns inserted", (g) => withExtraColumns(g, 4, ["ลำดับ", "หมายเหตุ"])],
    ["stale values in the score columns", (g) => withCells(g, [[4, 12, "๙๙"], [4, 13, 99], [4, 14, "เก่า"], [26, 14, 31.5]])],
    ["results variant with numbers and no merges", (g) => g],
  ];
  it.each(variants)("%s", async (_name, variant) => {
    const base = _name.startsWith("results") ? withoutMerges(numericCells(withResults)) : official;
    expectOfficialOutcome(card(variant(base)));
  });

  it("the words variant really holds words where the numbers were", () => {
    const words = inWords(official);
    expect([words.values[24][4], words.values[24][8], words.values[24][16]]).toEqual(["ร้อยละ ๖๐", "ร้อยละ ๘๐", "ระดับ ๕"]); // 5.3
    expect(card(words).flags.filter((f) => f.code !== "result-pending")).toEqual([]);
  });

  it("columns in another order (weights before targets, level first, budget dropped to the end)", () => {
    // A B C D | E..I targets | J K L weights | M N O scores | P budget | Q level
    const order = [16, 0, 1, 2, 3, 9, 10, 11, 4, 5, 6, 7, 8, 15, 12, 13, 14];
    const s = card(reordered(official, order));
    expectOfficialOutcome(s);
    expect(s.layout.columns.level).toBe(0);
    expect(s.plan.writes.find((w) => w.kind === "total")?.address).toBe("Q27");
  });

  it("stale score values are listed as changes, with what they held", () => {
    const s = card(withCells(official, [[4, 12, "๙๙"], [26, 14, 31.5]]));
    const changed = s.plan.writes.filter((w) => w.changesValue);
    expect(changed.map((w) => [w.address, w.previous.value])).toEqual([["M5", "๙๙"], ["O27", 31.5]]);
  });

  it("the same value written as Thai text is not a change", () => {
    const s = card(withCells(official, [[6, 12, "๓"], [26, 14, "๒๘.๘๒๕"]]));
    expect(s.plan.writes.filter((w) => w.changesValue)).toEqual([]);
  });
});

describe("a sheet without a total row", () => {
  it("adds the total under the table, labelled, when the row is free", () => {
    const noTotal = withCells(official, [[26, 0, null]]);
    const s = card(noTotal);
    expect(s.layout.totalRow).toBeNull();
    const label = s.plan.writes.find((w) => w.kind === "totalLabel")!;
    expect(label).toMatchObject({ address: "A27", value: "คะแนน HR Scorecard (เต็ม ๑๐๐ คะแนน)" });
    expect(s.plan.writes.find((w) => w.kind === "total")).toMatchObject({ address: "O27", value: 28.825 });
  });
});

describe("hierarchy", () => {
  it("nests KPIs in goals and goals in dimensions as the merged cells say", () => {
    const s = card(official);
    expect(s.dimensions.map((d) => d.goals.length)).toEqual([2, 1, 6, 3, 2]);
    expect(s.goals.map((g) => g.kpis.length)).toEqual([2, 1, 4, 1, 1, 1, 2, 1, 1, 1, 2, 1, 1, 3]);
    expect(s.kpis.find((k) => k.id === "4.2")).toMatchObject({ owner: "กกจ. กลุ่มวินัยฯ", cell: "D20", weight: 50 });
    expect(parseAddress(s.kpis[0].resultCell)).toEqual({ row: 4, col: 16 });
  });
});
