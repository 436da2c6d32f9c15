import JSZip from "jszip";
import { openXlsx } from "../xlsx";
import { num, type SheetLayout, type SummaryChartData, textRow } from "../scorecard";
import { chartPlacement } from "./chartPlacement";
import { all, at, child, children, type ParsedPackage, parsePackage, text, valOf, type XmlNode } from "./testing/packageParts";
import { layoutWorkbook, safeSheetName } from "./xlsxPackage";
import { FONT } from "./xlsxStyles";

const layout = (thaiDigits: boolean): SheetLayout => ({
  sheetName: "สรุปผล HR Scorecard",
  widths: [8, 40, 12],
  thaiDigits,
  printTitleRows: [1, 2],
  rows: [
    textRow("title", "สรุปผล <HR> & Scorecard", 3),
    textRow("subtitle", "ปีงบประมาณ พ.ศ. ๒๕๖๖", 3),
    { style: "header", cells: ["ที่", "ชื่อ", "คะแนน"] },
    { style: "item", cells: ["๑", "มิติ", num(28.825)] },
    { style: "item", cells: ["๒", "น้ำหนัก", num(15, 0)], pageBreakBefore: true },
    { style: "item", cells: ["๓", "ชื่อที่มี\u0001อักขระควบคุม _x0041_", num(0)] },
  ],
});

describe("layoutWorkbook", () => {
  it("builds a workbook our reader opens: values, merges, Thai-digit number formats", async () => {
    const bytes = await layoutWorkbook(layout(true));
    const wb = await openXlsx(bytes);
    expect(wb.sheetNames()).toEqual(["สรุปผล HR Scorecard"]);
    const g = wb.readGrid("สรุปผล HR Scorecard");
    expect(g.values[0][0]).toBe("สรุปผล <HR> & Scorecard");
    expect(g.values[3]).toEqual(["๑", "มิติ", 28.825]);
    expect(g.numberFormats?.[3][2]).toBe("[$-D00041E]0.00");
    expect(g.numberFormats?.[4][2]).toBe("[$-D00041E]0");
    // A control character (XML cannot carry it) and a literal "_x0041_" come back as written.
    expect(g.values[5][1]).toBe("ชื่อที่มี\u0001อักขระควบคุม _x0041_");
    expect(g.merges).toEqual(expect.arrayContaining([{ top: 0, left: 0, bottom: 0, right: 2 }, { top: 1, left: 0, bottom: 1, right: 2 }]));
  });

  it("uses Excel's own formats for Arabic digits", async () => {
    const g = (await openXlsx(await layoutWorkbook(layout(false)))).readGrid("สรุปผล HR Scorecard");
    expect(g.numberFormats?.[3][2]).toBe("0.00");
  });

  it("sets up A4 landscape, one page wide, print titles, the Sarabun font and a page break", async () => {
    const zip = await JSZip.loadAsync(await layoutWorkbook(layout(true)));
    const sheet = await zip.file("xl/worksheets/sheet1.xml")!.async("string");
    expect(sheet).toContain('<sheetPr><pageSetUpPr fitToPage="1"/></sheetPr>');
    expect(sheet).toContain('<pageSetup paperSize="9" orientation="landscape" fitToWidth="1" fitToHeight="0"/>');
    expect(sheet).toContain('<col min="2" max="2" width="40" customWidth="1"/>');
    expect(sheet).toContain('<brk id="4" max="16383" man="1"/>');
    const book = await zip.file("xl/workbook.xml")!.async("string");
    expect(book).toContain(`<definedName name="_xlnm.Print_Titles" localSheetId="0">'สรุปผล HR Scorecard'!$1:$2</definedName>`);
    const styles = await zip.file("xl/styles.xml")!.async("string");
    expect(styles).toContain(`<name val="${FONT}"/>`);
    expect(styles).toContain('<sz val="16"/>');
  });

  it("names sheets as Excel allows", () => {
    expect(safeSheetName("a/b:c?*[d]")).toBe("a b c   d");
    expect([...safeSheetName("ก".repeat(40))].length).toBe(31);
  });
});

describe("layoutWorkbook with charts", () => {
  const summary = layout(true);
  const rounds: SummaryChartData = {
    name: "HR Scorecard รายรอบ", kind: "column", title: "คะแนนรวมแต่ละรอบ", numberHeading: "รอบที่", headings: ["รอบ", "คะแนนรวม (เต็ม ๑๐๐ คะแนน)"],
    categories: ["รอบ ๖ เดือน", "รอบ ๑๒ เดือน"], series: [[28.825, 69.9]], decimals: [2], valueAxis: { min: 0, max: 100 },
  };
  const dims: SummaryChartData = {
    name: "HR Scorecard รายมิติ", kind: "bar", title: "คะแนนที่ได้เทียบกับน้ำหนักรายมิติ", numberHeading: "มิติที่", headings: ["มิติ", "น้ำหนัก", "คะแนนที่ได้"],
    categories: ["๑. ความสอดคล้อง <เชิง> ยุทธศาสตร์", "๒. ประสิทธิภาพ & คุณภาพ"], series: [[15, 12.5], [3, 2.625]], decimals: [2, 2], valueAxis: { min: 0 },
  };
  const SHEET = "สรุปผล HR Scorecard";
  const REL = "http://schemas.openxmlformats.org/officeDocument/2006/relationships";
  let bytes: Uint8Array;
  let pkg: ParsedPackage;
  beforeAll(async () => {
    bytes = await layoutWorkbook(summary, [rounds, dims]);
    pkg = await parsePackage(bytes);
  });

  /** The values of the cells a chart formula ('Sheet'!$B$3:$B$4) refers to, read back with our own reader. */
  async function cellsOf(formula: string): Promise<unknown[]> {
    const [, sheet, c1, r1, c2, r2] = /^'(.+)'!\$([A-Z]+)\$(\d+)(?::\$([A-Z]+)\$(\d+))?$/.exec(formula)!;
    expect(sheet).toBe(SHEET);
    expect(c2 ?? c1).toBe(c1); // one column: series by columns
    const g = (await openXlsx(bytes)).readGrid(sheet);
    const col = c1.charCodeAt(0) - 65;
    return Array.from({ length: Number(r2 ?? r1) - Number(r1) + 1 }, (_, i) => g.values[Number(r1) - 1 + i][col]);
  }
  const cache = (n: XmlNode) => children(n, "c:pt").map((pt) => text(at(pt, "c:v")));

  it("lists every part in the content types and resolves every relationship to a part that is there", async () => {
    for (const path of pkg.paths) {
      if (path.endsWith(".rels") || path === "[Content_Types].xml") continue;
      expect([path, pkg.overrides.has(path)]).toEqual([path, true]);
    }
    for (const path of pkg.overrides.keys()) expect(pkg.paths).toContain(path);
    expect(pkg.overrides.get("xl/drawings/drawing1.xml")).toBe("application/vnd.openxmlformats-officedocument.drawing+xml");
    expect(["xl/charts/chart1.xml", "xl/charts/chart2.xml"].map((p) => pkg.overrides.get(p))).toEqual(new Array(2).fill("application/vnd.openxmlformats-officedocument.drawingml.chart+xml"));
    for (const source of pkg.paths.filter((p) => !p.endsWith(".rels") && p !== "[Content_Types].xml")) {
      for (const rel of await pkg.rels(source)) expect(pkg.paths).toContain(rel.path);
    }
    expect(await pkg.rels("xl/worksheets/sheet1.xml")).toEqual([{ id: "rId1", type: `${REL}/drawing`, path: "xl/drawings/drawing1.xml" }]);
    expect((await pkg.rels("xl/drawings/drawing1.xml")).map((r) => [r.type, r.path])).toEqual([[`${REL}/chart`, "xl/charts/chart1.xml"], [`${REL}/chart`, "xl/charts/chart2.xml"]]);
  });

  it("puts the sheet's <drawing> last, after the page breaks, as the schema orders it, pointing at the drawing part", async () => {
    const sheet = await pkg.xml("xl/worksheets/sheet1.xml");
    const names = children(sheet).map((c) => c["#name"]);
    expect(names.slice(-4)).toEqual(["pageSetup", "headerFooter", "rowBreaks", "drawing"]);
    const id = at(sheet, "drawing").$!["r:id"];
    expect((await pkg.rels("xl/worksheets/sheet1.xml")).find((r) => r.id === id)?.path).toBe("xl/drawings/drawing1.xml");
  });

  it("anchors each chart over the cells its placement gives it, named as in Excel's list of charts", async () => {
    const placed = chartPlacement(summary, [rounds, dims]).charts;
    const drawing = await pkg.xml("xl/drawings/drawing1.xml");
    const anchors = children(drawing, "xdr:twoCellAnchor");
    const rels = await pkg.rels("xl/drawings/drawing1.xml");
    expect(anchors).toHaveLength(2);
    anchors.forEach((anchor, i) => {
      const cell = (tag: string) => [text(at(anchor, tag, "xdr:row")), text(at(anchor, tag, "xdr:col"))].map(Number);
      expect(cell("xdr:from")).toEqual([placed[i].from.row, placed[i].from.col]);
      expect(cell("xdr:to")).toEqual([placed[i].to.row + 1, placed[i].to.col + 1]); // the corner at the start of the next cell: the last one covered whole
      expect(at(anchor, "xdr:graphicFrame", "xdr:nvGraphicFramePr", "xdr:cNvPr").$!.name).toBe(placed[i].chart.name);
      const ref = at(anchor, "xdr:graphicFrame", "a:graphic", "a:graphicData", "c:chart").$!["r:id"];
      expect(rels.find((r) => r.id === ref)?.path).toBe(`xl/charts/chart${i + 1}.xml`);
    });
    // The second chart's table starts below the first chart, each on a new printed page.
    expect(placed[1].top).toBeGreaterThan(placed[0].to.row);
    const breaks = all(await pkg.xml("xl/worksheets/sheet1.xml"), "brk").map((b) => Number(b.$!.id));
    expect(breaks).toEqual(expect.arrayContaining([placed[0].top, placed[1].top]));
  });

  it("refers each series to the cells holding exactly its cached name, categories and values", async () => {
    for (const [i, data] of [rounds, dims].entries()) {
      const chart = await pkg.xml(`xl/charts/chart${i + 1}.xml`);
      const series = all(chart, "c:ser");
      expect(series).toHaveLength(data.series.length);
      for (const [s, ser] of series.entries()) {
        const name = at(ser, "c:tx", "c:strRef");
        const cat = at(ser, "c:cat", "c:strRef");
        const val = at(ser, "c:val", "c:numRef");
        expect(cache(at(name, "c:strCache"))).toEqual([data.headings[s + 1]]);
        expect(await cellsOf(text(at(name, "c:f")))).toEqual([data.headings[s + 1]]);
        expect(cache(at(cat, "c:strCache"))).toEqual(data.categories);
        expect(await cellsOf(text(at(cat, "c:f")))).toEqual(data.categories);
        expect(cache(at(val, "c:numCache")).map(Number)).toEqual(data.series[s]);
        expect(await cellsOf(text(at(val, "c:f")))).toEqual(data.series[s]);
        expect(valOf(val, "c:numCache", "c:ptCount")).toBe(String(data.categories.length));
        // Data labels show the values in their cells' format: Thai digits, the series' decimals.
        expect(text(at(val, "c:numCache", "c:formatCode"))).toBe("[$-D00041E]0.00");
        expect(at(ser, "c:dLbls", "c:numFmt").$).toEqual({ formatCode: "[$-D00041E]0.00", sourceLinked: "1" });
        expect(valOf(ser, "c:dLbls", "c:showVal")).toBe("1");
      }
    }
  });

  it("draws the rounds as columns from 0 to 100 without a legend, the dimensions as bars top-down with a legend below, in the Thai font", async () => {
    const [first, second] = await Promise.all([pkg.xml("xl/charts/chart1.xml"), pkg.xml("xl/charts/chart2.xml")]);
    const title = (c: XmlNode) => all(at(c, "c:chart", "c:title"), "a:t").map(text).join("");
    expect([title(first), title(second)]).toEqual([rounds.title, dims.title]);
    const bar = (c: XmlNode) => at(c, "c:chart", "c:plotArea", "c:barChart");
    expect([valOf(bar(first), "c:barDir"), valOf(bar(first), "c:grouping")]).toEqual(["col", "clustered"]);
    expect([valOf(bar(second), "c:barDir"), valOf(bar(second), "c:grouping")]).toEqual(["bar", "clustered"]);
    const scaling = (c: XmlNode, axis: string) => at(c, "c:chart", "c:plotArea", axis, "c:scaling");
    expect(children(scaling(first, "c:valAx")).map((n) => [n["#name"], n.$?.val])).toEqual([["c:orientation", "minMax"], ["c:max", "100"], ["c:min", "0"]]);
    expect(children(scaling(second, "c:valAx")).map((n) => [n["#name"], n.$?.val])).toEqual([["c:orientation", "minMax"], ["c:min", "0"]]);
    expect(valOf(scaling(first, "c:catAx"), "c:orientation")).toBe("minMax");
    expect(valOf(scaling(second, "c:catAx"), "c:orientation")).toBe("maxMin"); // the first dimension on top, as in the table
    // Both axes of each chart refer to each other and to the chart's axis ids.
    for (const c of [first, second]) {
      const ids = children(bar(c), "c:axId").map((n) => n.$!.val);
      const plot = at(c, "c:chart", "c:plotArea");
      expect([valOf(plot, "c:catAx", "c:axId"), valOf(plot, "c:valAx", "c:axId")]).toEqual(ids);
      expect([valOf(plot, "c:catAx", "c:crossAx"), valOf(plot, "c:valAx", "c:crossAx")]).toEqual([ids[1], ids[0]]);
      // Every category labelled, none skipped for want of room; in the schema's place, before noMultiLvlLbl.
      const catAx = children(at(plot, "c:catAx")).map((n) => n["#name"]);
      expect(valOf(plot, "c:catAx", "c:tickLblSkip")).toBe("1");
      expect(catAx.indexOf("c:tickLblSkip")).toBe(catAx.indexOf("c:lblOffset") + 1);
      expect(catAx.indexOf("c:noMultiLvlLbl")).toBe(catAx.indexOf("c:tickLblSkip") + 1);
    }
    expect(child(at(first, "c:chart"), "c:legend")).toBeUndefined();
    expect(valOf(at(second, "c:chart"), "c:legend", "c:legendPos")).toBe("b");
    for (const c of [first, second]) {
      const font = at(c, "c:txPr", "a:p", "a:pPr", "a:defRPr");
      expect([at(font, "a:latin").$!.typeface, at(font, "a:cs").$!.typeface]).toEqual([FONT, FONT]);
    }
  });

  it("still opens in our own reader, the charts' tables below the summary; without charts there are no drawing parts", async () => {
    const g = (await openXlsx(bytes)).readGrid(SHEET);
    expect(g.values[0][0]).toBe("สรุปผล <HR> & Scorecard");
    const header = g.values.findIndex((row) => row[0] === "รอบที่");
    expect(g.values.slice(header, header + 3).map((row) => row.slice(0, 3))).toEqual([["รอบที่", "รอบ", "คะแนนรวม (เต็ม ๑๐๐ คะแนน)"], ["๑", "รอบ ๖ เดือน", 28.825], ["๒", "รอบ ๑๒ เดือน", 69.9]]);
    const plain = await parsePackage(await layoutWorkbook(summary));
    expect(plain.paths.filter((p) => /drawing|chart/.test(p))).toEqual([]);
    expect(child(await plain.xml("xl/worksheets/sheet1.xml"), "drawing")).toBeUndefined();
  });
});

describe("a row's styled columns", () => {
  it("writes no styled blank past them: a small table under a wider sheet keeps its borders to its own columns", async () => {
    const layout: SheetLayout = {
      sheetName: "ตาราง", widths: [8, 20, 12, 12, 12], thaiDigits: false,
      rows: [{ style: "header", cells: ["ที่", "รอบ", "คะแนน", null, null], styledColumns: 3 }, { style: "header", cells: ["ที่", "รอบ", "คะแนน", null, null] }],
    };
    const sheet = await (await JSZip.loadAsync(await layoutWorkbook(layout))).file("xl/worksheets/sheet1.xml")!.async("string");
    expect(sheet).not.toMatch(/<c r="D1"|<c r="E1"/);
    expect(sheet).toMatch(/<c r="D2" s="[1-9]\d*"\/>/); // without it, the row's look spans the sheet
  });
});
