// Sheets whose size comes from a stray cell far out, or from references beyond Excel's limits: the official sheet
// with such cells added must read and score as before, and impossible references are refused as a damaged file.
import * as fs from "fs";
import JSZip from "jszip";
import { analyze } from "../src/scorecard";
import { openXlsx, XlsxError } from "../src/xlsx";
import { expected, OFFICIAL } from "./fixtures/grids";
import { Sheet } from "../src/scorecard/sheet";

const SHEET = "xl/worksheets/sheet1.xml";

/** The official workbook with `rows` appended to its sheet data (and `inFirstRow` appended to row 1). */
async function officialWith(rows: string, inFirstRow = ""): Promise<Uint8Array> {
  const zip = await JSZip.loadAsync(fs.readFileSync(OFFICIAL));
  let xml = await zip.file(SHEET)!.async("string");
  xml = xml.replace(/(<row r="1"[^>]*>[\s\S]*?)(<\/row>)/, `$1${inFirstRow}$2`).replace("</sheetData>", `${rows}</sheetData>`);
  zip.file(SHEET, xml);
  return zip.generateAsync({ type: "uint8array", compression: "DEFLATE" });
}

async function totalOf(bytes: Uint8Array): Promise<number> {
  const wb = await openXlsx(bytes);
  const result = analyze(wb.readGrid(wb.sheetNames()[0]));
  if (!result.ok) throw new Error(result.reason.messageEn);
  return result.scorecard.total;
}

describe("a stray cell far out does not size the sheet", () => {
  it("a formatted cell at XFD1048576: the grid spans the table only, and it scores as the official sheet", async () => {
    const bytes = await officialWith(`<row r="1048576"><c r="XFD1048576" s="1"/></row>`);
    const wb = await openXlsx(bytes);
    const grid = wb.readGrid(wb.sheetNames()[0]);
    expect(grid.values.length).toBe(28);
    expect(Math.max(...grid.values.map((r) => r.length))).toBe(17);
    expect(await totalOf(bytes)).toBe(expected.total);
  });

  it("a formatted cell in column XFD and another in row 1,048,576 (a whole column and a whole row formatted)", async () => {
    const bytes = await officialWith(`<row r="1048576"><c r="A1048576" s="1"/></row>`, `<c r="XFD1" s="1"/>`);
    expect(await totalOf(bytes)).toBe(expected.total);
  });

  it("values in column XFD and in row 1,048,576: the sheet is read sparsely and still scores the same", async () => {
    const bytes = await officialWith(`<row r="1048576"><c r="XFD1048576" t="inlineStr"><is><t>x</t></is></c></row>`, `<c r="XFD1"><v>1</v></c>`);
    const wb = await openXlsx(bytes);
    const grid = wb.readGrid(wb.sheetNames()[0]);
    expect(grid.values.length).toBe(1048576);
    expect(grid.values[grid.values.length - 1][16383]).toBe("x");
    expect(await totalOf(bytes)).toBe(expected.total);
  });
});

describe("references beyond Excel's 1,048,576 rows × 16,384 columns are a damaged file, said in a sentence", () => {
  const cases: [string, string][] = [
    ["row 231999999999940", `<row r="231999999999940"><c r="A231999999999940"><v>1</v></c></row>`],
    ["row 2,000,000,000", `<row r="2000000000"><c r="A2000000000"><v>1</v></c></row>`],
    ["row 1,048,577", `<row r="1048577"><c r="A1048577"><v>1</v></c></row>`],
    ["column ZZZZZZ", `<row r="30"><c r="ZZZZZZ30"><v>1</v></c></row>`],
    ["column XFE", `<row r="30"><c r="XFE30"><v>1</v></c></row>`],
  ];
  it.each(cases)("%s", async (_name, rows) => {
    const wb = await openXlsx(await officialWith(rows));
    const read = () => wb.readGrid(wb.sheetNames()[0]);
    expect(read).toThrow(XlsxError);
    expect(read).toThrow(/ไฟล์เสียหาย.*นอกขอบเขตของ Excel.*The file is damaged.*outside Excel's 1,048,576 rows × 16,384 columns/);
    // Writing scans the rows another way (cells only of the rows it touches): it refuses such rows the same.
    if (_name.startsWith("row")) expect(() => wb.cellFill(wb.sheetNames()[0], 4, 4)).toThrow(/outside Excel's/);
  });
});

describe("merged areas on a grid stretched to the sheet's end", () => {
  it.each([3, 16384])("are found, and thousands of tall merges cost neither memory nor time (grid %i columns wide)", (width) => {
    const values: (string | null)[][] = [["a", "b", null], [null, null, null]];
    values[1048575] = [...new Array(width - 1).fill(null), "far"];
    const grid = { sheetName: "S", origin: { row: 0, col: 0 }, values: Array.from(values, (r) => r ?? []), merges: [{ top: 0, left: 0, bottom: 1, right: 1 }] };
    // 16,384 one-column merges, each a million rows tall: 16,384 × 16,384 band entries, were they all indexed.
    const tall = Array.from({ length: 16384 }, (_, c) => ({ top: 2, left: c, bottom: 1048575, right: c }));
    grid.merges.push(...tall);
    const sheet = new Sheet(grid);
    expect(sheet.merge(1, 1)).toEqual({ top: 0, left: 0, bottom: 1, right: 1 });
    expect(sheet.shown(1, 1)).toBe("a");
    expect(sheet.merge(5, 0)).toEqual({ top: 2, left: 0, bottom: 1048575, right: 0 });
    expect(sheet.merge(0, 2)).toBeNull();
    expect(sheet.merge(1048575, 2)).toEqual({ top: 2, left: 2, bottom: 1048575, right: 2 });
  });
});
