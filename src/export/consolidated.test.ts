// The consolidation's layout: the column naming each row's result block (รอบ / ชุดผล) is there only where some
// row is of a block, right after the title's round, and the HR-only consolidation of plain sheets is as it was.
import { blockSheet } from "../../test/fixtures/blockGrids";
import { loadGrid, OFFICIAL } from "../../test/fixtures/grids";
import { buildSummary, type Summary } from "../scorecard";
import { BLOCK_COLUMN, consolidatedLayout, type ConsolidatedRow } from "./consolidated";
import { layoutCsv, parseCsv } from "./csv";
import { LINE_HEIGHT, rowHeight } from "./xlsxSheet";
import { scorecardOf as scored } from "../../test/fixtures/scored";

const DAY = new Date(2026, 10, 25);
const ROUNDS = ["รอบ 6 เดือน", "รอบ 9 เดือน", "รอบ 12 เดือน"];

let official: Summary;
beforeAll(async () => {
  official = buildSummary(scored(await loadGrid(OFFICIAL)), DAY);
});

const headerOf = (rows: ConsolidatedRow[]) => consolidatedLayout(rows).rows.find((r) => r.style === "header")!.cells;
const bodyOf = (rows: ConsolidatedRow[]) => consolidatedLayout(rows).rows.filter((r) => r.style === "item").map((r) => r.cells);

describe("the consolidation's block column", () => {
  it("is not there when no row is of a block: the HR-only header and rows as before", () => {
    const rows: ConsolidatedRow[] = [{ file: "a.xlsx", sheet: "HR Scorecard", summary: official, note: "" }, { file: "b.xlsx", sheet: "", note: "อ่านไฟล์ไม่ได้" }];
    expect(headerOf(rows)).toEqual(["ลำดับ", "ไฟล์", "แผ่นงาน", "หน่วยงาน", "ปีงบประมาณ / รอบ", "คะแนนรวม", "มิติ ๑", "มิติ ๒", "มิติ ๓", "มิติ ๔", "มิติ ๕", "รายงานผลแล้ว", "รอผล", "ไม่มีข้อมูล", "ตัวชี้วัดทั้งหมด", "หมายเหตุ"]);
    expect(bodyOf(rows)[0].slice(4, 6)).toEqual(["ปีงบประมาณ พ.ศ. ๒๕๖๖ รอบ ๖ เดือน", { number: 28.825, decimals: 2 }]);
    expect(consolidatedLayout(rows).widths).toHaveLength(16);
  });

  it("follows the title's round where some row is of a block, each block row holding its heading, the others empty", () => {
    const card = scored(blockSheet({ scale: 100, headings: ROUNDS, results: [[3, 4, 2], [4, 5, 3], [null, null, null]] }).grid);
    const rows: ConsolidatedRow[] = [
      ...card.blocks!.slice(0, 2).map((b) => ({ file: "blocks.xlsx", sheet: "ผลรายรอบ", block: b.heading, summary: buildSummary(b.scorecard, DAY), note: "" })),
      { file: "a.xlsx", sheet: "HR Scorecard", summary: official, note: "" },
      { file: "b.xlsx", sheet: "", note: "อ่านไฟล์ไม่ได้" },
    ];
    const layout = consolidatedLayout(rows);
    const header = headerOf(rows);
    expect(header.slice(4, 7)).toEqual(["ปีงบประมาณ / รอบ", BLOCK_COLUMN, "คะแนนรวม"]);
    expect(header).toHaveLength(17);
    expect(layout.widths).toHaveLength(17);
    // Total 6 × (L1 + L2) + 8 × L3: 58 at 6 months, 78 at 9.
    expect(bodyOf(rows).map((c) => [c[1], c[4], c[5], c[6]])).toEqual([
      ["blocks.xlsx", "ปีงบประมาณ พ.ศ. 2567", "รอบ 6 เดือน", { number: 58, decimals: 2 }],
      ["blocks.xlsx", "ปีงบประมาณ พ.ศ. 2567", "รอบ 9 เดือน", { number: 78, decimals: 2 }],
      ["a.xlsx", "ปีงบประมาณ พ.ศ. ๒๕๖๖ รอบ ๖ เดือน", "", { number: 28.825, decimals: 2 }],
      ["b.xlsx", "", "", null],
    ]);
    // The title and subtitle span every column, the new one included.
    expect(layout.rows[0].merges).toEqual([[0, 16]]);
    // The CSV has it too.
    const csv = parseCsv(layoutCsv(layout));
    expect(csv[2][5]).toBe(BLOCK_COLUMN);
    expect(csv.slice(3).map((r) => r[5])).toEqual(["รอบ 6 เดือน", "รอบ 9 เดือน", "", ""]);
  });

  it("beside a 5-point sheet of blocks, the scale's columns as without blocks: คะแนนเต็ม after the total, ไม่นับรวม before the KPI count", () => {
    const card = scored(blockSheet({ scale: 5, headings: ROUNDS.slice(0, 2), results: [[3, 4, 2], [4, 5, 3]] }).grid);
    const rows: ConsolidatedRow[] = [
      { file: "five.xlsx", sheet: "ผลรายรอบ", block: card.block, summary: buildSummary(card, DAY), note: "" },
      { file: "a.xlsx", sheet: "HR Scorecard", summary: official, note: "" },
    ];
    const header = headerOf(rows);
    expect(header.slice(4, 8)).toEqual(["ปีงบประมาณ / รอบ", BLOCK_COLUMN, "คะแนนรวม", "คะแนนเต็ม"]);
    expect(header.slice(-4)).toEqual(["ไม่มีข้อมูล", "ไม่นับรวม", "ตัวชี้วัดทั้งหมด", "หมายเหตุ"]);
    // Weights 50, 30, 20: the 9-month block's scores 4, 5, 3 give 4.1000 out of 5; the official sheet 28.83 out of 100.
    expect(bodyOf(rows).map((c) => [c[5], c[6], c[7]])).toEqual([
      ["รอบ 9 เดือน", { number: card.total, decimals: 4 }, { number: 5, decimals: 0 }],
      ["", { number: 28.825, decimals: 2 }, { number: 100, decimals: 0 }],
    ]);
    expect(card.total).toBeCloseTo(4.1, 12);
    expect(consolidatedLayout(rows).rows.some((r) => r.style === "note" && String(r.cells[0]).startsWith("รวมคะแนนสองแบบ"))).toBe(true);
  });

  it("fits an assessor's heading on one line, so a row of blocks is no taller than a plain one", () => {
    const card = scored(blockSheet({ scale: 100, headings: ["ประเมินตนเอง", "คณะกรรมการประเมิน"], results: [[3, 4, 2], [4, 5, 3]] }).grid);
    const rows: ConsolidatedRow[] = [{ file: "a.xlsx", sheet: "ผลรายรอบ", block: card.block, summary: buildSummary(card, DAY), note: "" }];
    const layout = consolidatedLayout(rows);
    const row = layout.rows.find((r) => r.style === "item")!;
    expect(row.cells[5]).toBe("คณะกรรมการประเมิน");
    expect(rowHeight(row, layout.widths)).toBe(LINE_HEIGHT.normal);
  });
});

describe("the consolidation's dimension columns", () => {
  it("hold the dimensions each sheet names: a 5-point table without group rows leaves them empty, its total says it", () => {
    const five = buildSummary(scored(blockSheet({ scale: 5, headings: ["รอบ 6 เดือน"], results: [[3, 4, 2]] }).grid), DAY);
    const alone = consolidatedLayout([{ file: "five.xlsx", sheet: "ผลรายรอบ", summary: five, note: "" }]);
    expect(alone.rows.find((r) => r.style === "header")!.cells.some((c) => typeof c === "string" && c.startsWith("มิติ"))).toBe(false);
    const rows: ConsolidatedRow[] = [{ file: "a.xlsx", sheet: "HR Scorecard", summary: official, note: "" }, { file: "five.xlsx", sheet: "ผลรายรอบ", summary: five, note: "" }];
    const header = headerOf(rows);
    const [first, last] = [header.indexOf("มิติ ๑"), header.indexOf("มิติ ๕")];
    expect(bodyOf(rows)[1].slice(first, last + 1)).toEqual([null, null, null, null, null]);
    expect(bodyOf(rows)[0][first]).toEqual({ number: 3, decimals: 2 });
  });
});
