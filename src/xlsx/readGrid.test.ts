import { openXlsx } from "./index";
import { MAIN_NS, minimalXlsx, sheetXml } from "./testing/minimalXlsx";

const SST = `<sst xmlns="${MAIN_NS}" count="3" uniqueCount="3"><si><t>plain</t></si><si><r><rPr><b/></rPr><t>ตัว</t></r><r><t xml:space="preserve">หนา &amp; </t></r><rPh sb="0" eb="1"><t>ignored</t></rPh></si><si><t>line_x000D_break</t></si></sst>`;
const STYLES =
  `<styleSheet xmlns="${MAIN_NS}"><numFmts count="1"><numFmt numFmtId="164" formatCode="[$-D00041E]0.00"/></numFmts>` +
  `<fills count="3"><fill><patternFill patternType="none"/></fill><fill><patternFill patternType="gray125"/></fill><fill><patternFill patternType="solid"><fgColor indexed="13"/></patternFill></fill></fills>` +
  `<cellXfs count="5"><xf numFmtId="0" fillId="0"/><xf numFmtId="2" fillId="0"/><xf numFmtId="164" fillId="2"/><xf numFmtId="10"/><xf numFmtId="60"/></cellXfs></styleSheet>`;

describe("readGrid", () => {
  it("reads every cell type, number formats and formulas, with the origin at the first cell present", async () => {
    const sheet = sheetXml(
      `<row r="3"><c r="C3" t="s"><v>0</v></c><c r="D3" t="s" s="1"><v>1</v></c><c r="E3" t="s"><v>2</v></c></row>` +
        `<row r="4"><c r="C4" s="2"><v>1.5</v></c><c r="D4" t="b"><v>1</v></c><c r="E4" t="e"><v>#N/A</v></c><c r="F4" t="inlineStr"><is><t>อินไลน์</t></is></c></row>` +
        `<row r="6"><c r="D6" s="3" t="str"><f>"a"&amp;"b"</f><v>ab</v></c><c r="E6"><f>SUM(C4:C5)</f><v>1.5</v></c><c r="F6" s="4"/></row>`,
      `<mergeCells count="1"><mergeCell ref="C3:D3"/></mergeCells>`,
    );
    const wb = await openXlsx(await minimalXlsx({ sheet, sharedStrings: SST, styles: STYLES }));
    const g = wb.readGrid("S");
    expect(g.origin).toEqual({ row: 2, col: 2 });
    expect(g.values).toEqual([
      ["plain", "ตัวหนา & ", "line\rbreak"],
      [1.5, true, "#N/A", "อินไลน์"],
      [],
      [null, "ab", 1.5, null],
    ]);
    expect(g.numberFormats).toEqual([
      ["General", "0.00", "General"],
      ["[$-D00041E]0.00", "General", "General", "General"],
      [],
      ["General", "0.00%", "General", "t0.00"],
    ]);
    expect(g.formulas![3]).toEqual([null, '="a"&"b"', "=SUM(C4:C5)", null]);
    expect(g.merges).toEqual([{ top: 2, left: 2, bottom: 2, right: 3 }]);
    expect(wb.cellFill("S", 3, 2)).toBe("#FFFF00"); // indexed 13 in the default palette
    expect(wb.cellFill("S", 2, 2)).toBeNull();
  });

  it("reports shared-formula followers and array-formula cells as formulas", async () => {
    const sheet = sheetXml(
      `<row r="1"><c r="A1"><f t="shared" ref="A1:A3" si="0">B1*$C$1</f><v>0</v></c><c r="D1"><f t="array" ref="D1:D2">B1:B2*2</f><v>0</v></c></row>` +
        `<row r="2"><c r="A2"><f t="shared" si="0"/><v>0</v></c><c r="D2"><v>0</v></c></row>` +
        `<row r="3"><c r="A3"><f t="shared" si="0"/><v>0</v></c></row>`,
    );
    const g = (await openXlsx(await minimalXlsx({ sheet }))).readGrid("S");
    expect(g.formulas!.map((r) => r[0])).toEqual(["=B1*$C$1", "=B2*$C$1", "=B3*$C$1"]);
    expect(g.formulas!.map((r) => r[3])).toEqual(["=B1:B2*2", "=B1:B2*2", undefined]);
  });

  it("reads sheets whose elements carry a namespace prefix, and rows and cells without r", async () => {
    const sheet = sheetXml(`<x:row><x:c><x:v>1</x:v></x:c><x:c t="inlineStr"><x:is><x:t>b</x:t></x:is></x:c></x:row><x:row><x:c r="B2"><x:v>2</x:v></x:c></x:row>`, "", "x");
    const wb = await openXlsx(await minimalXlsx({ sheet }));
    const g = wb.readGrid("S");
    expect(g.values).toEqual([[1, "b"], [null, 2]]);
    wb.applyPlan({ sheetName: "S", writes: [{ row: 1, col: 0, address: "A2", kind: "level", value: 5, numberFormat: "0.00", previous: { value: null, formula: null, numberFormat: null }, overwritesFormula: false, changesValue: false }], highlights: [] }, { highlights: false });
    const out = await openXlsx(await wb.toBytes());
    expect(out.readGrid("S").values).toEqual([[1, "b"], [5, 2]]);
    expect(out.readGrid("S").numberFormats![1][0]).toBe("0.00");
  });

  it("gives an empty grid for an empty sheet and can write into it", async () => {
    const wb = await openXlsx(await minimalXlsx({ sheet: `<worksheet xmlns="${MAIN_NS}"><sheetData/></worksheet>` }));
    expect(wb.readGrid("S")).toMatchObject({ origin: { row: 0, col: 0 }, values: [] });
    wb.applyPlan({ sheetName: "S", writes: [{ row: 2, col: 1, address: "B3", kind: "total", value: "x", numberFormat: null, previous: { value: null, formula: null, numberFormat: null }, overwritesFormula: false, changesValue: false }], highlights: [] }, { highlights: false });
    const g = (await openXlsx(await wb.toBytes())).readGrid("S");
    expect(g).toMatchObject({ origin: { row: 2, col: 1 }, values: [["x"]] });
  });
});
