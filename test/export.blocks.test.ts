// The summary of a sheet with result blocks (rounds side by side): the change column compares the block summarised
// with the block before it; the first block, or a sheet of one block, has none.
import { summaryLayout } from "../src/export";
import { analyze, buildSummary, type Scorecard } from "../src/scorecard";
import { blockSheet, type BlockSheetShape } from "./fixtures/blockGrids";

const ROUNDS = ["รอบ 6 เดือน", "รอบ 9 เดือน", "รอบ 12 เดือน"];
const DAY = new Date(2026, 10, 25);

function scored(shape: BlockSheetShape): Scorecard {
  const r = analyze(blockSheet(shape).grid);
  if (!r.ok) throw new Error(r.reason.message);
  return r.scorecard;
}

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
});
