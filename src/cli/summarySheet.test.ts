// WorkbookHost.writeSummarySheet: the summary added to the officer's own workbook as a new sheet, every
// other part of the package kept (the rich workbook: second sheet with formulas and a table, defined name,
// comment, validation, conditional format, image, chart), and replaced in place when asked.
import * as fs from "fs";
import JSZip from "jszip";
import { summaryCharts, summaryLayout, SUMMARY_SHEET } from "../export";
import { analyze, buildSummary, SheetExistsError } from "../scorecard";
import { openXlsx } from "../xlsx";
import { RICH_FILE, SCORECARD, SUMMARY } from "../../test/fixtures/richWorkbook";
import { WorkbookHost } from "./workbookHost";

const DAY = new Date(2026, 10, 25, 10, 0);
const rich = new Uint8Array(fs.readFileSync(RICH_FILE));

async function summaryOf(host: WorkbookHost, day = DAY) {
  const result = analyze(await host.readGrid(SCORECARD));
  if (!result.ok) throw new Error(result.reason.message);
  const summary = buildSummary(result.scorecard, day);
  return { layout: summaryLayout(summary), chart: summaryCharts(summary) };
}

async function parts(bytes: Uint8Array): Promise<Map<string, string>> {
  const zip = await JSZip.loadAsync(bytes);
  const out = new Map<string, string>();
  for (const name of Object.keys(zip.files).filter((n) => !zip.files[n].dir)) out.set(name, await zip.files[name].async("base64"));
  return out;
}

const decode = (b64: string) => Buffer.from(b64, "base64").toString("utf8");
const rowWith = (values: unknown[][], col: number, text: string) => values.findIndex((r) => r[col] === text);

describe("WorkbookHost.writeSummarySheet", () => {
  it("adds the summary sheet: the CLI's cells, Thai-digit formats, merged title, every other part unchanged", async () => {
    const host = new WorkbookHost(await openXlsx(rich));
    const { layout, chart } = await summaryOf(host);
    await host.writeSummarySheet(SUMMARY_SHEET, layout, chart, { replace: false });
    const bytes = await host.toBytes();

    const wb = await openXlsx(bytes);
    expect(wb.sheetNames()).toEqual([SCORECARD, SUMMARY, SUMMARY_SHEET]);
    const g = wb.readGrid(SUMMARY_SHEET);
    expect(g.values[0][0]).toBe("สรุปผล HR Scorecard กรมส่งเสริมสหกรณ์");
    expect(g.merges).toContainEqual({ top: 0, left: 0, bottom: 0, right: 4 });
    const total = rowWith(g.values, 0, "คะแนน HR Scorecard (เต็ม ๑๐๐ คะแนน)");
    expect(g.values[total][3]).toBe(28.825);
    expect(g.numberFormats?.[total][3]).toBe("[$-D00041E]0.00");
    const dims = ["๑", "๒", "๓", "๔", "๕"].map((n) => g.values[rowWith(g.values, 0, n)][3]);
    expect(dims).toEqual([3, 12, 1.2, 10, 2.625]);
    const section = rowWith(g.values, 0, "ตัวชี้วัดที่รอผล (๑๔ ตัวชี้วัด)");
    const pending = g.values.slice(section + 2, section + 16);
    expect(pending).toHaveLength(14);
    expect(pending.every((r) => r[3] === "ทราบผล เดือน ก.ย. ๖๖" && typeof r[2] === "string" && r[2] !== "")).toBe(true);
    expect(pending[0].slice(0, 3)).toEqual(["๑.๑", expect.any(String), "สทส."]);
    // The same content as `scorecard export` writes: the layout's every cell, row by row.
    layout.rows.forEach((row, r) =>
      row.cells.forEach((cell, c) => expect(g.values[r]?.[c] ?? null).toEqual(cell === null || cell === "" ? null : typeof cell === "string" ? cell : cell.number)),
    );

    // Every part but the four a new sheet must touch is byte for byte what it was.
    const before = await parts(rich);
    const after = await parts(bytes);
    const touched = ["xl/workbook.xml", "xl/_rels/workbook.xml.rels", "[Content_Types].xml", "xl/styles.xml"];
    const added = [...after.keys()].filter((k) => !before.has(k));
    expect(added).toEqual(["xl/worksheets/sheet3.xml"]);
    for (const [name, content] of before) if (!touched.includes(name)) expect([name, after.get(name)]).toEqual([name, content]);
    // …and those four only gained what the new sheet needs.
    const book = decode(after.get("xl/workbook.xml")!);
    expect(book).toContain(`<sheet name="${SUMMARY_SHEET}" sheetId="3" r:id="rId`);
    expect(book).toContain(`<definedName name="_xlnm.Print_Titles" localSheetId="2">'${SUMMARY_SHEET}'!$1:$2</definedName>`);
    expect(book).toContain(`<definedName name="ScoreArea">`);
    const styles = [decode(before.get("xl/styles.xml")!), decode(after.get("xl/styles.xml")!)];
    const xfs = (xml: string) => /<cellXfs[^>]*>([\s\S]*?)<\/cellXfs>/.exec(xml)![1];
    expect(xfs(styles[1]).startsWith(xfs(styles[0]))).toBe(true);
    expect(styles[1]).toContain('<name val="TH SarabunPSK"/>');
    expect(decode(after.get("[Content_Types].xml")!)).toContain('PartName="/xl/worksheets/sheet3.xml"');
    const sheet = decode(after.get("xl/worksheets/sheet3.xml")!);
    expect(sheet).toContain('<pageSetup paperSize="9" orientation="landscape" fitToWidth="1" fitToHeight="0"/>');
    expect(sheet).not.toContain('t="s"'); // strings inline: sharedStrings.xml stays as it was
    // The other sheets read as before.
    const original = await openXlsx(rich);
    expect(wb.readGrid(SCORECARD)).toEqual(original.readGrid(SCORECARD));
    expect(wb.readGrid(SUMMARY)).toEqual(original.readGrid(SUMMARY));
  });

  it("refuses to overwrite without replace, and with replace rewrites the same part in place", async () => {
    const host = new WorkbookHost(await openXlsx(rich));
    const first = await summaryOf(host);
    await host.writeSummarySheet(SUMMARY_SHEET, first.layout, first.chart, { replace: false });
    const once = await host.toBytes();
    await expect(host.writeSummarySheet(SUMMARY_SHEET, first.layout, first.chart, { replace: false })).rejects.toBeInstanceOf(SheetExistsError);
    expect(await parts(await host.toBytes())).toEqual(await parts(once));

    const later = await summaryOf(host, new Date(2027, 0, 5));
    await host.writeSummarySheet(SUMMARY_SHEET, later.layout, later.chart, { replace: true });
    const bytes = await host.toBytes();
    const wb = await openXlsx(bytes);
    expect(wb.sheetNames()).toEqual([SCORECARD, SUMMARY, SUMMARY_SHEET]);
    expect(String(wb.readGrid(SUMMARY_SHEET).values[2][0])).toContain("๕ มกราคม ๒๕๗๐");
    const zip = await JSZip.loadAsync(bytes);
    expect(Object.keys(zip.files).filter((n) => n.startsWith("xl/worksheets/sheet"))).toHaveLength(3);
    const book = await zip.file("xl/workbook.xml")!.async("string");
    expect(book.match(/_xlnm\.Print_Titles/g)).toHaveLength(1);
  });
});
