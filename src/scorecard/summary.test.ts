import { loadGrid, numericCells, OFFICIAL, withCells } from "../../test/fixtures/grids";
import { analyze } from "./analyze";
import { kpiPoints } from "./points";
import { agencyGrid, EXAMPLE_ROWS, type AgencyRow } from "../../test/fixtures/agency-grids";
import { buildSummary, kpiDisplayName, reportedOnlyScore } from "./summary";
import type { Grid, Scorecard } from "./types";
import { scorecardOf } from "../../test/fixtures/scored";

const DAY = new Date(2026, 10, 25, 10, 0);
let grid: Grid;
let card: Scorecard;

/** The official card with some KPIs' status and level changed (points are not needed by the summary's score). */
function withStatus(changes: Record<string, [Scorecard["kpis"][number]["status"], number | null]>): Scorecard {
  const c: Scorecard = JSON.parse(JSON.stringify(card));
  for (const k of c.kpis) if (changes[k.id]) [k.status, k.level] = changes[k.id];
  return c;
}

beforeAll(async () => {
  grid = await loadGrid(OFFICIAL);
  card = scorecardOf(grid);
});

describe("buildSummary on the official sheet", () => {
  it("reads department, fiscal year and round from the title; dates in the Thai calendar", () => {
    const s = buildSummary(card, DAY);
    expect(s.title).toBe("สรุปผล HR Scorecard");
    expect(s).toMatchObject({ department: "กรมส่งเสริมสหกรณ์", fiscalYear: 2566, roundMonths: 6, thaiDigits: true, sheetName: "HR Scorecard" });
    expect(s.heading).toBe("ปีงบประมาณ พ.ศ. ๒๕๖๖ รอบ ๖ เดือน");
    expect(s.exportDate).toBe("2026-11-25");
    expect(s.exportDateText).toBe("๒๕ พฤศจิกายน ๒๕๖๙");
  });

  it("gives the total, each dimension's points and the percent of its weight achieved", () => {
    const s = buildSummary(card, DAY);
    expect(s.total).toBe(28.825);
    expect(s.totalText).toBe("๒๘.๘๓");
    expect(s.dimensions.map((d) => [d.position, d.weight, d.points, d.percent])).toEqual([
      [1, 15, 3, 20], // 3 of 15
      [2, 20, 12, 60],
      [3, 30, 1.2, 4],
      [4, 20, 10, 50],
      [5, 15, 2.625, 17.5],
    ]);
    expect(s.dimensions[4]).toMatchObject({ weightText: "๑๕", pointsText: "๒.๖๓", percentText: "๑๗.๕๐" });
    expect(s.dimensions[0].name).toBe("๑. ความสอดคล้องเชิงยุทธศาสตร์");
  });

  it("lists each dimension's goals with their weight, points and percent of their share", () => {
    const s = buildSummary(card, DAY);
    expect(s.dimensions.map((d) => d.goals.length)).toEqual([2, 1, 6, 3, 2]);
    // Goal ๒ weighs 50% of dimension ๑ (15): a share of 7.5; its 3 points are 40% of it.
    expect(s.dimensions[0].goals[1]).toMatchObject({ name: "๒. ปรับปรุงโครงสร้างองค์กรให้เหมาะสมกับภารกิจงาน", weight: 50, points: 3, percent: 40, percentText: "๔๐.๐๐" });
    // Goal ๖ weighs 20% of dimension ๓ (30): a share of 6; 1.2 points is 20%.
    expect(s.dimensions[2].goals[2]).toMatchObject({ weight: 20, points: 1.2, percent: 20 });
    // Goal ๑๔ weighs 70% of dimension ๕ (15): 10.5; 2.625 is 25%.
    expect(s.dimensions[4].goals[1]).toMatchObject({ weight: 70, points: 2.625, percent: 25 });
  });

  it("lists the 14 pending KPIs with number, name and unit; none missing; 8 of 22 reported", () => {
    const s = buildSummary(card, DAY);
    expect(s.pending.map((k) => [k.id, k.owner])).toEqual([
      ["1.1", "สทส."], ["1.2", "สทส."], ["2.2", "กกจ. กลุ่มทะเบียนฯ"], ["3.1", "สทส."], ["3.2", "สทส."],
      ["3.4", "สทส."], ["3.5", "สทส."], ["3.6", "สทส."], ["3.7", "กพร."], ["4.1", "กกจ. กลุ่มวินัยฯ"],
      ["4.4", "กกจ. กลุ่มวินัยฯ"], ["5.1", "กกจ. กลุ่มสวัสดิการฯ"], ["5.2", "กกจ. กลุ่มสวัสดิการฯ"], ["5.4", "กกจ. กลุ่มสวัสดิการฯ"],
    ]);
    expect(s.pending[0]).toEqual({
      id: "1.1",
      numberText: "๑.๑",
      name: "ร้อยละของหน่วยงานที่มีการจัดระบบองค์ความรู้ (ในเรื่องของความรู้ด้านการปฏิบัติงาน หรือความรู้เรื่องเทคโนโลยี นวัตกรรม)",
      owner: "สทส.",
      status: "pending",
      statusText: "ทราบผล เดือน ก.ย. ๖๖",
      cell: "Q5",
    });
    expect(s.missing).toEqual([]);
    expect([s.reportedCount, s.kpiCount]).toEqual([8, 22]);
    expect(s.reportedText).toBe("รายงานผลแล้ว ๘ จาก ๒๒ ตัวชี้วัด");
  });

  it("says when each pending result is due in the sheet's own words", () => {
    const s = buildSummary(scorecardOf(withCells(grid, [[5, 16, "ทราบผล เดือน ธ.ค. ๖๖"], [8, 16, "รอผล"]])), DAY);
    expect(s.pending.slice(0, 3).map((k) => [k.id, k.statusText])).toEqual([
      ["1.1", "ทราบผล เดือน ก.ย. ๖๖"],
      ["1.2", "ทราบผล เดือน ธ.ค. ๖๖"],
      ["2.2", "รอผล"],
    ]);
  });

  it("quotes the note of a pending result the report's round has passed, too", () => {
    const twelveMonths = "กรมส่งเสริมสหกรณ์ ปีงบประมาณ พ.ศ. ๒๕๖๖ ( ๑ ตุลาคม ๒๕๖๕ ถึง ๓๐ กันยายน ๒๕๖๖) ๑๒ เดือน";
    const c = scorecardOf(withCells(grid, [[0, 0, twelveMonths], [8, 16, "รอผล"]]));
    expect(c.flags.filter((f) => f.code === "result-overdue")).toHaveLength(13); // "รอผล" names no month
    const s = buildSummary(c, DAY);
    expect(s.pending.slice(0, 3).map((k) => [k.id, k.statusText])).toEqual([
      ["1.1", "ทราบผล เดือน ก.ย. ๖๖"],
      ["1.2", "ทราบผล เดือน ก.ย. ๖๖"],
      ["2.2", "รอผล"],
    ]);
  });

  it("scores the reported KPIs only, re-normalising the weights (computed by hand)", () => {
    // Reported: 1.3 (L2), 2.1 (L4), 2.3 (L5), 2.4 (L3), 3.3 (L1), 4.2 (L5), 4.3 (L5), 5.3 (L5); a = level ÷ 5.
    // มิติ ๑ (15): goal ๑ dropped (1.1, 1.2 pending); goal ๒ alone → 1.3: 0.4.                    → 0.4
    // มิติ ๒ (20): goal ๓: 2.1, 2.3, 2.4 weigh 25 each, scaled to ⅓ each: (0.8 + 1 + 0.6) ÷ 3 = 0.8 → 0.8
    // มิติ ๓ (30): only goal ๖ has a reported KPI (3.3: 0.2); the others dropped.                 → 0.2
    // มิติ ๔ (20): only goal ๑๑: 4.2 and 4.3 both level 5.                                       → 1.0
    // มิติ ๕ (15): only goal ๑๔, and in it only 5.3 (level 5).                                    → 1.0
    // All five dimensions keep their weights (they add to 100):
    // 15×0.4 + 20×0.8 + 30×0.2 + 20×1 + 15×1 = 6 + 16 + 6 + 20 + 15 = 63.
    const s = buildSummary(card, DAY);
    expect(s.reportedOnly).toMatchObject({ score: 63, text: "๖๓.๐๐", kpis: 8, goals: 5, dimensions: 5 });
    expect(s.reportedOnly.label).toContain("เฉพาะตัวชี้วัดที่รายงานผลแล้ว");
  });
});

describe("reportedOnlyScore", () => {
  it("equals the official rule when every KPI has reported", () => {
    const levels = [5, 4, 2, 4, 1, 5, 3, 2, 3, 1, 0, 5, 4, 4, 2, 5, 5, 3, 1, 2, 5, 4];
    const c = withStatus(Object.fromEntries(card.kpis.map((k, i) => [k.id, ["ok", levels[i]]])));
    const official = c.kpis.reduce((sum, k) => {
      const g = c.goals[k.goalIndex];
      return sum + kpiPoints(k.level, k.weight, g.weight, c.dimensions[g.dimensionIndex].weight);
    }, 0);
    expect(reportedOnlyScore(c).score).toBeCloseTo(official, 9);
    expect(reportedOnlyScore(c)).toMatchObject({ kpis: 22, goals: 14, dimensions: 5 });
  });

  it("leaves missing and invalid KPIs out too, and drops a dimension with nothing reported", () => {
    // 1.3 missing: มิติ ๑ has no reported KPI left and is dropped; the other four weigh 85.
    const c = withStatus({ "1.3": ["missing", null] });
    expect(reportedOnlyScore(c).score).toBeCloseTo(((16 + 6 + 20 + 15) / 85) * 100, 9);
    expect(reportedOnlyScore(c).dimensions).toBe(4);
    const s = buildSummary(withStatus({ "1.3": ["missing", null], "2.1": ["invalid", null] }), DAY);
    expect(s.missing.map((k) => [k.id, k.status, k.owner])).toEqual([["1.3", "missing", "กพร."], ["2.1", "invalid", "กกจ. ทุกกลุ่ม"]]);
    expect(s.missing.map((k) => k.statusText)).toEqual(["ไม่มีข้อมูล", "ข้อมูลอ่านไม่ได้"]);
    expect(s.reportedCount).toBe(6);
  });

  it("is null when nothing has reported", () => {
    const c = withStatus(Object.fromEntries(card.kpis.map((k) => [k.id, ["pending", null]])));
    expect(reportedOnlyScore(c)).toEqual({ score: null, kpis: 0, goals: 0, dimensions: 0 });
    expect(buildSummary(c, DAY).reportedOnly.text).toBe("-");
  });
});

describe("Arabic-digit sheets", () => {
  it("writes display strings in Arabic digits", () => {
    const g = numericCells(grid);
    const c = scorecardOf({ ...g, values: g.values.map((row, r) => (r === 0 ? row.map((v) => (typeof v === "string" ? "HR Scorecard กรมตัวอย่าง ปีงบประมาณ 2567 รอบ 9 เดือน" : v)) : row)) });
    const s = buildSummary(c, DAY);
    expect(s.thaiDigits).toBe(false);
    expect(s.heading).toBe("ปีงบประมาณ พ.ศ. 2567 รอบ 9 เดือน");
    expect(s.department).toBe("กรมตัวอย่าง");
    expect(s.totalText).toBe("28.83");
    expect(s.exportDateText).toBe("25 พฤศจิกายน 2569");
    expect(s.pending[0].numberText).toBe("1.1");
  });
});

describe("kpiDisplayName", () => {
  it.each([
    ["๑.๓ ระดับความสำเร็จในการแบ่งส่วนราชการภายในกรม (กพร.) (๓)", "กพร.", "ระดับความสำเร็จในการแบ่งส่วนราชการภายในกรม"],
    ["๔.๑ ผลคะแนน ITA (ป.ป.ช. เป็นผู้ประเมิน) ไม่น้อยกว่าร้อยละ ๘๕ (กกจ. กลุ่มวินัยฯ) (๑๕)", "กกจ. กลุ่มวินัยฯ", "ผลคะแนน ITA (ป.ป.ช. เป็นผู้ประเมิน) ไม่น้อยกว่าร้อยละ ๘๕"],
    ["ร้อยละความพึงพอใจ", "", "ร้อยละความพึงพอใจ"],
    ["ตัวชี้วัดที่ 2.1 จำนวนหลักสูตร (สทส.)", "สทส.", "จำนวนหลักสูตร"],
  ])("%p", (name, owner, shown) => {
    expect(kpiDisplayName({ name, owner })).toBe(shown);
  });
});

describe("buildSummary on a 5-point table", () => {
  const five = (rows: AgencyRow[] = EXAMPLE_ROWS, options: Parameters<typeof analyze>[1] = {}, shape: Parameters<typeof agencyGrid>[1] = {}) => {
    const r = analyze(agencyGrid(rows, shape).grid, options);
    if (!r.ok) throw new Error(r.reason.messageEn);
    return buildSummary(r.scorecard, DAY);
  };
  const reported = EXAMPLE_ROWS.map((r) => ("no" in r && r.no === "3.1" ? { ...r, result: 90 } : r));

  it("says its scale, takes the table's title, and gives the total out of 5 to four decimals", () => {
    const s = five();
    expect(s).toMatchObject({ scale: 5, decimals: 4, title: "ตารางสรุปผลการปฏิบัติราชการตามคำรับรองการปฏิบัติราชการ", department: "กรมตัวอย่าง", fiscalYear: 2567, roundMonths: 12 });
    expect([s.total, s.totalText, s.totalLabel]).toEqual([217 / 85, "2.5529", "คะแนนรวม (เต็ม ๕ คะแนน)"]);
    expect(s.lines?.map((l) => [l.kind, l.numberText || l.name.slice(0, 9), l.score, l.points === null ? null : Math.round(l.points * 1e4) / 1e4])).toEqual([
      ["dimension", "มิติที่ 1", null, 1.9412], ["kpi", "1.1", 3.6, 1.0588], ["kpi", "1.2", 3, 0.8824],
      ["dimension", "มิติที่ 2", null, 0.6118], ["kpi", "2.1", 2.6, 0.6118],
      ["dimension", "มิติที่ 3", null, 0], ["kpi", "3.1", 0, 0], ["kpi", "3.2", null, null],
    ]);
    expect(s.excluded.map((k) => [k.id, k.statusText])).toEqual([["3.2", "ยกเลิกตัวชี้วัด (ไม่นับคะแนนและน้ำหนัก)"]]);
    expect(s.pending.map((k) => [k.id, k.statusText])).toEqual([["3.1", "รอผล (N/A)"]]);
  });

  it("shows the total with pending KPIs out of the sum where it differs from the total, never a figure out of 100", () => {
    const s = five();
    expect(s.reportedOnly).toMatchObject({ shown: true, score: 217 / 70, text: "3.1000", kpis: 3 });
    // The sheet already set to leave pending KPIs out: the figure is the total itself, and is not shown twice.
    const out = five(EXAMPLE_ROWS, { pendingOutOfSum: true });
    expect(out.total).toBe(217 / 70);
    expect(out.reportedOnly).toMatchObject({ shown: false, score: 217 / 70 });
    // Nothing pending: the two rules agree.
    expect(five(reported).reportedOnly.shown).toBe(false);
  });

  it("writes Thai digits where the sheet does, and marks a typed score", () => {
    const rows: AgencyRow[] = [{ group: "มิติที่ 1 ด้านประสิทธิผล" }, { no: "1.1", name: "ระดับความสำเร็จ", weight: 100, criteria: [1, 2, 3, 4, 5], result: null, score: 4.5 }];
    const s = five(rows, {}, { digits: "thai" });
    expect(s.thaiDigits).toBe(true);
    expect([s.totalText, s.heading]).toEqual(["๔.๕๐๐๐", "ปีงบประมาณ พ.ศ. ๒๕๖๗ รอบ ๑๒ เดือน"]);
    expect(s.lines?.[1]).toMatchObject({ numberText: "๑.๑", score: 4.5, points: 4.5, statusText: "ค่าคะแนนที่กรอกไว้ (ไม่มีผลเป็นตัวเลข)" });
  });

  it("leaves the HR Scorecard's summary as it was: out of 100, its reported-only score shown", () => {
    const s = buildSummary(card, DAY);
    expect(s).toMatchObject({ scale: 100, decimals: 2, totalLabel: "คะแนน HR Scorecard (เต็ม ๑๐๐ คะแนน)", excluded: [] });
    expect(s.lines).toBeUndefined();
    expect(s.reportedOnly).toMatchObject({ shown: true, score: 63, text: "๖๓.๐๐" });
  });
});
