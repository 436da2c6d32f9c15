import JSZip from "jszip";
import { openXlsx } from "../xlsx";
import { num, type SheetLayout, textRow } from "../scorecard";
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
