// Builds small .xlsx packages from given part texts, for unit tests of the reader and writer.
import JSZip from "jszip";

const CT = "http://schemas.openxmlformats.org/package/2006/content-types";
const REL = "http://schemas.openxmlformats.org/officeDocument/2006/relationships";

export interface MinimalParts {
  sheet: string;
  sharedStrings?: string;
  styles?: string;
  workbook?: string;
  extra?: Record<string, string>;
}

export const MAIN_NS = "http://schemas.openxmlformats.org/spreadsheetml/2006/main";

export async function minimalXlsx(parts: MinimalParts): Promise<Uint8Array> {
  const zip = new JSZip();
  zip.file("[Content_Types].xml", `<Types xmlns="${CT}"><Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/><Default Extension="xml" ContentType="application/xml"/><Override PartName="/xl/workbook.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.sheet.main+xml"/></Types>`);
  zip.file("_rels/.rels", `<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships"><Relationship Id="rId1" Type="${REL}/officeDocument" Target="xl/workbook.xml"/></Relationships>`);
  zip.file("xl/workbook.xml", parts.workbook ?? `<workbook xmlns="${MAIN_NS}" xmlns:r="${REL}"><sheets><sheet name="S" sheetId="1" r:id="rId1"/></sheets></workbook>`);
  zip.file(
    "xl/_rels/workbook.xml.rels",
    `<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships"><Relationship Id="rId1" Type="${REL}/worksheet" Target="worksheets/sheet1.xml"/>` +
      `<Relationship Id="rId2" Type="${REL}/styles" Target="styles.xml"/><Relationship Id="rId3" Type="${REL}/sharedStrings" Target="sharedStrings.xml"/></Relationships>`,
  );
  zip.file("xl/worksheets/sheet1.xml", parts.sheet);
  zip.file("xl/styles.xml", parts.styles ?? `<styleSheet xmlns="${MAIN_NS}"><fills count="2"><fill><patternFill patternType="none"/></fill><fill><patternFill patternType="gray125"/></fill></fills><cellXfs count="1"><xf numFmtId="0" fontId="0" fillId="0" borderId="0" xfId="0"/></cellXfs></styleSheet>`);
  if (parts.sharedStrings) zip.file("xl/sharedStrings.xml", parts.sharedStrings);
  for (const [name, text] of Object.entries(parts.extra ?? {})) zip.file(name, text);
  return zip.generateAsync({ type: "uint8array", compression: "DEFLATE" });
}

export function sheetXml(sheetData: string, after = "", prefix = ""): string {
  const p = prefix ? `${prefix}:` : "";
  const ns = prefix ? `xmlns:${prefix}="${MAIN_NS}"` : `xmlns="${MAIN_NS}"`;
  return `<?xml version="1.0" encoding="UTF-8"?><${p}worksheet ${ns}><${p}sheetData>${sheetData}</${p}sheetData>${after}</${p}worksheet>`;
}
