// The summary's layout: what the director reads, laid out to print on A4 without needless wrapping; and the
// charts beside it.
import path from "path";
import { blockSheet } from "../../test/fixtures/blockGrids";
import { FIXTURES, loadGrid, OFFICIAL } from "../../test/fixtures/grids";
import { type CellEdit, editedGrid, TWELVE_MONTHS } from "../../test/fixtures/rounds";
import { analyze, buildSummary } from "../scorecard";
import { DIMENSIONS_CHART, ROUNDS_CHART, summaryCharts, summaryLayout } from "./summaryLayout";
import { LINE_HEIGHT, rowHeight } from "./xlsxSheet";

test("a pending KPI's row says when its result is due, on one line where its name is short", async () => {
  const result = analyze(await loadGrid(OFFICIAL));
  if (!result.ok) throw new Error(result.reason.messageEn);
  const layout = summaryLayout(buildSummary(result.scorecard, new Date(2026, 10, 25)));
  const row = layout.rows.find((r) => r.cells[0] === "๑.๒")!; // "ร้อยละบุคลากรของหน่วยงานเข้าร่วมแลกเปลี่ยนเรียนรู้"
  expect(row.cells.slice(2)).toEqual(["สทส.", "ทราบผล เดือน ก.ย. ๖๖", "Q6"]);
  expect(rowHeight(row, layout.widths)).toBe(LINE_HEIGHT.normal);
  expect(layout.widths.reduce((a, b) => a + b, 0)).toBe(134); // the width that prints one A4 landscape page wide
});

test("the score among reported KPIs stands in a lighter box of its own under the official total, its label first", async () => {
  const result = analyze(await loadGrid(OFFICIAL));
  if (!result.ok) throw new Error(result.reason.messageEn);
  const rows = summaryLayout(buildSummary(result.scorecard, new Date(2026, 10, 25))).rows;
  const total = rows.findIndex((r) => r.cells[0] === "คะแนน HR Scorecard (เต็ม ๑๐๐ คะแนน)");
  const aside = rows.findIndex((r) => r.cells[0] === "คะแนนเฉพาะตัวชี้วัดที่รายงานผลแล้ว (ไม่ใช่คะแนนทางการ)");
  expect(aside).toBeGreaterThan(total);
  // The official box (the total and how many have reported) ends, a blank row, then the aside box.
  expect(rows.slice(total, aside).map((r) => r.style)).toEqual(["group", "item", "blank"]);
  expect(rows[aside].cells[3]).toEqual({ number: 63, decimals: 2 });
  expect(rows[aside].style).toBe("aside");
  expect(rows[aside + 1]).toMatchObject({ style: "aside", merges: [[0, 4]] });
  expect(rows[aside + 1].cells[0]).toMatch(/^ไม่นับตัวชี้วัดที่รอผล.*\(นับ ๘ ตัวชี้วัด ใน ๕ เป้าประสงค์ ๕ มิติ\)$/);
  // No official row holds the aside figure.
  expect(rows.filter((r) => r.style !== "aside").flatMap((r) => r.cells).some((c) => typeof c === "object" && c?.number === 63)).toBe(false);
});

describe("summaryCharts", () => {
  const DAY = new Date(2026, 10, 25);
  const card = async (file: string, edits: CellEdit[] = []) => {
    const result = analyze(editedGrid(await loadGrid(file), edits));
    if (!result.ok) throw new Error(result.reason.messageEn);
    return result.scorecard;
  };
  const AGENCY = path.join(FIXTURES, "agency-5point.xlsx");

  it("one round: only the dimension bars, points against weight, the value axis from 0, as the summary's dimension table", async () => {
    const charts = summaryCharts(buildSummary(await card(OFFICIAL), DAY));
    expect(charts).toHaveLength(1);
    expect(charts[0]).toMatchObject({
      name: DIMENSIONS_CHART, kind: "bar", numberHeading: "มิติที่", headings: ["มิติ", "น้ำหนัก", "คะแนนที่ได้"],
      series: [[15, 20, 30, 20, 15], [3, 12, 1.2, 10, 2.625]], decimals: [0, 2], valueAxis: { min: 0 },
    });
    expect(charts[0].categories[0]).toBe("๑. ความสอดคล้องเชิงยุทธศาสตร์");
  });

  it("with an earlier round (HR Scorecard): first the totals by round as columns, 0 to 100, two decimals, Thai digits in the labels", async () => {
    const twelve = await card(OFFICIAL, TWELVE_MONTHS);
    const charts = summaryCharts(buildSummary(twelve, DAY, [await card(OFFICIAL)]));
    expect(charts.map((c) => [c.name, c.kind])).toEqual([[ROUNDS_CHART, "column"], [DIMENSIONS_CHART, "bar"]]);
    expect(charts[0]).toMatchObject({
      title: "คะแนนรวมแต่ละรอบ", numberHeading: "รอบที่", headings: ["รอบ", "คะแนนรวม (เต็ม ๑๐๐ คะแนน)"],
      categories: ["รอบ ๖ เดือน", "รอบ ๑๒ เดือน"], decimals: [2], valueAxis: { min: 0, max: 100 },
    });
    expect(charts[0].series).toHaveLength(1); // one series: no legend
    expect(charts[0].series[0][0]).toBeCloseTo(28.825, 9);
    expect(charts[0].series[0][1]).toBeCloseTo(twelve.total, 9);
    expect(charts[1].series[1]).toEqual(twelve.dimensions.map((d) => d.points)); // the dimension chart is this round's
  });

  it("5-point scale: the dimension bars against what each could reach; with result blocks, the totals by round out of 5 to four decimals", async () => {
    const [agency] = summaryCharts(buildSummary(await card(AGENCY), DAY));
    // Out of 5, to 4 decimals as the 5-point summary writes them.
    expect(agency).toMatchObject({ headings: ["มิติ", "คะแนนเต็ม", "คะแนนถ่วงน้ำหนักที่ได้"], decimals: [4, 4], valueAxis: { min: 0 } });
    expect(agency.series[0].map((w) => Math.round(w * 1e9))).toEqual([250 / 85, 100 / 85, 75 / 85].map((w) => Math.round(w * 1e9)));

    const blocks = analyze(blockSheet({ scale: 5, headings: ["รอบ 6 เดือน", "รอบ 9 เดือน", "รอบ 12 เดือน"], results: [[3, 4, 2], [4, 5, 3], [5, 5, 4]] }).grid);
    if (!blocks.ok) throw new Error(blocks.reason.messageEn);
    const [rounds, dims] = summaryCharts(buildSummary(blocks.scorecard, DAY));
    expect(rounds).toMatchObject({ name: ROUNDS_CHART, kind: "column", categories: ["รอบ 6 เดือน", "รอบ 9 เดือน", "รอบ 12 เดือน"], decimals: [4], valueAxis: { min: 0, max: 5 } });
    expect(rounds.headings[1]).toBe("คะแนนรวม (เต็ม 5 คะแนน)");
    // 0.5 × level + 0.3 × level + 0.2 × level of each block.
    expect(rounds.series[0].map((t) => Math.round(t * 1e9) / 1e9)).toEqual([3.1, 4.1, 4.8]);
    // No group rows on this sheet: no dimension chart, whose one bar (the group the engine makes) would be the total.
    expect(dims).toBeUndefined();
    expect(summaryCharts(buildSummary(blocks.scorecard, DAY)).map((c) => c.name)).toEqual([ROUNDS_CHART]);
  });
});
