// The 5-point scale on many shapes of table built in code (test/fixtures/agency-grids.ts): whatever the shape, the
// shared example's KPIs score the same; and each rule of the scale (interpolation, descending criteria, pending,
// cancelled, typed scores, the settings) on tables made for it.
import { analyze, type AnalyzeOptions, type Grid, type Scorecard } from "../src/scorecard";
import { agencyGrid, EXAMPLE_ROWS, EXAMPLE_TOTAL, unmerged, type AgencyKpi, type AgencyRow, type AgencyShape } from "./fixtures/agency-grids";
import { loadGrid, OFFICIAL } from "./fixtures/grids";
import { scorecardOf as card } from "./fixtures/scored";

const scores = (s: Scorecard) => Object.fromEntries(s.kpis.map((k) => [k.id, [k.status, k.level]]));
const EXAMPLE_SCORES = { "1.1": ["ok", 3.6], "1.2": ["ok", 3], "2.1": ["ok", 2.6], "3.1": ["pending", 0], "3.2": ["excluded", null] };

const kpi = (no: string, weight: number, criteria: number[], result: AgencyKpi["result"], score?: AgencyKpi["score"]): AgencyKpi =>
  ({ no, name: `ตัวชี้วัด ${no}`, weight, criteria, result, score });

describe("the example's KPIs score the same in every shape", () => {
  const same = (g: Grid) => g;
  const shapes: [string, AgencyShape, (g: Grid) => Grid][] = [
    ["as the shared file lays it out", {}, same],
    ["numbers as Thai-digit text", { digits: "thai" }, same],
    ["KPI numbers in mixed digits (๑.2)", { digits: "mixed" }, same],
    ["weights as fractions of 1", { weights: "fraction" }, same],
    ["weights as fractions shown as percent", { weights: "percentFormat" }, same],
    ["group rows not merged", { mergedGroups: false }, same],
    ["no merged areas at all (merges unknown to the host)", {}, (g) => ({ ...g, merges: undefined })],
    ["no merged areas, read as blanks", {}, unmerged],
    ["extra columns between and after", { extraColumns: true }, same],
    ["results before the criteria, weight after them", { reordered: true }, same],
    ["moved down and right", { moved: [4, 3] }, same],
    ["moved, reordered, extra columns, Thai digits, fractions, unmerged", { moved: [2, 1], reordered: true, extraColumns: true, digits: "thai", weights: "fraction", mergedGroups: false }, same],
    ["no total row", { totalRow: false }, same],
  ];
  it.each(shapes)("%s", (_name, shape, change) => {
    const s = card(change(agencyGrid(EXAMPLE_ROWS, shape).grid));
    expect(s.scale).toBe(5);
    expect(scores(s)).toEqual(EXAMPLE_SCORES);
    expect(s.total).toBeCloseTo(EXAMPLE_TOTAL, 12);
    expect(s.totalText).toBe("2.5529");
    expect(s.dimensions.map((d) => d.name.split(" ").slice(0, 2).join(" "))).toEqual(["มิติที่ 1", "มิติที่ 2", "มิติที่ 3"]);
    expect(s.dimensions.map((d) => d.weight)).toEqual([50, 20, 30]);
    expect(s.flags.map((f) => f.code)).toEqual(["result-pending", "result-excluded"]);
  });

  it("writes each score and weighted score where the shape puts its columns", () => {
    const { grid, col, row } = agencyGrid(EXAMPLE_ROWS, { moved: [3, 2], reordered: true, extraColumns: true });
    const s = card(grid);
    const at = (r: number, c: number) => s.plan.writes.find((w) => w.row === r && w.col === c)?.value;
    expect(at(row["1.1"], col.score)).toBe(3.6);
    expect(at(row["2.1"], col.score)).toBe(2.6);
    expect(at(row["1.1"], col.weighted)).toBe((25 * 3.6) / 85);
    expect(at(row.total, col.weighted)).toBe(s.total);
    const outputs = new Set([col.score, col.weighted]);
    expect(s.plan.writes.every((w) => outputs.has(w.col))).toBe(true);
  });

  it("writes Thai-digit formats where the sheet writes Thai digits, in text or by its formats", () => {
    expect(card(agencyGrid(EXAMPLE_ROWS, { digits: "thai" }).grid).plan.writes[0].numberFormat).toBe("[$-D00041E]0.0000");
    for (const format of ["[$-D07041E]t#,##0.00", "t0.00", "[$-D000000]0"]) {
      const s = card(agencyGrid(EXAMPLE_ROWS, { numberFormat: format }).grid);
      expect([format, s.thaiDigits]).toEqual([format, true]);
    }
    expect(card(agencyGrid().grid).plan.writes[0].numberFormat).toBe("0.0000");
  });
});

describe("the rule", () => {
  const one = (k: AgencyKpi, options: AnalyzeOptions = {}, shape: AgencyShape = {}) => card(agencyGrid([k], shape).grid, options).kpis[0];

  it("interpolates between criteria: k at criterion k, in proportion between, 5 at or beyond 5, 0 below 1", () => {
    const c = [60, 70, 80, 90, 100];
    expect([60, 65, 86, 99, 100, 120, 59.9].map((r) => one(kpi("1", 100, c, r)).level)).toEqual([1, 1.5, 3.6, 4.9, 5, 5, 0]);
  });

  it("reads descending criteria as lower is better", () => {
    const c = [30, 25, 20, 15, 10];
    expect([30, 22, 10, 5, 31].map((r) => one(kpi("1", 100, c, r)).level)).toEqual([1, 2.6, 5, 5, 0]);
  });

  it("gives whole steps when the sheet's setting asks for the step rule", () => {
    const k = one(kpi("1", 100, [60, 70, 80, 90, 100], 86), { method: "step" });
    expect(k.level).toBe(3);
  });

  it("counts pending results (N/A, -, ยังไม่ทราบผล, รอผล) as 0 with their weight kept, amber", () => {
    for (const text of ["N/A", "n/a", "-", "ยังไม่ทราบผล", "รอผล", "#N/A"]) {
      const s = card(agencyGrid([kpi("1", 50, [1, 2, 3, 4, 5], 5), kpi("2", 50, [1, 2, 3, 4, 5], text)]).grid);
      expect([text, s.kpis[1].status, s.kpis[1].level, s.total]).toEqual([text, "pending", 0, 2.5]);
      expect(s.plan.highlights.map((h) => h.reason)).toEqual(["pending"]);
    }
  });

  it("leaves pending KPIs out of the sum when the sheet's setting says so", () => {
    const grid = agencyGrid([kpi("1", 50, [1, 2, 3, 4, 5], 4), kpi("2", 50, [1, 2, 3, 4, 5], "N/A")]).grid;
    expect(card(grid).total).toBe(2);
    expect(card(grid, { pendingOutOfSum: true }).total).toBe(4);
  });

  it("leaves cancelled and next-round KPIs out, weight and all, flagged as info", () => {
    for (const text of ["ยกเลิกตัวชี้วัด", "เริ่มรอบถัดไป"]) {
      const s = card(agencyGrid([kpi("1", 60, [1, 2, 3, 4, 5], 4), kpi("2", 40, [1, 2, 3, 4, 5], text)]).grid);
      expect([text, s.kpis[1].status, s.kpis[0].points, s.total]).toEqual([text, "excluded", 4, 4]);
      expect(s.flags.map((f) => [f.code, f.severity])).toEqual([["result-excluded", "info"]]);
      expect(s.plan.highlights).toEqual([]);
    }
  });

  it("keeps a typed score where the row has no numeric result, and marks it typed", () => {
    const { grid, col, row } = agencyGrid([kpi("1", 50, [1, 2, 3, 4, 5], null, 4.5), kpi("2", 50, [1, 2, 3, 4, 5], "ระดับ ๕")]);
    const s = card(grid);
    expect(s.kpis.map((k) => [k.status, k.level, k.levelComputed, k.points])).toEqual([["ok", 4.5, false, 2.25], ["ok", 5, false, 2.5]]);
    expect(s.flags.map((f) => f.code)).toEqual(["score-typed", "score-typed"]);
    // The typed score is input: not written over; its weighted score is.
    expect(s.plan.writes.some((w) => w.row === row["1"] && w.col === col.score)).toBe(false);
    expect(s.plan.writes.find((w) => w.row === row["1"] && w.col === col.weighted)?.value).toBe(2.25);
  });

  it("flags a typed score outside 0–5 and a score cell that disagrees with its result", () => {
    const s = card(agencyGrid([kpi("1", 50, [1, 2, 3, 4, 5], null, 7), kpi("2", 50, [1, 2, 3, 4, 5], 3, 4)]).grid);
    expect(s.flags.map((f) => [f.code, f.kpiId])).toEqual([["level-out-of-range", "1"], ["score-differs", "2"]]);
    expect(s.kpis.map((k) => [k.status, k.level])).toEqual([["invalid", null], ["ok", 3]]);
  });

  it("flags weights that do not add up to 100 or 1, but not the weight a cancelled KPI takes away", () => {
    const flagged = (rows: AgencyRow[]) => card(agencyGrid(rows).grid).flags.filter((f) => f.code === "weights-sum").length;
    expect(flagged([kpi("1", 60, [1, 2, 3, 4, 5], 4), kpi("2", 30, [1, 2, 3, 4, 5], 4)])).toBe(1);
    expect(flagged([kpi("1", 0.6, [1, 2, 3, 4, 5], 4), kpi("2", 0.4, [1, 2, 3, 4, 5], 4)])).toBe(0);
    expect(flagged(EXAMPLE_ROWS)).toBe(0);
    // Percents with two decimals that add up to 100 only to the cent.
    const thirds = [33.33, 33.33, 33.34].map((w, i) => kpi(String(i + 1), w, [1, 2, 3, 4, 5], 5));
    expect(flagged(thirds)).toBe(0);
    expect(card(agencyGrid(thirds).grid).total).toBeCloseTo(5, 12);
  });

  it("writes group sums where a group row has a cell of its own, and adds a total row when there is none", () => {
    const { grid, col, row } = agencyGrid(EXAMPLE_ROWS, { mergedGroups: false, totalRow: false });
    const s = card(grid);
    const at = (r: number) => s.plan.writes.find((w) => w.row === r && w.col === col.weighted);
    expect(at(row["มิติที่ 1 ด้านประสิทธิผลตามพันธกิจ (น้ำหนักร้อยละ 50)"])?.value).toBeCloseTo((25 * 3.6 + 25 * 3) / 85, 12);
    const label = s.plan.writes.find((w) => w.kind === "totalLabel");
    expect(label?.value).toBe("คะแนนรวม (เต็ม ๕ คะแนน)");
    expect(label?.col).toBe(col.no);
    expect(s.plan.writes.find((w) => w.kind === "total")?.col).toBe(col.weighted);
  });

  it("gives the same outcome, and no flag about the score cells, when run again on its own output", () => {
    const { grid } = agencyGrid(EXAMPLE_ROWS);
    const first = card(grid);
    const again: Grid = JSON.parse(JSON.stringify(grid));
    for (const w of first.plan.writes) again.values[w.row][w.col] = w.value;
    const second = card(again);
    expect(scores(second)).toEqual(scores(first));
    expect(second.total).toBe(first.total);
    expect(second.flags.map((f) => f.code)).toEqual(first.flags.map((f) => f.code));
    expect(second.plan.writes.filter((w) => w.changesValue)).toEqual([]);
  });
});

describe("which scale", () => {
  it("still reads the official HR Scorecard on the 100 scale: 28.825", async () => {
    const s = card(await loadGrid(OFFICIAL));
    expect([s.scale, s.total, s.totalText]).toEqual([100, 28.825, "28.83"]);
  });

  it("says which columns each scale misses on a table that is neither", () => {
    const { grid, col } = agencyGrid();
    for (const row of grid.values) row[col.weighted] = null;
    const r = analyze(grid);
    expect(r.ok).toBe(false);
    if (r.ok) return;
    expect(r.reason.missing).toEqual(expect.arrayContaining(["weightGoal", "weightDimension"]));
    expect(r.reason.missingFivePoint).toEqual(["scoreKpi"]);
    expect(r.reason.message).toContain("ตารางคะแนนเต็ม ๕: ไม่พบ คะแนนถ่วงน้ำหนัก");
    expect(r.reason.messageEn).toContain("a 5-point table: no Weighted score");
  });
});

describe("group rows", () => {
  it("reads strategic issues and goals as groups a level apart, and KPI numbers a level deeper (1.1.1)", () => {
    const rows: AgencyRow[] = [
      { group: "ประเด็นยุทธศาสตร์ที่ 1 การพัฒนาบุคลากร" },
      { group: "เป้าประสงค์ 1.1 บุคลากรมีสมรรถนะ" },
      kpi("1.1.1", 40, [1, 2, 3, 4, 5], 5),
      kpi("1.1.2", 20, [1, 2, 3, 4, 5], 4),
      { group: "เป้าประสงค์ 1.2 องค์กรมีระบบงานที่ดี" },
      kpi("1.2.1", 40, [1, 2, 3, 4, 5], 3),
    ];
    const { grid, col, row } = agencyGrid(rows, { mergedGroups: false });
    const s = card(grid);
    expect(s.kpis.map((k) => k.id)).toEqual(["1.1.1", "1.1.2", "1.2.1"]);
    expect(s.dimensions.map((d) => [d.name, d.goals.length, d.points])).toEqual([["ประเด็นยุทธศาสตร์ที่ 1 การพัฒนาบุคลากร", 2, 4]]);
    expect(s.goals.map((g) => [g.name, g.kpis.length, g.points])).toEqual([
      ["เป้าประสงค์ 1.1 บุคลากรมีสมรรถนะ", 2, 2.8],
      ["เป้าประสงค์ 1.2 องค์กรมีระบบงานที่ดี", 1, 1.2],
    ]);
    const at = (r: number) => s.plan.writes.find((w) => w.row === r && w.col === col.weighted)?.value;
    expect(at(row["ประเด็นยุทธศาสตร์ที่ 1 การพัฒนาบุคลากร"])).toBe(4);
    expect(at(row["เป้าประสงค์ 1.1 บุคลากรมีสมรรถนะ"])).toBeCloseTo(2.8, 12);
    expect(at(row["เป้าประสงค์ 1.2 องค์กรมีระบบงานที่ดี"])).toBeCloseTo(1.2, 12);
  });

  it("takes KPIs before any group row as one group, and a group label typed in the name column", () => {
    const { grid, col } = agencyGrid([kpi("1", 50, [1, 2, 3, 4, 5], 5), kpi("2", 50, [1, 2, 3, 4, 5], 1)], { mergedGroups: false });
    const s = card(grid);
    expect(s.dimensions).toHaveLength(1);
    expect(s.total).toBe(3);
    // Now a group label in the name column, the first column left blank.
    const withGroup = agencyGrid([{ group: "มิติที่ 1 ด้านคุณภาพ" }, kpi("1", 100, [1, 2, 3, 4, 5], 2)], { mergedGroups: false });
    const g = withGroup.grid;
    const r = withGroup.row["มิติที่ 1 ด้านคุณภาพ"];
    g.values[r][col.name] = g.values[r][col.no];
    g.values[r][col.no] = null;
    const t = card(g);
    expect(t.kpis.map((k) => k.id)).toEqual(["1"]);
    expect(t.dimensions.map((d) => d.name)).toEqual(["มิติที่ 1 ด้านคุณภาพ"]);
  });
});

describe("weights that cannot count", () => {
  it("flags a weight written \"-\" or negative instead of scoring the KPI 0 in silence", () => {
    const { grid, col, row } = agencyGrid([kpi("1", 50, [1, 2, 3, 4, 5], 4), kpi("2", 50, [1, 2, 3, 4, 5], 4)]);
    grid.values[row["1"]][col.weight] = "-";
    grid.values[row["2"]][col.weight] = -5;
    const s = card(grid);
    expect(s.flags.map((f) => [f.code, f.kpiId])).toEqual([["weight-negative", "2"], ["kpi-incomplete", "1"]]);
    expect(s.total).toBe(0);
  });
});

describe("messages and display", () => {
  it("shows the total to 4 decimals rounded half up, and scores in messages as their cells show them", () => {
    const s = card(agencyGrid([kpi("1", 100, [1, 2, 3, 4, 5], null, 0.42605)]).grid);
    expect(s.total).toBe(0.42605);
    expect(s.totalText).toBe("0.4261");
    const d = card(agencyGrid([kpi("1", 100, [0, 3, 6, 9, 12], 7, 1)]).grid);
    expect(d.flags.map((f) => f.messageEn)).toEqual(["KPI 1: the score in K6 (1) disagrees with the result, which gives 3.3333; the computed score is written"]);
    expect(d.flags[0].message).toContain("เซลล์ K6 (๑) ไม่ตรงกับผลการดำเนินงาน ซึ่งได้ ๓.๓๓๓๓ คะแนน");
  });
});

describe("a 5-point table without a score column", () => {
  it("scores from the results, writes the weighted scores, and says the score column is missing in the table's own words", () => {
    const { grid, col, row } = agencyGrid(EXAMPLE_ROWS);
    for (const r of grid.values) r[col.score] = null;
    const s = card(grid);
    expect(s.total).toBe(EXAMPLE_TOTAL);
    const missing = s.flags.find((f) => f.code === "no-score-column")!;
    expect(missing.message).toContain("ไม่พบคอลัมน์ ค่าคะแนนที่ได้");
    expect(missing.messageEn).toContain("No Score column");
    expect(s.plan.writes.find((w) => w.row === row["1.1"])?.col).toBe(col.weighted);
  });
});
