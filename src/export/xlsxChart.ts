// The summary's charts as native DrawingML charts of a new workbook (ECMA-376 Part 1, §21.2 charts, §20.5
// spreadsheet drawings): one drawing part for the sheet, a two-cell anchor per chart over the cells its
// placement gives it, and a chart part per chart whose series refer to their source cells with cached values, so
// that Excel draws the chart at once and redraws it from the cells when they change.
import type { SheetLayout } from "../scorecard";
import { encodeXml } from "../xlsx/xmlText";
import type { PlacedChart } from "./chartPlacement";
import { FONT, numberFormatOf } from "./xlsxStyles";

const XML = `<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n`;
const C = "http://schemas.openxmlformats.org/drawingml/2006/chart";
const A = "http://schemas.openxmlformats.org/drawingml/2006/main";
const R = "http://schemas.openxmlformats.org/officeDocument/2006/relationships";
const XDR = "http://schemas.openxmlformats.org/drawingml/2006/spreadsheetDrawing";

/** Series fills: the first (weight, full mark, or the totals) blue-grey, the second dark blue; no theme needed. */
const FILLS = ["8EA9DB", "2F5597", "A9D18E", "F4B183"];

/** "B31:B35" on `sheet` → "'สรุปผล HR Scorecard'!$B$31:$B$35", as a chart's formula refers to cells. */
export function chartRef(sheet: string, a1: string): string {
  const abs = a1.split(":").map((cell) => cell.replace(/^([A-Z]+)(\d+)$/, "$$$1$$$2")).join(":");
  return `'${sheet.replace(/'/g, "''")}'!${abs}`;
}

const val = (tag: string, v: string | number) => `<c:${tag} val="${v}"/>`;
const pts = (values: readonly (string | number)[]) => values.map((v, i) => `<c:pt idx="${i}"><c:v>${encodeXml(String(v))}</c:v></c:pt>`).join("");
const strRef = (f: string, values: readonly string[]) => `<c:strRef><c:f>${encodeXml(f)}</c:f><c:strCache>${val("ptCount", values.length)}${pts(values)}</c:strCache></c:strRef>`;
const numRef = (f: string, format: string, values: readonly number[]) =>
  `<c:numRef><c:f>${encodeXml(f)}</c:f><c:numCache><c:formatCode>${encodeXml(format)}</c:formatCode>${val("ptCount", values.length)}${pts(values)}</c:numCache></c:numRef>`;
/** Text in the summary's font: Thai is a complex script (a:cs), digits and Latin letters a:latin. */
const runFont = (size: number, bold: boolean) => `sz="${size * 100}" b="${bold ? 1 : 0}"><a:latin typeface="${FONT}"/><a:cs typeface="${FONT}"/>`;
const textProps = (size: number, bold = false) => `<c:txPr><a:bodyPr/><a:lstStyle/><a:p><a:pPr><a:defRPr ${runFont(size, bold)}</a:defRPr></a:pPr><a:endParaRPr lang="th-TH"/></a:p></c:txPr>`;

/** The chart part of one placed chart; `sheet` is the name its formulas refer to. */
export function chartXml(placed: PlacedChart, sheet: string, thaiDigits: boolean): string {
  const { chart } = placed;
  const bar = chart.kind === "bar";
  const categories = strRef(chartRef(sheet, placed.categories), chart.categories);
  const series = chart.series.map((values, s) => {
    const format = numberFormatOf(chart.decimals[s] === 0 ? "int" : chart.decimals[s] === 4 ? "dec4" : "dec", thaiDigits) ?? "General";
    return (
      `<c:ser>${val("idx", s)}${val("order", s)}` +
      `<c:tx>${strRef(chartRef(sheet, placed.series[s].name), [chart.headings[s + 1]])}</c:tx>` +
      `<c:spPr><a:solidFill><a:srgbClr val="${FILLS[s % FILLS.length]}"/></a:solidFill></c:spPr>` +
      val("invertIfNegative", 0) +
      // Values as their cells show them (Thai digits where the sheet writes them): the format linked to the source.
      `<c:dLbls><c:numFmt formatCode="${encodeXml(format)}" sourceLinked="1"/><c:spPr><a:noFill/><a:ln><a:noFill/></a:ln></c:spPr>${textProps(14)}` +
      `${val("dLblPos", "outEnd")}${val("showLegendKey", 0)}${val("showVal", 1)}${val("showCatName", 0)}${val("showSerName", 0)}${val("showPercent", 0)}${val("showBubbleSize", 0)}</c:dLbls>` +
      `<c:cat>${categories}</c:cat><c:val>${numRef(chartRef(sheet, placed.series[s].values), format, values)}</c:val></c:ser>`
    );
  });
  const [catId, valId] = [500000 + placed.top * 2, 500001 + placed.top * 2];
  // Bars list categories bottom-up; maxMin puts the first on top as in the table, and the value axis, which
  // would follow it to the top, crosses at the last category instead, i.e. stays at the bottom.
  const bounds = `${chart.valueAxis.max === undefined ? "" : val("max", chart.valueAxis.max)}${val("min", chart.valueAxis.min)}`;
  const axes =
    `<c:catAx>${val("axId", catId)}<c:scaling>${val("orientation", bar ? "maxMin" : "minMax")}</c:scaling>${val("delete", 0)}${val("axPos", bar ? "l" : "b")}` +
    `<c:numFmt formatCode="General" sourceLinked="1"/>${val("majorTickMark", "out")}${val("minorTickMark", "none")}${val("tickLblPos", "nextTo")}${textProps(12)}` +
        // Every category labelled (tickLblSkip 1): left automatic, a long Thai dimension name makes its neighbours' skipped.
    `${val("crossAx", valId)}${val("crosses", "autoZero")}${val("auto", 1)}${val("lblAlgn", "ctr")}${val("lblOffset", 100)}${val("tickLblSkip", 1)}${val("noMultiLvlLbl", 0)}</c:catAx>` +
    `<c:valAx>${val("axId", valId)}<c:scaling>${val("orientation", "minMax")}${bounds}</c:scaling>${val("delete", 0)}${val("axPos", bar ? "b" : "l")}` +
    `<c:majorGridlines><c:spPr><a:ln w="6350"><a:solidFill><a:srgbClr val="D9D9D9"/></a:solidFill></a:ln></c:spPr></c:majorGridlines>` +
    `<c:numFmt formatCode="${thaiDigits ? "[$-D00041E]General" : "General"}" sourceLinked="0"/>${val("majorTickMark", "out")}${val("minorTickMark", "none")}${val("tickLblPos", "nextTo")}${textProps(14)}` +
    `${val("crossAx", catId)}${val("crosses", bar ? "max" : "autoZero")}${val("crossBetween", "between")}</c:valAx>`;
  // One series needs no legend: the title says what the columns are.
  const legend = chart.series.length > 1 ? `<c:legend>${val("legendPos", "b")}${val("overlay", 0)}${textProps(14)}</c:legend>` : "";
  return (
    `${XML}<c:chartSpace xmlns:c="${C}" xmlns:a="${A}" xmlns:r="${R}">${val("date1904", 0)}${val("lang", "th-TH")}${val("roundedCorners", 0)}` +
    `<c:chart><c:title><c:tx><c:rich><a:bodyPr/><a:lstStyle/><a:p><a:pPr><a:defRPr ${runFont(16, true)}</a:defRPr></a:pPr>` +
    `<a:r><a:rPr lang="th-TH" ${runFont(16, true)}</a:rPr><a:t>${encodeXml(chart.title)}</a:t></a:r></a:p></c:rich></c:tx>${val("overlay", 0)}</c:title>` +
    `${val("autoTitleDeleted", 0)}<c:plotArea><c:layout/>` +
    `<c:barChart>${val("barDir", bar ? "bar" : "col")}${val("grouping", "clustered")}${val("varyColors", 0)}${series.join("")}${val("gapWidth", bar ? 60 : 80)}` +
    `${val("axId", catId)}${val("axId", valId)}</c:barChart>${axes}</c:plotArea>` +
    `${legend}${val("plotVisOnly", 1)}${val("dispBlanksAs", "gap")}</c:chart>` +
    `<c:spPr><a:solidFill><a:srgbClr val="FFFFFF"/></a:solidFill><a:ln w="9525"><a:solidFill><a:srgbClr val="D9D9D9"/></a:solidFill></a:ln></c:spPr>` +
    `${textProps(14)}</c:chartSpace>`
  );
}

/** The sheet's drawing part: a two-cell anchor per chart, its graphic frame pointing at chart relationship rId<n>. */
export function drawingXml(charts: readonly PlacedChart[]): string {
  const anchors = charts.map((placed, i) => {
    // `to` is the cell the bottom-right corner lies in: the one after the last covered, at offset 0.
    const marker = (tag: string, row: number, col: number) => `<xdr:${tag}><xdr:col>${col}</xdr:col><xdr:colOff>0</xdr:colOff><xdr:row>${row}</xdr:row><xdr:rowOff>0</xdr:rowOff></xdr:${tag}>`;
    return (
      `<xdr:twoCellAnchor>${marker("from", placed.from.row, placed.from.col)}${marker("to", placed.to.row + 1, placed.to.col + 1)}` +
      `<xdr:graphicFrame macro=""><xdr:nvGraphicFramePr><xdr:cNvPr id="${i + 2}" name="${encodeXml(placed.chart.name)}"/><xdr:cNvGraphicFramePr/></xdr:nvGraphicFramePr>` +
      `<xdr:xfrm><a:off x="0" y="0"/><a:ext cx="0" cy="0"/></xdr:xfrm>` +
      `<a:graphic><a:graphicData uri="${C}"><c:chart xmlns:c="${C}" r:id="rId${i + 1}"/></a:graphicData></a:graphic></xdr:graphicFrame><xdr:clientData/></xdr:twoCellAnchor>`
    );
  });
  return `${XML}<xdr:wsDr xmlns:xdr="${XDR}" xmlns:a="${A}" xmlns:r="${R}">${anchors.join("")}</xdr:wsDr>`;
}

/** Every part the charts add to a one-sheet package, by path, and the content type of each. */
export function chartParts(layout: SheetLayout, sheetName: string, charts: readonly PlacedChart[]): { path: string; xml: string; contentType: string | null }[] {
  if (charts.length === 0) return [];
  const rels = (items: string[]) => `${XML}<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">${items.join("")}</Relationships>`;
  const rel = (id: string, type: string, target: string) => `<Relationship Id="${id}" Type="${R}/${type}" Target="${target}"/>`;
  return [
    { path: "xl/worksheets/_rels/sheet1.xml.rels", xml: rels([rel("rId1", "drawing", "../drawings/drawing1.xml")]), contentType: null },
    { path: "xl/drawings/drawing1.xml", xml: drawingXml(charts), contentType: "application/vnd.openxmlformats-officedocument.drawing+xml" },
    { path: "xl/drawings/_rels/drawing1.xml.rels", xml: rels(charts.map((_, i) => rel(`rId${i + 1}`, "chart", `../charts/chart${i + 1}.xml`))), contentType: null },
    ...charts.map((placed, i) => ({ path: `xl/charts/chart${i + 1}.xml`, xml: chartXml(placed, sheetName, layout.thaiDigits), contentType: "application/vnd.openxmlformats-officedocument.drawingml.chart+xml" })),
  ];
}
