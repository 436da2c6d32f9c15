import JSZip from "jszip";
import type { CellWrite } from "../scorecard";
import { toAddress } from "../grid";
import { openXlsx, XlsxError } from "./index";
import { MAIN_NS, minimalXlsx, sheetXml } from "./testing/minimalXlsx";

const w = (row: number, col: number, value: number): CellWrite => ({
  row, col, address: toAddress(row, col), kind: "scoreKpi", value, numberFormat: null,
  previous: { value: null, formula: null, numberFormat: null }, overwritesFormula: true, changesValue: true,
});

const SHEET = sheetXml(
  `<row r="1"><c r="A1"><f t="array" ref="A1:A2">B1:B2*2</f><v>2</v></c><c r="B1"><v>1</v></c><c r="C1"><f>B1+1</f><v>2</v></c></row>` +
    `<row r="2"><c r="A2"><v>4</v></c><c r="B2"><v>2</v></c></row>`,
);
const CALC_CHAIN = `<calcChain xmlns="${MAIN_NS}"><c r="A1" i="1" a="1"/><c r="C1"/></calcChain>`;

async function withCalcChain(): Promise<Uint8Array> {
  const zip = await JSZip.loadAsync(await minimalXlsx({ sheet: SHEET }));
  zip.file("xl/calcChain.xml", CALC_CHAIN);
  const rels = await zip.file("xl/_rels/workbook.xml.rels")!.async("string");
  zip.file("xl/_rels/workbook.xml.rels", rels.replace("</Relationships>", `<Relationship Id="rId9" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/calcChain" Target="calcChain.xml"/></Relationships>`));
  const types = await zip.file("[Content_Types].xml")!.async("string");
  zip.file("[Content_Types].xml", types.replace("</Types>", `<Override PartName="/xl/calcChain.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.calcChain+xml"/></Types>`));
  return zip.generateAsync({ type: "uint8array" });
}

describe("the no-loss policy", () => {
  it("refuses to write one cell of a multi-cell array formula", async () => {
    const wb = await openXlsx(await minimalXlsx({ sheet: SHEET }));
    expect(() => wb.applyPlan({ sheetName: "S", writes: [w(1, 0, 9)], highlights: [] }, { highlights: false })).toThrow(XlsxError);
    expect(() => wb.applyPlan({ sheetName: "S", writes: [w(1, 0, 9)], highlights: [] }, { highlights: false })).toThrow(/A2.*A1:A2/);
  });

  it("drops the calculation chain when a formula cell becomes a constant (Excel rebuilds it)", async () => {
    const wb = await openXlsx(await withCalcChain());
    wb.applyPlan({ sheetName: "S", writes: [w(0, 2, 5)], highlights: [] }, { highlights: false });
    const zip = await JSZip.loadAsync(await wb.toBytes());
    expect(zip.file("xl/calcChain.xml")).toBeNull();
    expect(await zip.file("xl/_rels/workbook.xml.rels")!.async("string")).not.toContain("calcChain");
    expect(await zip.file("[Content_Types].xml")!.async("string")).not.toContain("calcChain");
    expect(await zip.file("xl/workbook.xml")!.async("string")).toContain('<calcPr fullCalcOnLoad="1"/>');
  });

  it("keeps the calculation chain when no formula is overwritten", async () => {
    const wb = await openXlsx(await withCalcChain());
    wb.applyPlan({ sheetName: "S", writes: [w(4, 4, 5)], highlights: [] }, { highlights: false });
    const zip = await JSZip.loadAsync(await wb.toBytes());
    expect(await zip.file("xl/calcChain.xml")!.async("string")).toBe(CALC_CHAIN);
  });

  it("reads a Strict Open XML workbook and refuses to save it once changed, saying to save it as an ordinary workbook", async () => {
    const strict = "http://purl.oclc.org/ooxml/spreadsheetml/main";
    const wb = await openXlsx(
      await minimalXlsx({
        sheet: SHEET.replace(MAIN_NS, strict),
        workbook: `<workbook xmlns="${strict}" xmlns:r="http://purl.oclc.org/ooxml/officeDocument/relationships"><sheets><sheet name="S" sheetId="1" r:id="rId1"/></sheets></workbook>`,
      }),
    );
    expect(wb.readGrid("S").values[0][1]).toBe(1);
    wb.applyPlan({ sheetName: "S", writes: [w(4, 4, 5)], highlights: [] }, { highlights: false });
    await expect(wb.toBytes()).rejects.toThrow(/Strict Open XML.*save it as an ordinary Excel Workbook \(\.xlsx\) first/);
  });
});
