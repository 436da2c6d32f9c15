// ExcelHost.writeSummarySheet on the mock workbook: the summary sheet of the official fixture, its cells,
// looks, print set-up and chart, in one sync (three when replacing an existing sheet), and the replace rules.
import path from "path";
import { chartPlacement, DIMENSIONS_CHART, ROUNDS_CHART, summaryCharts, summaryLayout, SUMMARY_SHEET } from "../export";
import { analyze, buildSummary, type Scorecard, SheetExistsError, SheetProtectedError } from "../scorecard";
import { loadGrid, OFFICIAL } from "../../test/fixtures/grids";
import { editedGrid, TWELVE_MONTHS } from "../../test/fixtures/rounds";
import type { ExcelCapabilities } from "./capabilities";
import { ExcelHost } from "./excelHost";
import { widthPoints } from "./exportSheet";
import { MockWorkbook, officeGlobal, type MockSheetInit } from "./testing/mockWorkbook";
import { readFixtureSheet } from "./testing/xlsxFixture";

const FIXTURE = path.join(__dirname, "../../test/fixtures/hr-scorecard-2566-6m.xlsx");
const DAY = new Date(2026, 10, 25, 10, 0);
const FLOOR: ExcelCapabilities = { mergedAreas: false, cellProperties: false, mergeUndoGroup: false, pageLayout: false, sharedRuntime: false };
const CURRENT: ExcelCapabilities = { mergedAreas: true, cellProperties: true, mergeUndoGroup: false, pageLayout: true, sharedRuntime: true };
const g = globalThis as unknown as { Excel: unknown; Office: unknown };
const S = SUMMARY_SHEET;

let fixture: MockSheetInit;
beforeAll(async () => {
  fixture = await readFixtureSheet(FIXTURE);
  g.Office = (await officeGlobal({ ExcelApi: "1.13" })).office;
});

/** `earlier`: rounds before the sheet's own (buildSummary's), which bring the chart of totals by round. */
async function setUp(caps = CURRENT, earlier: Scorecard[] = []) {
  const book = new MockWorkbook([fixture]);
  g.Excel = book.excel();
  const host = new ExcelHost({ capabilities: caps });
  const result = analyze(await host.readGrid(fixture.name));
  if (!result.ok) throw new Error(result.reason.message);
  const summary = buildSummary(result.scorecard, DAY, earlier);
  book.resetLog();
  return { book, host, layout: summaryLayout(summary), chart: summaryCharts(summary) };
}

/** The official sheet's 12-month copy (test/fixtures/rounds.ts), as a round before the 6-month sheet the mock holds. */
async function twelveMonths(): Promise<Scorecard> {
  const result = analyze(editedGrid(await loadGrid(OFFICIAL), TWELVE_MONTHS));
  if (!result.ok) throw new Error(result.reason.message);
  return result.scorecard;
}

/** The sheet's column `col` values, row by row (blank: ""). */
const column = (book: MockWorkbook, col: number, rows: number) => Array.from({ length: rows }, (_, r) => book.cell(S, r, col).value);
const rowOf = (book: MockWorkbook, col: number, text: string) => column(book, col, 80).indexOf(text);

describe("ExcelHost.writeSummarySheet", () => {
  it("writes the CLI's summary as a new, active sheet in one sync: values, Thai-digit formats, text kept as text", async () => {
    const { book, host, layout, chart } = await setUp();
    await host.writeSummarySheet(S, layout, chart, { replace: false });
    expect(book.log.syncs).toBe(1);
    expect(book.sheetNames()).toEqual([fixture.name, S]);
    expect(book.activeSheet).toBe(S);

    expect(book.cell(S, 0, 0).value).toBe("สรุปผล HR Scorecard กรมส่งเสริมสหกรณ์");
    const total = rowOf(book, 1, "คะแนน HR Scorecard (เต็ม ๑๐๐ คะแนน)");
    expect(book.cell(S, total, 3)).toMatchObject({ value: 28.825, numberFormat: "[$-D00041E]0.00", formula: null });
    expect(book.cell(S, total, 2)).toMatchObject({ value: 100, numberFormat: "[$-D00041E]0" });
    const dims = ["๑", "๒", "๓", "๔", "๕"].map((n) => book.cell(S, rowOf(book, 0, n), 3).value);
    expect(dims).toEqual([3, 12, 1.2, 10, 2.625]);
    const section = rowOf(book, 0, "ตัวชี้วัดที่รอผล (๑๔ ตัวชี้วัด)");
    const pending = Array.from({ length: 14 }, (_, i) => [0, 1, 2, 3].map((c) => book.cell(S, section + 2 + i, c).value));
    const due = "ทราบผล เดือน ก.ย. ๖๖"; // each pending KPI's own note
    expect(pending.map((r) => [r[0], r[2], r[3]])).toEqual([
      ["๑.๑", "สทส.", due], ["๑.๒", "สทส.", due], ["๒.๒", "กกจ. กลุ่มทะเบียนฯ", due], ["๓.๑", "สทส.", due],
      ["๓.๒", "สทส.", due], ["๓.๔", "สทส.", due], ["๓.๕", "สทส.", due], ["๓.๖", "สทส.", due], ["๓.๗", "กพร.", due],
      ["๔.๑", "กกจ. กลุ่มวินัยฯ", due], ["๔.๔", "กกจ. กลุ่มวินัยฯ", due], ["๕.๑", "กกจ. กลุ่มสวัสดิการฯ", due],
      ["๕.๒", "กกจ. กลุ่มสวัสดิการฯ", due], ["๕.๔", "กกจ. กลุ่มสวัสดิการฯ", due],
    ]);
    expect(pending.every((r) => typeof r[1] === "string" && r[1].length > 10)).toBe(true);
    expect(book.cell(S, section + 2, 0).numberFormat).toBe("@"); // "๑.๑" (or "1.1") is a KPI number, not 1.1
    // Every cell of the layout, exactly as the CLI's .xlsx holds it.
    layout.rows.forEach((row, r) =>
      row.cells.forEach((cell, c) => expect([r, c, book.cell(S, r, c).value]).toEqual([r, c, cell === null ? "" : typeof cell === "string" ? cell : cell.number])),
    );
  });

  it("formats it for print: TH SarabunPSK, bold headings, merged title, fills, borders, widths, A4 landscape one page wide", async () => {
    const { book, host, layout, chart } = await setUp();
    await host.writeSummarySheet(S, layout, chart, { replace: false });
    const f = (r: number, c: number, p: string) => book.formatAt(S, r, c, p);
    expect(f(0, 0, "font.name")).toBe("TH SarabunPSK");
    expect([f(0, 0, "font.bold"), f(0, 0, "font.size"), f(0, 0, "horizontalAlignment")]).toEqual([true, 16, "Center"]);
    expect(book.sheet(S).merges).toContainEqual({ top: 0, left: 0, bottom: 0, right: 4 });
    const header = rowOf(book, 0, "มิติที่");
    expect(f(header, 2, "font.bold")).toBe(true);
    expect(book.cell(S, header, 2).fill).toBe("#D9E1F2");
    expect(f(header, 1, "borders.EdgeTop.style")).toBe("Continuous");
    const item = rowOf(book, 0, "๓.๗");
    expect(f(item, 1, "font.bold")).toBeUndefined();
    expect(f(item, 0, "horizontalAlignment")).toBe("Center");
    expect(f(item, 1, "borders.InsideVertical.style")).toBe("Continuous");
    expect(layout.widths.map((_, c) => f(0, c, "columnWidth"))).toEqual(layout.widths.map(widthPoints));
    expect(f(item, 1, "rowHeight")).toBeGreaterThanOrEqual(21.75);
    expect(f(rowOf(book, 0, "๑"), 1, "borders.EdgeTop.style")).toBe("Continuous");
    const props = book.sheet(S).props;
    expect(props).toMatchObject({
      showGridlines: false,
      "pageLayout.orientation": "Landscape",
      "pageLayout.paperSize": "A4",
      "pageLayout.zoom": { horizontalFitToPages: 1 },
      "pageLayout.setPrintTitleRows()": ["$1:$2"],
    });
  });

  it("sets the score among reported KPIs apart: grey text, not bold, in a grey box of its own below the official total", async () => {
    const { book, host, layout, chart } = await setUp();
    await host.writeSummarySheet(S, layout, chart, { replace: false });
    const f = (r: number, c: number, p: string) => book.formatAt(S, r, c, p);
    const total = rowOf(book, 0, "คะแนน HR Scorecard (เต็ม ๑๐๐ คะแนน)");
    const aside = rowOf(book, 0, "คะแนนเฉพาะตัวชี้วัดที่รายงานผลแล้ว (ไม่ใช่คะแนนทางการ)");
    expect(aside).toBe(total + 3); // the official box (total, reported count), a blank row, then this one
    expect([f(total, 3, "font.bold"), f(total, 3, "font.color")]).toEqual([true, undefined]);
    for (const [r, c] of [[aside, 0], [aside, 3], [aside + 1, 0]]) {
      expect([f(r, c, "font.bold"), f(r, c, "font.color"), book.cell(S, r, c).fill]).toEqual([undefined, "#595959", null]);
      expect([f(r, c, "borders.EdgeTop.style"), f(r, c, "borders.EdgeTop.color")]).toEqual(["Continuous", "#A6A6A6"]);
    }
    expect(book.cell(S, aside, 3)).toMatchObject({ value: 63, numberFormat: "[$-D00041E]0.00" });
  });

  it("adds a clustered bar chart of points against weight per dimension, from a source block under the summary", async () => {
    const { book, host, layout, chart } = await setUp();
    await host.writeSummarySheet(S, layout, chart, { replace: false });
    const [place] = chartPlacement(layout, chart).charts;
    const charts = book.sheet(S).charts;
    expect(charts).toHaveLength(1);
    expect(charts[0]).toMatchObject({ type: "BarClustered", seriesBy: "Columns", source: `'${S}'!${place.source}` });
    expect(charts[0].props).toMatchObject({
      name: DIMENSIONS_CHART, "title.text": "คะแนนที่ได้เทียบกับน้ำหนักรายมิติ", "setPosition()": [place.from.address, place.to.address],
      "axes.categoryAxis.reversePlotOrder": true, "axes.categoryAxis.tickLabelSpacing": 1, "axes.categoryAxis.format.font.size": 12, "legend.position": "Bottom", "axes.valueAxis.minimum": 0,
    });
    expect(charts[0].props["axes.valueAxis.maximum"]).toBeUndefined(); // automatic: weights are not out of 100
    // The source block: headings, then each dimension's name, weight and points.
    const [, top, bottom] = /^B(\d+):D(\d+)$/.exec(place.source)!.map(Number);
    const block = Array.from({ length: bottom - top + 1 }, (_, i) => [1, 2, 3].map((c) => book.cell(S, top - 1 + i, c).value));
    expect(block).toEqual([
      ["มิติ", "น้ำหนัก", "คะแนนที่ได้"],
      ["๑. ความสอดคล้องเชิงยุทธศาสตร์", 15, 3],
      ["๒. ประสิทธิภาพของการบริหารทรัพยากรบุคคล", 20, 12],
      ["๓. ประสิทธิภาพของการบริหารทรัพยากรบุคคล", 30, 1.2],
      ["๔. ความพร้อมรับผิดด้านการบริหารทรัพยากรบุคคล", 20, 10],
      ["๕. คุณภาพชีวิตและความสมดุลของชีวิตและการทำงาน", 15, 2.625],
    ]);
    expect(top - 1).toBeGreaterThan(layout.rows.length); // below the summary, which stays as the CLI writes it
    expect(book.sheet(S).pageBreaks).toContain(place.top); // the chart prints on a page of its own
  });

  it("with an earlier round: the totals by round as columns from 0 to 100 first, then the dimension bars, in the one write sync", async () => {
    const { book, host, layout, chart } = await setUp(CURRENT, [await twelveMonths()]);
    await host.writeSummarySheet(S, layout, chart, { replace: false });
    expect(book.log.syncs).toBe(1);
    const [rounds, dims] = chartPlacement(layout, chart).charts;
    const charts = book.sheet(S).charts;
    expect(charts.map((c) => [c.type, c.seriesBy, c.source, c.props.name])).toEqual([
      ["ColumnClustered", "Columns", `'${S}'!${rounds.source}`, ROUNDS_CHART],
      ["BarClustered", "Columns", `'${S}'!${dims.source}`, DIMENSIONS_CHART],
    ]);
    expect(charts[0].props).toMatchObject({
      "title.text": "คะแนนรวมแต่ละรอบ", "legend.visible": false, "axes.valueAxis.minimum": 0, "axes.valueAxis.maximum": 100,
      "dataLabels.showValue": true, "format.font.name": "TH SarabunPSK", "setPosition()": [rounds.from.address, rounds.to.address],
    });
    expect(charts[0].props["axes.categoryAxis.reversePlotOrder"]).toBeUndefined(); // columns read left to right already
    expect(charts[0].props["legend.position"]).toBeUndefined();
    // Its source: each round's label and total, oldest first, as Thai-digit cells of two decimals.
    expect(rounds.source).toMatch(/^B\d+:C\d+$/);
    const first = Number(/^B(\d+)/.exec(rounds.source)![1]) - 1; // 0-based row of its headings
    const table = [0, 1, 2].map((i) => [0, 1, 2].map((c) => book.cell(S, first + i, c).value));
    expect(table).toEqual([["รอบที่", "รอบ", "คะแนนรวม (เต็ม ๑๐๐ คะแนน)"], ["๑", "รอบ ๑๒ เดือน", 69.9], ["๒", "รอบ ๖ เดือน", 28.825]]);
    expect(book.cell(S, first + 2, 2).numberFormat).toBe("[$-D00041E]0.00");
    // Its headings' fill and its borders stop at its own three columns, not across the summary's width.
    expect([0, 1, 2, 3, 5].map((c) => book.cell(S, first, c).fill)).toEqual(["#D9E1F2", "#D9E1F2", "#D9E1F2", null, null]);
    // The dimension chart's table starts below the rounds chart, each on a printed page of its own.
    expect(dims.top).toBeGreaterThan(rounds.to.row);
    expect(book.sheet(S).pageBreaks).toEqual(expect.arrayContaining([rounds.top, dims.top]));
  });

  it("replace takes both charts away with the old sheet's cells and draws both again, in three syncs", async () => {
    const earlier = [await twelveMonths()];
    const { book, host, layout, chart } = await setUp(CURRENT, earlier);
    await host.writeSummarySheet(S, layout, chart, { replace: false });
    const before = book.sheet(S).charts.map((c) => ({ ...c, props: { ...c.props } }));
    book.resetLog();
    await host.writeSummarySheet(S, layout, chart, { replace: true });
    expect(book.log.syncs).toBe(3); // is it there; its charts; the write
    expect(book.log.sets.filter((set) => set.startsWith("charts.delete"))).toEqual([`charts.delete ${ROUNDS_CHART}`, `charts.delete ${DIMENSIONS_CHART}`]);
    expect(book.sheet(S).charts).toEqual(before);
  });

  it("never replaces silently: without replace it throws SheetExistsError and changes nothing", async () => {
    const { book, host, layout, chart } = await setUp();
    await host.writeSummarySheet(S, layout, chart, { replace: false });
    const before = book.dump(S);
    book.resetLog();
    await expect(host.writeSummarySheet(S, layout, chart, { replace: false })).rejects.toBeInstanceOf(SheetExistsError);
    expect(book.dump(S)).toEqual(before);
    expect(book.sheet(S).charts).toHaveLength(1);
  });

  it("replace writes into the same sheet, emptied first, so formulas elsewhere that point into it still do", async () => {
    const { book, host, layout, chart } = await setUp();
    await host.writeSummarySheet(S, layout, chart, { replace: false });
    const fresh = {
      cells: book.dump(S), merges: [...book.sheet(S).merges], pageBreaks: [...book.sheet(S).pageBreaks],
      props: { ...book.sheet(S).props }, formats: book.sheet(S).formats.length,
    };
    // What the last round left that this one does not write: a longer summary's rows, a note, a second chart.
    const sheetBefore = book.sheet(S);
    sheetBefore.put(95, 1, { value: "แถวของสรุปรอบก่อน", numberFormat: "@", fill: "#FFEB9C" });
    sheetBefore.merges.push({ top: 95, left: 1, bottom: 95, right: 3 });
    sheetBefore.formats.push({ range: { top: 95, left: 1, bottom: 95, right: 3 }, path: "font.bold", value: true });
    sheetBefore.pageBreaks.push(90);
    sheetBefore.charts.push({ type: "Pie", source: `${S}!B2:C3`, seriesBy: undefined, props: { name: "ของเจ้าหน้าที่" } });
    book.addSheet("หมายเหตุ"); // the officer's own sheet, after the summary
    book.resetLog();

    await host.writeSummarySheet(S, layout, chart, { replace: true });
    expect(book.log.syncs).toBe(3); // is it there; its charts; the write
    expect(book.log.sets.some((set) => /^worksheets\.(delete|add)/.test(set))).toBe(false);
    expect(book.sheet(S)).toBe(sheetBefore); // the same sheet, not a new one of the same name
    expect(book.sheetNames()).toEqual([fixture.name, S, "หมายเหตุ"]);
    expect(book.dump(S)).toEqual(fresh.cells);
    expect(book.sheet(S).merges).toEqual(fresh.merges);
    expect(book.sheet(S).pageBreaks).toEqual(fresh.pageBreaks);
    expect(book.sheet(S).props).toEqual(fresh.props);
    expect(book.sheet(S).charts.map((c) => c.props.name)).toEqual(["HR Scorecard รายมิติ"]);
    expect(book.formatAt(S, 95, 1, "font.bold")).toBeUndefined(); // old looks went with the cells
    expect(book.log.sets).toContain(`horizontalPageBreaks.removePageBreaks ${S}`);
    expect(book.dump(fixture.name).size).toBeGreaterThan(0);
  });

  it("replace refuses a protected summary sheet, naming it, and changes nothing", async () => {
    const { book, host, layout, chart } = await setUp();
    await host.writeSummarySheet(S, layout, chart, { replace: false });
    book.sheet(S).isProtected = true;
    const before = book.dump(S);
    book.resetLog();
    await expect(host.writeSummarySheet(S, layout, chart, { replace: true })).rejects.toBeInstanceOf(SheetProtectedError);
    expect(book.log.syncs).toBe(2);
    expect(book.dump(S)).toEqual(before);
    expect(book.sheet(S).charts).toHaveLength(1);
  });

  it("replace on ExcelApi 1.7 empties the sheet the same way, without the page-break call 1.9 brings", async () => {
    const { book, host, layout, chart } = await setUp(FLOOR);
    await host.writeSummarySheet(S, layout, chart, { replace: false });
    const fresh = book.dump(S);
    book.sheet(S).put(120, 0, { value: "เก่า" });
    book.resetLog();
    await host.writeSummarySheet(S, layout, chart, { replace: true });
    expect(book.log.syncs).toBe(3);
    expect(book.log.sets.some((set) => set.startsWith("horizontalPageBreaks"))).toBe(false);
    expect(book.dump(S)).toEqual(fresh);
    expect(book.sheet(S).charts).toHaveLength(1);
  });

  it("replace on a workbook without the sheet just adds it", async () => {
    const { book, host, layout, chart } = await setUp();
    await host.writeSummarySheet(S, layout, chart, { replace: true });
    expect(book.log.syncs).toBe(2);
    expect(book.log.sets).toContain(`worksheets.add ${S}`);
    expect(book.log.sets.some((set) => set.includes("clear"))).toBe(false);
    expect(book.sheetNames()).toEqual([fixture.name, S]);
  });

  it("on ExcelApi 1.7 writes cells, looks and chart in one sync and skips the print set-up", async () => {
    const { book, host, layout, chart } = await setUp(FLOOR);
    await host.writeSummarySheet(S, layout, chart, { replace: false });
    expect(book.log.syncs).toBe(1);
    expect(book.sheet(S).props).toEqual({});
    expect(book.sheet(S).pageBreaks).toEqual([]);
    expect(book.sheet(S).charts).toHaveLength(1);
    expect(book.formatAt(S, 0, 0, "font.name")).toBe("TH SarabunPSK");
    expect(book.sheet(S).formats.some((f) => f.path === "indentLevel")).toBe(false);
  });
});

describe("ExcelHost.writeSummarySheet on a 5-point table (test/fixtures/agency-5point.xlsx)", () => {
  it("writes scores and weighted scores to four decimals, the total out of 5, and charts each dimension against what it could reach", async () => {
    const agency = await readFixtureSheet(path.join(__dirname, "../../test/fixtures/agency-5point.xlsx"));
    const book = new MockWorkbook([agency]);
    g.Excel = book.excel();
    const host = new ExcelHost({ capabilities: CURRENT });
    const result = analyze(await host.readGrid(agency.name));
    if (!result.ok) throw new Error(result.reason.message);
    const summary = buildSummary(result.scorecard, DAY);
    const layout = summaryLayout(summary);
    const charts = summaryCharts(summary);
    await host.writeSummarySheet(S, layout, charts, { replace: false });
    expect(book.cell(S, 0, 0).value).toBe("ตารางสรุปผลการปฏิบัติราชการตามคำรับรองการปฏิบัติราชการ กรมตัวอย่าง");
    const total = rowOf(book, 0, "คะแนนรวม (เต็ม ๕ คะแนน)");
    expect(book.cell(S, total, 3)).toMatchObject({ value: 217 / 85, numberFormat: "0.0000" });
    const kpi = rowOf(book, 0, "1.1");
    expect([2, 3, 4].map((c) => book.cell(S, kpi, c).value)).toEqual([25, 3.6, 25 * 3.6 / 85]);
    expect([2, 3, 4].map((c) => book.cell(S, kpi, c).numberFormat)).toEqual(["0", "0.0000", "0.0000"]);
    // Each dimension's bar beside the weighted score its counted KPIs could reach (5 × their weights ÷ 85), not its weight in percent.
    expect(charts).toHaveLength(1); // one round: no chart of totals by round
    expect(charts[0].headings).toEqual(["มิติ", "คะแนนเต็ม", "คะแนนถ่วงน้ำหนักที่ได้"]);
    expect(charts[0].series[0].map((w) => Math.round(w * 1e9) / 1e9)).toEqual([250 / 85, 100 / 85, 75 / 85].map((w) => Math.round(w * 1e9) / 1e9));
    expect(charts[0].series[1][0]).toBeCloseTo(165 / 85, 12);
    expect(book.sheet(S).charts.map((c) => c.type)).toEqual(["BarClustered"]);
  });
});
