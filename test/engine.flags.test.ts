// Each flag, triggered by a fixture made from the official sheet, asserted by code and cell.
import { analyze, type Flag, type FlagCode, type Grid, type Scorecard } from "../src/scorecard";
import { loadGrid, OFFICIAL, WITH_RESULTS, withCells } from "./fixtures/grids";
import { scorecardOf as card } from "./fixtures/scored";

let official: Grid;
let withResults: Grid;
beforeAll(async () => {
  official = await loadGrid(OFFICIAL);
  withResults = await loadGrid(WITH_RESULTS);
});

function flagsOf(s: Scorecard, code: FlagCode): Flag[] {
  return s.flags.filter((f) => f.code === code);
}

// The official sheet's own count of its table, in A28 under the total row.
const COUNT_LINE = "รวมทั้งสิ้น ๕ มิติ ๑๔ CSF ๒๐ แผนงาน/โครงการ ๒๒ ตัวชี้วัด";

// The official title (A1) as the 12-month and the 9-month reports of the same year write it.
const TITLE = "ผลการดำเนินงานตามแผนกลยุทธ์การบริหารทรัพยากรบุคคล กรมส่งเสริมสหกรณ์ ปีงบประมาณ พ.ศ. ๒๕๖๖";
const TITLE_12M = `${TITLE} ( ๑ ตุลาคม ๒๕๖๕ ถึง ๓๐ กันยายน ๒๕๖๖) ๑๒ เดือน`;
const TITLE_9M = `${TITLE} ( ๑ ตุลาคม ๒๕๖๕ ถึง ๓๐ มิถุนายน ๒๕๖๖) ๙ เดือน`;
const PENDING_CELLS = ["Q5", "Q6", "Q9", "Q12", "Q13", "Q15", "Q16", "Q17", "Q18", "Q19", "Q22", "Q23", "Q24", "Q26"];

// Rows and columns are 0-based: row 7 is sheet row 8 (KPI 2.1); E=4 … I=8 targets, J=9 K=10 L=11 weights, Q=16.
const cases: [FlagCode, string, () => Grid, string, "error" | "warning" | "info"][] = [
  ["result-overdue", "the 12-month report still saying ทราบผล เดือน ก.ย. ๖๖", () => withCells(official, [[0, 0, TITLE_12M]]), "Q5", "warning"],
  ["result-missing", "a blank result", () => withCells(withResults, [[7, 16, null]]), "Q8", "warning"],
  ["result-missing", "a blank typed level", () => withCells(official, [[7, 16, null]]), "Q8", "warning"],
  ["unreadable-number", "a weight in words", () => withCells(official, [[7, 9, "ยี่สิบห้า"]]), "J8", "error"],
  ["unreadable-number", "an error value as a result", () => withCells(withResults, [[7, 16, "#N/A"]]), "Q8", "error"],
  ["unreadable-number", "a target in words", () => withCells(official, [[7, 6, "สาม"]]), "G8", "error"],
  ["targets-not-in-order", "targets 1,3,2,4,5", () => withCells(official, [[7, 5, "๓"], [7, 6, "๒"]]), "E8", "error"],
  ["level-out-of-range", "a typed level of 7", () => withCells(official, [[7, 16, "๗"]]), "Q8", "error"],
  ["level-out-of-range", "a negative typed level", () => withCells(official, [[7, 16, -1]]), "Q8", "error"],
  ["kpi-weights-sum", "KPI weights 30+25+25+25", () => withCells(official, [[7, 9, "๓๐"]]), "J8", "error"],
  ["goal-weights-sum", "goal weights 60+50", () => withCells(official, [[4, 10, "๖๐"]]), "K5", "error"],
  ["dimension-weights-sum", "dimension weights adding to 105", () => withCells(official, [[4, 11, "๒๐"]]), "L5", "error"],
  ["kpi-incomplete", "a KPI without weight", () => withCells(official, [[5, 9, null]]), "J6", "error"],
  ["kpi-incomplete", "a KPI without targets", () => withCells(official, [[6, 4, null], [6, 5, null], [6, 6, null], [6, 7, null], [6, 8, null]]), "E7", "error"],
  ["kpi-incomplete", "a goal without weight", () => withCells(official, [[6, 10, null]]), "K7", "error"],
  ["duplicate-kpi", "two KPIs numbered 1.1", () => withCells(official, [[5, 3, "๑.๑ ร้อยละบุคลากร (สทส.)"]]), "D6", "warning"],
  ["formula-in-output", "a formula in the total cell", () => withCells(official, [[26, 14, 28.83, "=SUM(O5:O26)"]]), "O27", "warning"],
  ["no-total-row-space", "a note right under the table and no total row", () => withCells(official, [[26, 0, null], [26, 15, "หมายเหตุ: ข้อมูล ณ 31 มี.ค."]]), "P27", "warning"],
  ["count-line-differs", "the count line under the total says 23 KPIs", () => withCells(official, [[27, 0, COUNT_LINE.replace("๒๒ ตัวชี้วัด", "๒๓ ตัวชี้วัด")]]), "A28", "warning"],
];

/** The official sheet without its weighted-score columns (M–O): the header no longer names them. */
function withoutScoreColumns(g: Grid): Grid {
  return withCells(g, [[2, 12, null], [3, 12, null], [3, 13, null], [3, 14, null]]);
}

describe("flags", () => {
  it.each(cases)("%s: %s → %s", (code, _what, make, cell, severity) => {
    const s = card(make());
    const found = flagsOf(s, code);
    expect(found.map((f) => f.cell)).toContain(cell);
    const f = found.find((x) => x.cell === cell)!;
    expect(f.severity).toBe(severity);
    expect(f.message).toMatch(/[ก-๙]/); // Thai first
    expect(f.message).toContain(cell);
    expect(f.messageEn).toContain(cell);
  });

  it("no-score-column: computed, flagged at the header, nothing planned for the missing columns", () => {
    const g = withoutScoreColumns(official);
    const s = card({ ...g, merges: g.merges?.filter((m) => m.left !== 12) });
    expect(flagsOf(s, "no-score-column").map((f) => f.cell)).toEqual(["D3", "D3", "D3"]);
    expect(flagsOf(s, "no-score-column")[0].message).toContain("คะแนนถ่วงน้ำหนัก KPIs");
    expect(s.total).toBe(28.825);
    expect(s.plan.writes).toEqual([]);
  });

  it("output-cell-merged: an output cell merged into an input cell is not written", () => {
    // J7:M7 merged: KPI 1.3's score cell M7 now belongs to its weight cell J7, an input.
    const g = { ...official, merges: [...(official.merges ?? []), { top: 6, left: 9, bottom: 6, right: 12 }] };
    const s = card(g);
    expect(flagsOf(s, "output-cell-merged").map((f) => f.cell)).toEqual(["M7"]);
    expect(s.plan.writes.some((w) => w.address === "J7")).toBe(false);
  });

  describe("count-line-differs: the sheet's own count against the table read", () => {
    const counted = (g: Grid) => flagsOf(card(g), "count-line-differs").map((f) => [f.cell, f.messageEn]);

    it("the official count agrees with the table: 5 dimensions, 14 goals, 20 projects, 22 KPIs", () => {
      expect(official.values[27][0]).toBe(COUNT_LINE);
      expect(counted(official)).toEqual([]);
      expect(counted(withResults)).toEqual([]);
    });

    it("a KPI row added without updating the line: the KPIs differ, and nothing else", () => {
      // KPI 5.4's row copied under it as a 23rd KPI (numbered 5.5), inside project 20 and goal 14.
      const extra = withCells(official, [[26, 3, "๕.๕ ร้อยละความพึงพอใจ (กกจ.)"], ...[4, 5, 6, 7, 8].map((c): [number, number, string] => [26, c, official.values[25][c] as string]), [26, 9, "๒๕"]]);
      const g = { ...extra, values: [...extra.values.slice(0, 26), extra.values[26], [...official.values[26]], ...official.values.slice(27)] };
      g.merges = official.merges?.map((m) => ({ ...m, ...(m.top <= 25 && m.bottom >= 25 && m.left <= 2 ? { bottom: m.bottom + 1 } : m.top > 25 ? { top: m.top + 1, bottom: m.bottom + 1 } : {}) }));
      g.formulas = undefined;
      g.numberFormats = undefined;
      const s = card(g);
      expect(s.kpis).toHaveLength(23);
      expect(counted(g)).toEqual([["A29", "The count under the table (A29) says 22 KPIs, but the table has 23"]]);
    });

    it("each number that differs is its own flag, named in Thai as the sheet names it", () => {
      const s = card(withCells(official, [[27, 0, "รวมทั้งสิ้น ๖ มิติ ๑๔ CSF ๒๑ แผนงาน/โครงการ ๒๒ ตัวชี้วัด"]]));
      const flags = flagsOf(s, "count-line-differs");
      expect(flags.map((f) => f.messageEn)).toEqual([
        "The count under the table (A28) says 6 dimensions, but the table has 5",
        "The count under the table (A28) says 21 projects, but the table has 20",
      ]);
      expect(flags[1].message).toBe("บรรทัดสรุปท้ายตาราง (A28) ระบุ ๒๑ แผนงาน/โครงการ แต่ในตารางมี ๒๐ แผนงาน/โครงการ");
    });

    it("found where the count line itself ends the table (no total row)", () => {
      expect(counted(withCells(official, [[26, 0, null], [27, 0, COUNT_LINE.replace("๑๔ CSF", "๑๓ CSF")]]))).toEqual([
        ["A28", "The count under the table (A28) says 13 goals (CSFs), but the table has 14"],
      ]);
    });

    it("no line, or one that counts nothing, raises nothing", () => {
      expect(counted(withCells(official, [[27, 0, null]]))).toEqual([]);
      expect(counted(withCells(official, [[27, 0, "รวมทั้งสิ้น (ดูรายละเอียดแนบท้าย)"]]))).toEqual([]);
    });
  });

  it("a pending result is flagged with its text and counted as 0", () => {
    const s = card(withResults);
    const f = flagsOf(s, "result-pending")[0];
    expect(f).toMatchObject({ cell: "Q5", kpiId: "1.1", severity: "info" });
    expect(f.messageEn).toContain("ทราบผล เดือน ก.ย. ๖๖");
    expect(s.kpis[0].points).toBe(0);
  });

  it("on the 12-month report a note for September is overdue: warned, yet still pending, counted 0 and amber", () => {
    const s = card(withCells(official, [[0, 0, TITLE_12M]]));
    expect(flagsOf(s, "result-pending")).toEqual([]);
    const overdue = flagsOf(s, "result-overdue");
    expect(overdue.map((f) => f.cell)).toEqual(PENDING_CELLS);
    expect(overdue[0]).toMatchObject({ kpiId: "1.1", severity: "warning", quoted: "ทราบผล เดือน ก.ย. ๖๖" });
    expect(overdue[0].message).toBe(
      'ตัวชี้วัด ๑.๑: เซลล์ Q5 ยังเขียนว่า "ทราบผล เดือน ก.ย. ๖๖" แต่รายงานนี้ครอบคลุมถึงเดือนกันยายน ๒๕๖๖ แล้ว ควรกรอกผล (นับเป็น ๐ คะแนนไว้ก่อน)',
    );
    expect(overdue[0].messageEn).toBe(
      'KPI 1.1: Q5 still says "ทราบผล เดือน ก.ย. ๖๖", but this report runs to September 2566 B.E.: the result should be in by now (counted as 0 until it is)',
    );
    expect(s.kpis.filter((k) => k.status === "pending").map((k) => k.resultCell)).toEqual(PENDING_CELLS);
    expect(s.total).toBe(28.825);
    expect(s.plan.highlights.filter((h) => h.reason === "pending").map((h) => h.address)).toEqual(PENDING_CELLS);
  });

  it("on the 6- and 9-month reports, and where the title dates nothing, the same note is only pending", () => {
    for (const title of [TITLE_9M, TITLE, "HR Scorecard"]) {
      const s = card(withCells(official, [[0, 0, title]]));
      expect(flagsOf(s, "result-overdue")).toEqual([]);
      expect(flagsOf(s, "result-pending").map((f) => f.cell)).toEqual(PENDING_CELLS);
    }
    expect(flagsOf(card(official), "result-pending").map((f) => f.cell)).toEqual(PENDING_CELLS);
  });

  it("a missing or unreadable result is highlighted red and scores 0, never silently", () => {
    const s = card(withCells(withResults, [[7, 16, null], [9, 16, "ดีมาก"]]));
    expect(s.kpis.find((k) => k.id === "2.1")).toMatchObject({ status: "missing", points: 0, level: null });
    expect(s.kpis.find((k) => k.id === "2.3")).toMatchObject({ status: "invalid", points: 0 });
    expect(s.plan.highlights.filter((h) => h.reason !== "pending").map((h) => [h.address, h.color])).toEqual([["Q8", "#FFC7CE"], ["Q10", "#FFC7CE"]]);
  });

  it("a highlight an earlier run left on a result now reported is taken off; the officer's own fills are not", () => {
    // An earlier run painted Q5 (1.1) and Q9 (2.2) amber, both still pending, and Q8 (2.1) red when it was
    // blank; its level ๔ is in now. Q7 (1.3, reported) wears a yellow of the officer's own.
    const fills = (cells: [row: number, col: number, fill: string][]): Grid => {
      const g: Grid = { ...official, fills: official.values.map(() => []) };
      for (const [row, col, fill] of cells) g.fills![row - official.origin.row][col - official.origin.col] = fill;
      return g;
    };
    const s = card(fills([[4, 16, "#FFEB9C"], [7, 16, "#ffc7ce"], [6, 16, "#FFFF00"], [8, 16, "#FFEB9C"]]));
    expect(s.plan.highlights.filter((h) => h.reason === "reported").map((h) => [h.address, h.color])).toEqual([["Q8", null]]);
    expect(s.plan.highlights.find((h) => h.address === "Q5")).toMatchObject({ reason: "pending", color: "#FFEB9C" });
    expect(s.plan.highlights.find((h) => h.address === "Q9")).toMatchObject({ reason: "pending", color: "#FFEB9C" });
    expect(s.plan.highlights.some((h) => h.address === "Q7")).toBe(false);
    // A host that reads no fills: nothing to take off.
    expect(card(official).plan.highlights.some((h) => h.reason === "reported")).toBe(false);
  });

  it("a formula in an output cell is marked so hosts keep it unless the user consents", () => {
    const s = card(withCells(official, [[26, 14, 28.83, "=SUM(O5:O26)"]]));
    expect(s.plan.writes.find((w) => w.address === "O27")).toMatchObject({ overwritesFormula: true, previous: { formula: "=SUM(O5:O26)", value: 28.83 } });
  });

  it("descending targets: lower results are better", () => {
    const g = withCells(withResults, [[7, 4, 10], [7, 5, 8], [7, 6, 6], [7, 7, 4], [7, 8, 2], [7, 16, 5]]);
    const k = card(g).kpis.find((x) => x.id === "2.1")!;
    expect(k).toMatchObject({ descending: true, level: 3 });
    expect(flagsOf(card(g), "targets-not-in-order")).toEqual([]);
  });

  it("a sheet with no scorecard says which columns it found and which are missing", () => {
    const g: Grid = { sheetName: "บันทึก", origin: { row: 0, col: 0 }, values: [["ชื่อ", "KPI", "น้ำหนัก KPIs"], ["ก", "๑.๑", 50]] };
    const r = analyze(g);
    expect(r.ok).toBe(false);
    if (r.ok) return;
    expect(r.reason.found).toMatchObject({ kpi: "KPI", weightKpi: "น้ำหนัก KPIs" });
    expect(r.reason).toMatchObject({ headerRow: 0, columns: { kpi: 1, weightKpi: 2 } });
    expect(r.reason.missing).toEqual(expect.arrayContaining(["target1", "target5", "weightGoal", "weightDimension", "level"]));
    expect(r.reason.message).toContain("บันทึก");
    expect(r.reason.message).toContain("ระดับเป้าหมาย ๑");
    expect(r.reason.messageEn).toContain("Target level 1");
  });

  it("an empty sheet is not a scorecard, and no crash", () => {
    const r = analyze({ sheetName: "ว่าง", origin: { row: 0, col: 0 }, values: [] });
    expect(r.ok).toBe(false);
    expect(!r.ok && r.reason.headerRow).toBeNull();
  });

  it("a hand-made mapping reads a sheet whose headers the engine does not know", () => {
    // Headers renamed beyond recognition; the officer maps them.
    const renamed = withCells(official, [[2, 3, "รายการ"], [2, 9, "สัดส่วน"], [3, 9, "ก"], [3, 10, "ข"], [3, 11, "ค"]]);
    expect(analyze(renamed).ok).toBe(false);
    const r = analyze(renamed, { mapping: { headerRow: 2, columns: { kpi: 3, weightKpi: 9, weightGoal: 10, weightDimension: 11 } } });
    expect(r.ok && r.scorecard.total).toBe(28.825);
  });
});
