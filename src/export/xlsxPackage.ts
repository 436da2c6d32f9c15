// A brand-new one-sheet .xlsx from the minimal parts Excel needs: content types, relationships, the
// workbook (with the print titles), styles, shared strings and the sheet; with charts, their source tables under
// the layout (chartPlacement.ts), a drawing and a chart part each (xlsxChart.ts). jszip only, no Node APIs, so the
// task pane can build the same file in the browser.
import JSZip from "jszip";
import type { SheetLayout, SummaryChartData } from "../scorecard";
import { chartPlacement } from "./chartPlacement";
import { chartParts } from "./xlsxChart";
import { encodeCellText, encodeXml } from "../xlsx/xmlText";
import { sheetXml } from "./xlsxSheet";
import { stylesXml } from "./xlsxStyles";

const XML = `<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n`;
const MAIN = "http://schemas.openxmlformats.org/spreadsheetml/2006/main";
const REL = "http://schemas.openxmlformats.org/officeDocument/2006/relationships";
const PKG_REL = "http://schemas.openxmlformats.org/package/2006/relationships";
const CT = "application/vnd.openxmlformats-officedocument.spreadsheetml";

/** Excel's rules for sheet names: at most 31 characters, none of : \ / ? * [ ]. */
export function safeSheetName(name: string): string {
  const clean = name.replace(/[:\\/?*[\]]/g, " ").replace(/^'+|'+$/g, "").trim();
  return [...(clean || "Sheet1")].slice(0, 31).join("");
}

export async function layoutWorkbook(layout: SheetLayout, charts: readonly SummaryChartData[] = []): Promise<Uint8Array> {
  const name = safeSheetName(layout.sheetName);
  const placement = chartPlacement(layout, charts);
  const extra = chartParts(layout, name, placement.charts);
  const sheet = sheetXml({ ...layout, widths: placement.widths, rows: [...layout.rows, ...placement.rows] }, extra.length ? { drawingRelId: "rId1" } : {});
  const quoted = `'${name.replace(/'/g, "''")}'`;
  const titles = layout.printTitleRows
    ? `<definedNames><definedName name="_xlnm.Print_Titles" localSheetId="0">${encodeXml(`${quoted}!$${layout.printTitleRows[0]}:$${layout.printTitleRows[1]}`)}</definedName></definedNames>`
    : "";
  const zip = new JSZip();
  zip.file(
    "[Content_Types].xml",
    `${XML}<Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types">` +
      `<Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/><Default Extension="xml" ContentType="application/xml"/>` +
      `<Override PartName="/xl/workbook.xml" ContentType="${CT}.sheet.main+xml"/>` +
      `<Override PartName="/xl/worksheets/sheet1.xml" ContentType="${CT}.worksheet+xml"/>` +
      `<Override PartName="/xl/styles.xml" ContentType="${CT}.styles+xml"/>` +
      `<Override PartName="/xl/sharedStrings.xml" ContentType="${CT}.sharedStrings+xml"/>` +
      extra.map((part) => (part.contentType ? `<Override PartName="/${part.path}" ContentType="${part.contentType}"/>` : "")).join("") +
      `</Types>`,
  );
  zip.file("_rels/.rels", `${XML}<Relationships xmlns="${PKG_REL}"><Relationship Id="rId1" Type="${REL}/officeDocument" Target="xl/workbook.xml"/></Relationships>`);
  zip.file(
    "xl/workbook.xml",
    `${XML}<workbook xmlns="${MAIN}" xmlns:r="${REL}"><bookViews><workbookView/></bookViews>` +
      `<sheets><sheet name="${encodeXml(name)}" sheetId="1" r:id="rId1"/></sheets>${titles}</workbook>`,
  );
  zip.file(
    "xl/_rels/workbook.xml.rels",
    `${XML}<Relationships xmlns="${PKG_REL}"><Relationship Id="rId1" Type="${REL}/worksheet" Target="worksheets/sheet1.xml"/>` +
      `<Relationship Id="rId2" Type="${REL}/styles" Target="styles.xml"/><Relationship Id="rId3" Type="${REL}/sharedStrings" Target="sharedStrings.xml"/></Relationships>`,
  );
  zip.file("xl/styles.xml", stylesXml(layout.thaiDigits));
  const si = sheet.sharedStrings.map((s) => `<si><t xml:space="preserve">${encodeCellText(s)}</t></si>`).join("");
  zip.file("xl/sharedStrings.xml", `${XML}<sst xmlns="${MAIN}" count="${sheet.sharedStrings.length}" uniqueCount="${sheet.sharedStrings.length}">${si}</sst>`);
  zip.file("xl/worksheets/sheet1.xml", sheet.xml);
  for (const part of extra) zip.file(part.path, part.xml);
  return zip.generateAsync({ type: "uint8array", compression: "DEFLATE", compressionOptions: { level: 6 } });
}
