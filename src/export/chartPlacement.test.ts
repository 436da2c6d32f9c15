// Where the charts go under the summary: each chart's table on a new printed page, the chart below it, the next
// chart's table below that chart; the addresses point at the cells the rows hold.
import { num, type SheetLayout, type SummaryChartData, textRow } from "../scorecard";
import { chartPlacement } from "./chartPlacement";
import { rowHeight } from "./xlsxSheet";

const layout: SheetLayout = {
  sheetName: "สรุปผล HR Scorecard",
  widths: [8, 56, 14, 14, 12, 30],
  thaiDigits: true,
  rows: [textRow("title", "สรุปผล HR Scorecard", 6), { style: "item", cells: ["๑", "มิติ", num(15, 0), num(3), null, null] }],
};
const rounds: SummaryChartData = {
  name: "HR Scorecard รายรอบ", kind: "column", title: "คะแนนรวมแต่ละรอบ", numberHeading: "รอบที่", headings: ["รอบ", "คะแนนรวม"],
  categories: ["รอบ ๖ เดือน", "รอบ ๙ เดือน", "รอบ ๑๒ เดือน"], series: [[28.825, 50, 69.9]], decimals: [2], valueAxis: { min: 0, max: 100 },
};
const dims: SummaryChartData = {
  name: "HR Scorecard รายมิติ", kind: "bar", title: "คะแนนที่ได้เทียบกับน้ำหนักรายมิติ", numberHeading: "มิติที่", headings: ["มิติ", "น้ำหนัก", "คะแนนที่ได้"],
  categories: ["๑. ก", "๒. ข", "๓. ค", "๔. ง", "๕. จ"], series: [[15, 20, 30, 20, 15], [3, 12, 1.2, 10, 2.625]], decimals: [0, 2], valueAxis: { min: 0 },
};

/** The cell at an A1 address of the sheet the placement's rows complete (the layout's rows, then its own). */
function at(rows: SheetLayout["rows"], a1: string): unknown {
  const [, col, row] = /^([A-Z]+)(\d+)$/.exec(a1)!;
  const cell = rows[Number(row) - 1]?.cells[col.charCodeAt(0) - 65] ?? null;
  return cell !== null && typeof cell === "object" ? cell.number : cell;
}

describe("chartPlacement", () => {
  const placement = chartPlacement(layout, [rounds, dims]);
  const all = [...layout.rows, ...placement.rows];
  const [r, d] = placement.charts;

  it("places each chart's table on a new printed page: title, headings, one row per category with its running number", () => {
    expect(placement.rows[0].style).toBe("blank"); // one blank row after the summary
    expect(r.top).toBe(layout.rows.length + 1);
    for (const p of [r, d]) {
      expect(all[p.top]).toMatchObject({ style: "section", pageBreakBefore: true, merges: [[0, 5]] });
      expect(all[p.top].cells[0]).toBe(`ข้อมูลแผนภูมิ: ${p.chart.title}`);
      expect(all[p.top + 1].style).toBe("header");
    }
    expect(all.slice(r.top + 1, r.top + 5).map((row) => row.cells.slice(0, 3))).toEqual([
      ["รอบที่", "รอบ", "คะแนนรวม"],
      ["๑", "รอบ ๖ เดือน", { number: 28.825, decimals: 2 }],
      ["๒", "รอบ ๙ เดือน", { number: 50, decimals: 2 }],
      ["๓", "รอบ ๑๒ เดือน", { number: 69.9, decimals: 2 }],
    ]);
    expect(all[d.top + 2].cells.slice(2, 4)).toEqual([{ number: 15, decimals: 0 }, { number: 3, decimals: 2 }]);
    expect(all.every((row) => row.cells.length <= 6)).toBe(true);
    expect(all.filter((row) => row.pageBreakBefore).length).toBe(2);
    // Each table's look (borders, fill) covers its own columns: number, category and each series.
    expect(all.slice(r.top + 1, r.top + 5).map((row) => row.styledColumns)).toEqual([3, 3, 3, 3]);
    expect(all[d.top + 1].styledColumns).toBe(4);
  });

  it("gives addresses that hold the table: source with headings, categories, each series' name and values", () => {
    expect(r.source).toBe(`B${r.top + 2}:C${r.top + 5}`);
    expect(r.categories).toBe(`B${r.top + 3}:B${r.top + 5}`);
    expect(r.series).toEqual([{ name: `C${r.top + 2}`, values: `C${r.top + 3}:C${r.top + 5}` }]);
    expect(d.source).toBe(`B${d.top + 2}:D${d.top + 7}`);
    expect(d.series.map((s) => at(all, s.name))).toEqual(["น้ำหนัก", "คะแนนที่ได้"]);
    const [first, last] = d.series[1].values.split(":");
    expect([at(all, first), at(all, last)]).toEqual([3, 2.625]);
    expect(at(all, d.categories.split(":")[0])).toBe("๑. ก");
  });

  it("puts each chart below its table and above the next chart's, over blank rows, none overlapping", () => {
    for (const p of [r, d]) {
      const tableEnd = p.top + 1 + p.chart.categories.length;
      expect(p.from).toEqual({ row: tableEnd + 2, col: 0, address: `A${tableEnd + 3}` });
      expect(p.to.col).toBe(5);
      expect(p.to.address).toBe(`F${p.to.row + 1}`);
      // Every row the chart covers is a blank row of the placement, so the sheet has it and nothing is under it.
      for (let row = p.from.row; row <= p.to.row; row++) expect(all[row]).toMatchObject({ style: "blank" });
    }
    expect(r.to.row - r.from.row + 1).toBe(13); // the small chart of totals
    // The dimension chart would cover 16 rows as before (three a dimension and one); its page has room for 14.
    expect(d.to.row - d.from.row + 1).toBe(14);
    expect(d.top).toBe(r.to.row + 1);
    expect(all).toHaveLength(d.to.row + 1);
  });

  it("keeps each chart on the printed page of its table, below the print titles: A4 landscape less its margins", () => {
    const titled: SheetLayout = { ...layout, printTitleRows: [1, 2], rows: [textRow("title", "สรุปผล HR Scorecard กรมส่งเสริมสหกรณ์", 6), textRow("subtitle", "ปีงบประมาณ พ.ศ. ๒๕๖๖ รอบ ๑๒ เดือน", 6)] };
    const many = { ...dims, categories: dims.categories.concat(dims.categories), series: dims.series.map((s) => s.concat(s)) };
    const p = chartPlacement(titled, [rounds, many]);
    const rows = [...titled.rows, ...p.rows];
    const height = (from: number, to: number) => rows.slice(from, to + 1).reduce((h, row) => h + rowHeight(row, p.widths), 0);
    for (const c of p.charts) {
      const page = height(0, 1) + height(c.top, c.to.row);
      expect(page).toBeLessThanOrEqual(595 - 2 * 43.2);
      expect(c.to.row - c.from.row + 1).toBeGreaterThanOrEqual(8);
    }
  });

  it("leaves out a chart without categories, and adds nothing when none is left", () => {
    expect(chartPlacement(layout, [{ ...rounds, categories: [], series: [[]] }, dims]).charts.map((p) => p.chart.name)).toEqual([dims.name]);
    expect(chartPlacement(layout, [])).toEqual({ rows: [], charts: [], widths: layout.widths });
  });

  it("adds a column to a layout too narrow for a chart's series, so that every value has a cell", () => {
    const narrow = { ...layout, widths: [8, 40, 12], rows: [textRow("title", "สรุป", 3)] };
    const p = chartPlacement(narrow, [dims]);
    expect(p.widths).toEqual([8, 40, 12, 12]);
    expect(p.rows.find((row) => row.style === "header")?.cells).toEqual(["มิติที่", "มิติ", "น้ำหนัก", "คะแนนที่ได้"]);
    expect(p.rows.find((row) => row.style === "section")?.merges).toEqual([[0, 2]]); // the title across the summary's own width
  });
});
