// The summary of a sheet with result blocks (rounds side by side): the change column compares the block summarised
// with the block before it; the first block, or a sheet of one block, has none.
import { summaryLayout } from "../src/export";
import { buildSummary, type Scorecard } from "../src/scorecard";
import { blockSheet, type BlockSheetShape } from "./fixtures/blockGrids";
import { scorecardOf } from "./fixtures/scored";

const ROUNDS = ["รอบ 6 เดือน", "รอบ 9 เดือน", "รอบ 12 เดือน"];
const DAY = new Date(2026, 10, 25);

const scored = (shape: BlockSheetShape): Scorecard => scorecardOf(blockSheet(shape).grid);

/** Column F of the dimension table's rows: header, the one dimension, its two goals, the total. */
function changeColumn(card: Scorecard): unknown[] {
  const rows = summaryLayout(buildSummary(card, DAY)).rows;
  const header = rows.findIndex((r) => r.cells[0] === "มิติที่");
  return rows.slice(header, header + 5).map((r) => r.cells[5]);
}

describe("summary of a sheet with result blocks", () => {
  // HR Scorecard total = 6 × (L1 + L2) + 8 × L3: 12 months 92, 9 months 78, 6 months 58.
  const results = [[3, 4, 2], [4, 5, 3], [5, 5, 4]];

  it("three blocks: the 12-month block against the 9-month one, each goal, the dimension and the total", () => {
    const card = scored({ scale: 100, headings: ROUNDS, results });
    expect(card.total).toBeCloseTo(92, 9);
    // Goal 1 (60% of 100): 6 × (L1 + L2), 54 → 60; goal 2 (40%): 8 × L3, 24 → 32.
    expect(changeColumn(card)).toEqual(["เทียบกับ รอบ 9 เดือน", "▲ +14.00", "▲ +6.00", "▲ +8.00", "▲ +14.00"]);
  });

  it("a block going down reads ▼ with the minus sign; a block not yet reported leaves the previous pair", () => {
    const down = scored({ scale: 100, headings: ROUNDS.slice(0, 2), results: [results[2], results[1]] });
    expect(changeColumn(down)).toEqual(["เทียบกับ รอบ 6 เดือน", "▼ -14.00", "▼ -6.00", "▼ -8.00", "▼ -14.00"]);
    const pending = scored({ scale: 100, headings: ROUNDS, results: [results[0], results[1], [null, null, null]] });
    expect(pending.block).toBe("รอบ 9 เดือน");
    expect(changeColumn(pending)[0]).toBe("เทียบกับ รอบ 6 เดือน");
    expect(changeColumn(pending)[4]).toBe("▲ +20.00");
  });

  it("the first block alone, or a sheet of one block, has no change column (the summary as before)", () => {
    const first = scored({ scale: 100, headings: ROUNDS, results: [results[0], [null, null, null], [null, null, null]] });
    expect(buildSummary(first, DAY).change).toBeUndefined();
    expect(summaryLayout(buildSummary(first, DAY)).widths).toHaveLength(5);
  });

  it("the rounds for the chart: every block up to this one that holds a result, oldest first, by its heading", async () => {
    const all = buildSummary(scored({ scale: 100, headings: ROUNDS, results }), DAY);
    expect(all.rounds?.map((r) => [r.label, Math.round(r.total * 1e9) / 1e9, r.current])).toEqual([
      ["รอบ 6 เดือน", 58, false],
      ["รอบ 9 เดือน", 78, false],
      ["รอบ 12 เดือน", 92, true],
    ]);
    // The 12-month block not yet in: the chart stops at the 9-month one; a block nobody filled in before it is no round.
    expect(buildSummary(scored({ scale: 100, headings: ROUNDS, results: [results[0], results[1], [null, null, null]] }), DAY).rounds?.map((r) => r.label)).toEqual(["รอบ 6 เดือน", "รอบ 9 เดือน"]);
    expect(buildSummary(scored({ scale: 100, headings: ROUNDS, results: [[null, null, null], results[1], results[2]] }), DAY).rounds?.map((r) => r.label)).toEqual(["รอบ 9 เดือน", "รอบ 12 เดือน"]);
    expect(buildSummary(scored({ scale: 100, headings: ROUNDS, results: [results[0], [null, null, null], [null, null, null]] }), DAY).rounds).toBeUndefined();
  });

  it("assessors side by side: the chart's labels are the assessors as the sheet heads them", () => {
    const s = buildSummary(scored({ scale: 100, headings: ["ประเมินตนเอง", "คณะกรรมการประเมิน"], results: [results[2], results[1]] }), DAY);
    expect(s.rounds?.map((r) => r.label)).toEqual(["ประเมินตนเอง", "คณะกรรมการประเมิน"]);
    expect(changeColumn(scored({ scale: 100, headings: ["ประเมินตนเอง", "คณะกรรมการประเมิน"], results: [results[2], results[1]] }))[0]).toBe("เทียบกับ ประเมินตนเอง");
  });

  it("5-point blocks: a change column after the weighted score, each KPI's weighted score and the total, 4 decimals", () => {
    // Weights 50, 30, 20: 6 months 3, 4, 2 → 3.1000; 9 months 4, 5, 3 → 4.1000.
    const card = scored({ scale: 5, headings: ROUNDS.slice(0, 2), results: results.slice(0, 2) });
    const layout = summaryLayout(buildSummary(card, DAY));
    expect(layout.widths).toHaveLength(7);
    expect(layout.widths.reduce((a, b) => a + b, 0)).toBe(134); // still one A4 landscape page wide
    const header = layout.rows.findIndex((r) => r.cells[0] === "ตัวชี้วัดที่");
    expect(layout.rows[header].cells).toEqual(["ตัวชี้วัดที่", "ตัวชี้วัด", "น้ำหนัก (ร้อยละ)", "ค่าคะแนนที่ได้", "คะแนนถ่วงน้ำหนัก", "เทียบกับ รอบ 6 เดือน", "หมายเหตุ"]);
    const kpis = layout.rows.slice(header + 1, header + 4);
    expect(kpis.map((r) => r.cells[5])).toEqual(["▲ +0.5000", "▲ +0.3000", "▲ +0.2000"]);
    const total = layout.rows.find((r) => r.style === "total")!;
    expect(total.cells.slice(4, 6)).toEqual([{ number: card.total, decimals: 4 }, "▲ +1.0000"]);
    // Every text row spans the seven columns.
    expect(layout.rows[0].merges).toEqual([[0, 6]]);
    // The first block alone: the six columns as before.
    const first = scored({ scale: 5, headings: ROUNDS.slice(0, 2), results: [results[0], [null, null, null]] });
    expect(summaryLayout(buildSummary(first, DAY)).widths).toHaveLength(6);
  });

  it("5-point: a KPI left out now says - in the change column, a KPI going down ▼ (the weights left re-share: 50 × 2 ÷ 70 against 50 × 4 ÷ 100)", () => {
    const card = scored({ scale: 5, headings: ROUNDS.slice(0, 2), results: [[4, 5, 3], [2, "ยกเลิกตัวชี้วัด", 3]] });
    const layout = summaryLayout(buildSummary(card, DAY));
    const header = layout.rows.findIndex((r) => r.cells[0] === "ตัวชี้วัดที่");
    expect(layout.rows.slice(header + 1, header + 4).map((r) => r.cells[5])[0]).toMatch(/^▼ -/);
    expect(layout.rows[header + 2].cells[5]).toBe("-");
  });

  it("blocks out of order on the sheet (12 months left of 6): the change and the chart go by the months", () => {
    const card = scored({ scale: 100, headings: ["รอบ ๑๒ เดือน", "รอบ ๖ เดือน"], results: [results[2], results[0]] });
    expect(card.block).toBe("รอบ ๑๒ เดือน");
    const s = buildSummary(card, DAY);
    expect(s.rounds?.map((r) => r.label)).toEqual(["รอบ ๖ เดือน", "รอบ ๑๒ เดือน"]);
    expect(s.change?.heading).toBe("เทียบกับ รอบ ๖ เดือน");
    expect(s.change?.totalText).toBe("▲ +34.00");
  });
});
