import JSZip from "jszip";
import type { CellWrite, Highlight, WritePlan } from "../scorecard";
import { buildRichWorkbook, SCORECARD, SUMMARY } from "../../test/fixtures/richWorkbook";
import { toAddress } from "../grid";
import { openXlsx, XlsxError } from "./index";
import { scanSheet } from "./sheetScan";
import { findElement } from "./xmlText";
import { MAIN_NS, minimalXlsx, sheetXml } from "./testing/minimalXlsx";

const THAI_2DP = "[$-D00041E]0.00";

function write(row: number, col: number, value: number | string, numberFormat: string | null = THAI_2DP): CellWrite {
  return {
    row,
    col,
    address: toAddress(row, col),
    kind: "scoreKpi",
    value,
    numberFormat,
    previous: { value: null, formula: null, numberFormat: null },
    overwritesFormula: false,
    changesValue: false,
  };
}

function highlight(row: number, col: number, color = "#FFEB9C"): Highlight {
  return { row, col, address: toAddress(row, col), reason: "pending", color };
}

/** Numbers into empty cells (existing rows, a new column, a new row), a string, a highlight, a formula overwritten. */
const PLAN: WritePlan = {
  sheetName: SCORECARD,
  writes: [
    write(4, 12, 1.5), // M5
    write(4, 13, 3), // N5
    write(4, 14, 3), // O5
    write(7, 14, 12.25), // O8
    write(4, 17, 0.5), // R5: past the row's last cell
    write(28, 0, "คะแนนรวม <ทดสอบ> & ok", null), // A29: a row the sheet does not have
    { ...write(26, 14, 28.825), overwritesFormula: true }, // O27 holds =SUM(O5:O26)
  ],
  highlights: [highlight(4, 16)], // Q5: pending result
};
const PLANNED = new Set([...PLAN.writes, ...PLAN.highlights].map((c) => `${c.row},${c.col}`));

async function entries(bytes: Uint8Array): Promise<Map<string, Uint8Array>> {
  const zip = await JSZip.loadAsync(bytes);
  const names = Object.keys(zip.files).filter((n) => !zip.files[n].dir);
  return new Map(await Promise.all(names.map(async (n) => [n, await zip.files[n].async("uint8array")] as const)));
}

const text = (bytes: Uint8Array | undefined) => new TextDecoder().decode(bytes);

function cellsOf(xml: string): Map<string, string> {
  const sheet = scanSheet(xml, "");
  return new Map(sheet.rows.flatMap((r) => r.cells.map((c) => [`${c.row},${c.col}`, xml.slice(c.start, c.end)] as const)));
}

function sectionItems(styles: string, name: string): string {
  return findElement(styles, name)?.inner ?? "";
}

describe("applyPlan on the rich workbook", () => {
  let original: Uint8Array;
  beforeAll(async () => {
    original = await buildRichWorkbook();
  });

  it("changes only the planned cells and keeps every other part byte-identical", async () => {
    const wb = await openXlsx(original);
    wb.applyPlan(PLAN, { highlights: true });
    const edited = await wb.toBytes();
    const before = await entries(original);
    const after = await entries(edited);

    expect([...after.keys()]).toEqual([...before.keys()]);
    const changed = ["xl/worksheets/sheet1.xml", "xl/styles.xml", "xl/workbook.xml"];
    for (const [name, bytes] of before) {
      if (!changed.includes(name)) expect({ name, same: Buffer.compare(Buffer.from(bytes), Buffer.from(after.get(name)!)) === 0 }).toEqual({ name, same: true });
    }

    const oldSheet = text(before.get("xl/worksheets/sheet1.xml"));
    const newSheet = text(after.get("xl/worksheets/sheet1.xml"));
    const oldCells = cellsOf(oldSheet);
    const newCells = cellsOf(newSheet);
    for (const [key, xml] of oldCells) if (!PLANNED.has(key)) expect({ key, xml: newCells.get(key) }).toEqual({ key, xml });
    for (const key of newCells.keys()) expect(oldCells.has(key) || PLANNED.has(key)).toBe(true);
    for (const el of ["mergeCells", "dataValidations", "conditionalFormatting", "cols", "drawing", "legacyDrawing", "pageSetup", "sheetPr"]) {
      const was = findElement(oldSheet, el);
      const now = findElement(newSheet, el);
      expect(was).not.toBeNull();
      expect({ el, attrs: now?.attrs, inner: now?.inner }).toEqual({ el, attrs: was!.attrs, inner: was!.inner });
    }

    const oldStyles = text(before.get("xl/styles.xml"));
    const newStyles = text(after.get("xl/styles.xml"));
    for (const section of ["cellXfs", "fonts", "fills", "borders", "cellStyleXfs", "dxfs", "numFmts"]) {
      expect(sectionItems(newStyles, section).startsWith(sectionItems(oldStyles, section))).toBe(true);
    }
    expect(findElement(newStyles, "fonts")?.inner).toBe(findElement(oldStyles, "fonts")?.inner); // no font added at all
    expect(newStyles).toContain('formatCode="[$-D00041E]0.00"');

    // Excel must recompute the summary sheet's formulas that read the written cells.
    expect(text(after.get("xl/workbook.xml"))).toContain('<calcPr calcId="171027" fullCalcOnLoad="1"/>');
  });

  it("reads back the planned values, formats and highlight, and keeps styles of written cells", async () => {
    const wb = await openXlsx(original);
    const origGrid = wb.readGrid(SCORECARD);
    wb.applyPlan(PLAN, { highlights: true });
    const out = await openXlsx(await wb.toBytes());
    const g = out.readGrid(SCORECARD);
    const at = (row: number, col: number) => ({
      value: g.values[row - g.origin.row][col - g.origin.col],
      format: g.numberFormats![row - g.origin.row][col - g.origin.col],
      formula: g.formulas![row - g.origin.row][col - g.origin.col],
    });
    expect(at(4, 12)).toEqual({ value: 1.5, format: THAI_2DP, formula: null });
    expect(at(7, 14)).toEqual({ value: 12.25, format: THAI_2DP, formula: null });
    expect(at(4, 17)).toEqual({ value: 0.5, format: THAI_2DP, formula: null });
    expect(at(28, 0)).toEqual({ value: "คะแนนรวม <ทดสอบ> & ok", format: "General", formula: null });
    expect(at(26, 14)).toEqual({ value: 28.825, format: THAI_2DP, formula: null });
    expect(out.cellFill(SCORECARD, 4, 16)).toBe("#FFEB9C");
    expect(at(4, 16).value).toBe(origGrid.values[4][16]); // a highlight changes no value
    expect(out.cellFill(SCORECARD, 4, 12)).toBeNull();
    expect(out.cellFill(SCORECARD, 2, 0)).toBe("#D9E1F2"); // an existing fill
  });

  it("records what the cells held, and restore('all') gives back the original sheet", async () => {
    const wb = await openXlsx(original);
    const origGrid = wb.readGrid(SCORECARD);
    const origSummary = wb.readGrid(SUMMARY);
    const record = wb.applyPlan(PLAN, { highlights: true });
    expect(record.sheetName).toBe(SCORECARD);
    expect(record.cells).toHaveLength(PLANNED.size);
    const o27 = record.cells.find((c) => c.address === "O27")!;
    expect(o27).toEqual({ row: 26, col: 14, address: "O27", value: 0, formula: "=SUM(O5:O26)", numberFormat: "General", fill: null });
    expect(record.highlighted).toEqual([
      { row: 4, col: 16, address: "Q5", value: origGrid.values[4][16], formula: null, numberFormat: "General", fill: null },
    ]);
    const m5 = record.cells.find((c) => c.address === "M5")!;
    expect(m5).toMatchObject({ value: null, formula: null, numberFormat: "General" });

    wb.restore(record, "all");
    const reopened = await openXlsx(await wb.toBytes());
    expect(reopened.readGrid(SCORECARD)).toEqual(origGrid);
    expect(reopened.readGrid(SUMMARY)).toEqual(origSummary);
    for (const c of record.cells) expect(reopened.cellFill(SCORECARD, c.row, c.col)).toBe(c.fill);

    // Exactly the original text: only <dimension> stays widened (harmless), the created row is gone.
    const before = text((await entries(original)).get("xl/worksheets/sheet1.xml"));
    const after = text((await entries(await reopened.toBytes())).get("xl/worksheets/sheet1.xml"));
    expect(after.replace(/<dimension ref="[^"]*"\/>/, "")).toBe(before.replace(/<dimension ref="[^"]*"\/>/, ""));
  });

  it("restore('fills') takes back only the highlights", async () => {
    const wb = await openXlsx(original);
    const record = wb.applyPlan({ ...PLAN, highlights: [highlight(4, 16), highlight(5, 16, "#FFC7CE"), highlight(30, 3)] }, { highlights: true });
    expect(wb.cellFill(SCORECARD, 5, 16)).toBe("#FFC7CE");
    wb.restore(record, "fills");
    const out = await openXlsx(await wb.toBytes());
    expect(out.cellFill(SCORECARD, 4, 16)).toBeNull();
    expect(out.cellFill(SCORECARD, 5, 16)).toBeNull();
    expect(out.cellFill(SCORECARD, 30, 3)).toBeNull();
    const g = out.readGrid(SCORECARD);
    expect(g.values[4][12]).toBe(1.5); // the written values stay
    expect(g.values.length).toBe(29); // the row a highlight alone created (31) is gone again
  });

  it("ignores highlights when the options say so", async () => {
    const wb = await openXlsx(original);
    const record = wb.applyPlan(PLAN, { highlights: false });
    expect(record.highlighted).toEqual([]);
    expect(wb.cellFill(SCORECARD, 4, 16)).toBeNull();
  });

  it("without undo (the command line) writes the same bytes and keeps no snapshots", async () => {
    const withUndo = await openXlsx(original);
    withUndo.applyPlan(PLAN, { highlights: true });
    const without = await openXlsx(original);
    const record = without.applyPlan(PLAN, { highlights: true, undo: false });
    expect(record).toEqual({ sheetName: SCORECARD, cells: [], highlighted: [], cleared: [] });
    const a = await entries(await withUndo.toBytes());
    const b = await entries(await without.toBytes());
    expect([...b.keys()]).toEqual([...a.keys()]);
    for (const [name, bytes] of a) expect(text(b.get(name))).toBe(text(bytes));
    // Both shared-formula release and a formula overwrite, without snapshots.
    const summary = await openXlsx(original);
    summary.applyPlan({ sheetName: SUMMARY, writes: [{ ...write(1, 1, 7, null), overwritesFormula: true }], highlights: [] }, { highlights: false, undo: false });
    const sheet2 = text((await entries(await summary.toBytes())).get("xl/worksheets/sheet2.xml"));
    expect(sheet2).toContain(`<c r="B3"><f>'${SCORECARD}'!O6*2</f><v>6</v></c>`);
  });

  it("overwriting a shared formula's master writes its followers' formulas out in full", async () => {
    const wb = await openXlsx(original);
    const before = wb.readGrid(SUMMARY);
    const record = wb.applyPlan({ sheetName: SUMMARY, writes: [{ ...write(1, 1, 7, null), overwritesFormula: true }], highlights: [] }, { highlights: false });
    const after = (await openXlsx(await wb.toBytes())).readGrid(SUMMARY);
    expect(after.values[1][1]).toBe(7);
    expect(after.formulas![1][1]).toBeNull();
    expect(after.formulas!.map((r) => r[1]).slice(2)).toEqual(before.formulas!.map((r) => r[1]).slice(2));
    const sheet2 = text((await entries(await wb.toBytes())).get("xl/worksheets/sheet2.xml"));
    expect(sheet2).toContain(`<c r="B3"><f>'${SCORECARD}'!O6*2</f><v>6</v></c>`);
    wb.restore(record, "all");
    expect((await openXlsx(await wb.toBytes())).readGrid(SUMMARY)).toEqual(before);
  });

  it("refuses to write a table's header cell, naming the cell and the table, and writes nothing", async () => {
    const wb = await openXlsx(original);
    const plan: WritePlan = { sheetName: SUMMARY, writes: [write(1, 4, 9), write(0, 4, "ใหม่")], highlights: [] };
    expect(() => wb.applyPlan(plan, { highlights: false })).toThrow(XlsxError);
    expect(() => wb.applyPlan(plan, { highlights: false })).toThrow(/E1.*"Units"/);
    expect(wb.readGrid(SUMMARY).values[1][4]).toBe(1);
    // Body cells of the table are fine.
    wb.applyPlan({ ...plan, writes: [write(1, 4, 9)] }, { highlights: false });
    expect(wb.readGrid(SUMMARY).values[1][4]).toBe(9);
  });

  it("writes text as typed: a literal _xHHHH_ and control characters come back unchanged", async () => {
    const wb = await openXlsx(original);
    const typed = "หมายเหตุ _x0041_ และ\u0001";
    wb.applyPlan({ sheetName: SCORECARD, writes: [write(29, 0, typed, null)], highlights: [] }, { highlights: false });
    expect((await openXlsx(await wb.toBytes())).readGrid(SCORECARD).values[29][0]).toBe(typed);
  });

  it("names a sheet that does not exist", async () => {
    const wb = await openXlsx(original);
    expect(() => wb.readGrid("ไม่มี")).toThrow(/ไม่พบแผ่นงาน "ไม่มี"/);
  });
});

describe("applyPlan: text already in the shared-string table", () => {
  const PENDING = "ทราบผล เดือน ก.ย. ๖๖";
  const SST =
    `<sst xmlns="${MAIN_NS}" count="3" uniqueCount="3">` +
    `<si><r><rPr><b/></rPr><t>ตัวหนา</t></r></si>` + // rich text: pointing at it would bring the bold along
    `<si><t>${PENDING}</t></si>` +
    `<si><t>ตัวหนา</t></si></sst>`;
  const SHEET = sheetXml(`<row r="1"><c r="A1" t="s"><v>1</v></c><c r="B1" t="s"><v>0</v></c></row>`);

  async function written(values: string[]): Promise<{ sheet: string; sst: string; grid: unknown[][] }> {
    const wb = await openXlsx(await minimalXlsx({ sheet: SHEET, sharedStrings: SST }));
    const writes = values.map((v, i) => write(1, i, v, null));
    wb.applyPlan({ sheetName: "S", writes, highlights: [] }, { highlights: false, undo: false });
    const bytes = await wb.toBytes();
    const files = await entries(bytes);
    return { sheet: text(files.get("xl/worksheets/sheet1.xml")), sst: text(files.get("xl/sharedStrings.xml")), grid: (await openXlsx(bytes)).readGrid("S").values };
  }

  it("points at a plain entry with exactly that text and leaves the table byte-identical", async () => {
    const { sheet, sst, grid } = await written([PENDING]);
    expect(sheet).toContain(`<c r="A2" t="s"><v>1</v></c>`);
    expect(sheet).not.toMatch(/[^\x00-\x7f]/); // the sheet's text stays ASCII
    expect(sst).toBe(SST);
    expect(grid[1][0]).toBe(PENDING);
  });

  it("skips a rich-text entry for a later plain one, and writes other text inline", async () => {
    const { sheet, grid } = await written(["ตัวหนา", "ไม่มีในตาราง", `${PENDING} `]);
    expect(sheet).toContain(`<c r="A2" t="s"><v>2</v></c>`);
    expect(sheet).toMatch(/<c r="B2" t="inlineStr"><is><t>ไม่มีในตาราง<\/t><\/is><\/c>/);
    expect(sheet).toMatch(/<c r="C2" t="inlineStr"><is><t xml:space="preserve">ทราบผล เดือน ก.ย. ๖๖ <\/t><\/is><\/c>/);
    expect(grid[1]).toEqual(["ตัวหนา", "ไม่มีในตาราง", `${PENDING} `]);
  });
});
