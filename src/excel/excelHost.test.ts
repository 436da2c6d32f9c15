import path from "path";
import { analyze, type CellRange, PartialWriteError, recalculate, settingsKey, SheetProtectedError, type WritePlan } from "../scorecard";
import type { ExcelCapabilities } from "./capabilities";
import { ExcelHost, planWriteBatches } from "./excelHost";
import { EXCEL_WEB_PAYLOAD_LIMIT } from "./payload";
import { MockWorkbook, officeGlobal, type MockCell, type MockContext, type MockSheetInit } from "./testing/mockWorkbook";
import { AMBER, COL, FIXTURE_BODY, generatedSheet, planFor } from "./testing/plans";
import { readFixtureSheet } from "./testing/xlsxFixture";

const FIXTURE = path.join(__dirname, "../../test/fixtures/hr-scorecard-2566-6m.xlsx");
const FLOOR: ExcelCapabilities = { mergedAreas: false, cellProperties: false, mergeUndoGroup: false, pageLayout: false, sharedRuntime: false }; // ExcelApi 1.7
const CURRENT: ExcelCapabilities = { mergedAreas: true, cellProperties: true, mergeUndoGroup: false, pageLayout: true, sharedRuntime: true }; // 1.13–1.19
const LATEST: ExcelCapabilities = { ...CURRENT, mergeUndoGroup: true }; // 1.20+
const g = globalThis as unknown as { Excel: unknown; Office: unknown };

let fixture: MockSheetInit;
beforeAll(async () => {
  fixture = await readFixtureSheet(FIXTURE);
});

function workbook(...sheets: MockSheetInit[]): MockWorkbook {
  const book = new MockWorkbook(sheets);
  g.Excel = book.excel();
  return book;
}

/** Cells whose content differs between two dumps (keys "row:col"). */
function changedCells(before: Map<string, MockCell>, after: Map<string, MockCell>): Set<string> {
  const keys = new Set([...before.keys(), ...after.keys()]);
  const blank = { value: "", formula: null, numberFormat: "General", fill: null };
  return new Set([...keys].filter((k) => JSON.stringify(before.get(k) ?? blank) !== JSON.stringify(after.get(k) ?? blank)));
}

const keysOf = (plan: WritePlan, withHighlights: boolean) =>
  new Set([...plan.writes.map((w) => `${w.row}:${w.col}`), ...(withHighlights ? plan.highlights.map((h) => `${h.row}:${h.col}`) : [])]);

/** Syncs a read of this sheet takes for its cells alone (no merged areas), by a host that has not seen it. */
async function cellSyncs(sheet: MockSheetInit): Promise<number> {
  const book = workbook(sheet);
  await new ExcelHost({ capabilities: FLOOR }).readGrid(sheet.name);
  return book.log.syncs;
}

/** Every sync's request and response stayed under 4 MB, and none failed. */
function expectWithinLimits(book: MockWorkbook): void {
  expect(book.log.responseBytes).toHaveLength(book.log.syncs);
  for (const bytes of [...book.log.syncBytes, ...book.log.responseBytes]) expect(bytes).toBeLessThan(4 * 1024 * 1024);
}

describe("readGrid", () => {
  it("reads the 22-KPI fixture in one sync: values, formats, formulas, merged areas, origin", async () => {
    const book = workbook(fixture);
    const grid = await new ExcelHost({ capabilities: CURRENT }).readGrid(fixture.name);
    expect(book.log.syncs).toBe(1);
    expect(grid.sheetName).toBe("HR Scorecard");
    expect(grid.origin).toEqual({ row: 0, col: 0 });
    expect(grid.values).toHaveLength(28);
    expect(grid.values[4][COL.level]).toBe("ทราบผล เดือน ก.ย. ๖๖");
    expect(grid.values[4][COL.target1]).toBe("๙๖");
    expect(grid.values[1][0]).toBeNull(); // Excel's "" is the engine's blank
    expect(grid.numberFormats?.[4][COL.target1]).toBe("General");
    expect(grid.formulas?.flat().every((f) => f === null)).toBe(true);
    expect(grid.merges).toContainEqual({ top: 4, left: 0, bottom: 6, right: 0 }); // A5:A7
    expect(grid.merges).toContainEqual({ top: 0, left: 0, bottom: 0, right: 16 }); // A1:Q1
    expect(grid.merges).toHaveLength(44);
  });

  it("on ExcelApi 1.7 leaves merges undefined (the engine infers blocks) and still syncs once", async () => {
    const book = workbook(fixture);
    const grid = await new ExcelHost({ capabilities: FLOOR }).readGrid(fixture.name);
    expect(book.log.syncs).toBe(1);
    expect(grid.merges).toBeUndefined();
    expect(grid.values[26][0]).toContain("คะแนน");
  });

  it("gives the origin of a used range that does not start at A1, and formula text", async () => {
    const book = workbook({
      name: "S",
      cells: [
        { row: 2, col: 2, cell: { value: 1 } },
        { row: 3, col: 3, cell: { value: 3, formula: "=C3*3", numberFormat: "0.00" } },
      ],
    });
    const grid = await new ExcelHost({ capabilities: CURRENT }).readGrid("S");
    expect(book.log.syncs).toBe(1);
    expect(grid.origin).toEqual({ row: 2, col: 2 });
    expect(grid.values).toEqual([
      [1, null],
      [null, 3],
    ]);
    expect(grid.formulas).toEqual([
      [null, null],
      [null, "=C3*3"],
    ]);
    expect(grid.numberFormats?.[1][1]).toBe("0.00");
    expect(grid.merges).toEqual([]);
  });

  it("gives an empty grid for an empty sheet", async () => {
    workbook({ name: "Empty" });
    const grid = await new ExcelHost({ capabilities: CURRENT }).readGrid("Empty");
    expect(grid.values).toEqual([]);
    expect(grid.origin).toEqual({ row: 0, col: 0 });
  });

  const SHAPES = ["top-left", "intersecting", "clipped"] as const;
  const sorted = (areas: CellRange[] | undefined) => [...(areas ?? [])].sort((a, b) => a.top - b.top || a.left - b.left);

  for (const shape of SHAPES) {
    it(`reads the fixture's 44 merged areas exactly, in one sync, when Excel returns areas ${shape}`, async () => {
      const book = workbook(fixture);
      book.mergedAreasShape = shape;
      const grid = await new ExcelHost({ capabilities: CURRENT }).readGrid(fixture.name);
      expect(book.log.syncs).toBe(1);
      expect(sorted(grid.merges)).toEqual(sorted(fixture.merges));
    });

    it(`reads a 2,500-KPI sheet with ~2,000 merged areas, every area whole, in the syncs its cells take, when Excel returns areas ${shape}`, async () => {
      const { sheet } = generatedSheet(2500, { mergeGoals: true });
      expect(sheet.merges!.length).toBeGreaterThan(2000);
      const cells = await cellSyncs(sheet);
      const book = workbook(sheet);
      book.mergedAreasShape = shape;
      const grid = await new ExcelHost({ capabilities: CURRENT }).readGrid(sheet.name);
      expect(book.log.syncs).toBe(cells); // the merged areas come with the first rows
      expectWithinLimits(book);
      expect(grid.values).toHaveLength(2505);
      expect(sorted(grid.merges)).toEqual(sorted(sheet.merges));
    });
  }

  for (const address of ["anchor-only", "joined"] as const) {
    it(`does not take merged areas whose address is ${address} for merges: blocks from blanks, and the official sheet still scores 28.825`, async () => {
      const book = workbook(fixture);
      book.mergedAreasAddress = address;
      g.Office = (await officeGlobal({ ExcelApi: "1.13" })).office;
      const host = new ExcelHost({ capabilities: CURRENT });
      const grid = await host.readGrid(fixture.name);
      expect(book.log.syncs).toBe(1);
      expect(grid.merges).toBeUndefined();
      const outcome = await recalculate(host, fixture.name);
      if (outcome.status !== "done") throw new Error(outcome.status);
      expect(outcome.scorecard.total).toBeCloseTo(28.825, 9);
      expect(outcome.scorecard.totalText).toBe("28.83");
    });
  }

  it("reads only the cells that hold values: a sheet formatted down to row 1,048,576 and out to column XFD still reads", async () => {
    const sheet: MockSheetInit = {
      ...fixture,
      cells: [...(fixture.cells ?? []), { row: 1_048_575, col: 16, cell: { numberFormat: "0.00" } }, { row: 0, col: 16_383, cell: { fill: "#FFFF00" } }],
    };
    const book = workbook(sheet);
    g.Office = (await officeGlobal({ ExcelApi: "1.13" })).office;
    const host = new ExcelHost({ capabilities: CURRENT });
    await host.activeSheet();
    const outcome = await recalculate(host, sheet.name);
    if (outcome.status !== "done") throw new Error(outcome.status);
    expect(outcome.scorecard.totalText).toBe("28.83");
    expectWithinLimits(book);
    // Read whole, the formatted used range would pass Excel on the web's 5,000,000 cells.
    await expect(
      book.excel().run(async (context: MockContext) => {
        context.workbook.worksheets.getItem(sheet.name).getUsedRange().load("values");
        await context.sync();
      }),
    ).rejects.toMatchObject({ code: "ResponsePayloadSizeLimitExceeded" });
  });

  describe("a value far out to the right (XFD) beside the table: rows planned for the sheet's real width", () => {
    const farRight = (): MockSheetInit => ({ ...fixture, cells: [...(fixture.cells ?? []), { row: 2, col: 16_383, cell: { value: "x" } }] });

    it("after activeSheet(), on ExcelApi 1.7 too: every answer under 4 MB", async () => {
      const sheet = farRight();
      const book = workbook(sheet);
      g.Office = (await officeGlobal({ ExcelApi: "1.7" })).office;
      const host = new ExcelHost({ capabilities: FLOOR });
      await host.activeSheet();
      book.resetLog();
      const outcome = await recalculate(host, sheet.name);
      if (outcome.status !== "done") throw new Error(outcome.status);
      expect(outcome.scorecard.totalText).toBe("28.83");
      expectWithinLimits(book);
    });

    it("read without activeSheet(): the answer Excel refuses as too large is asked again, planned for the sheet's size", async () => {
      const sheet = farRight();
      workbook(sheet);
      const host = new ExcelHost({ capabilities: CURRENT });
      const grid = await host.readGrid(sheet.name);
      expect(grid.values[0]).toHaveLength(16_384);
      const outcome = await recalculate(host, sheet.name);
      if (outcome.status !== "done") throw new Error(outcome.status);
      expect(outcome.scorecard.totalText).toBe("28.83");
    });
  });

  it("reads 5,000 KPIs in row bands, every response under 4 MB, where one response would pass Excel on the web's 5 MB", async () => {
    const { sheet } = generatedSheet(5000);
    const book = workbook(sheet);
    const grid = await new ExcelHost({ capabilities: CURRENT }).readGrid(sheet.name);
    expect(grid.values).toHaveLength(5005);
    expect(grid.values[5004][0]).toContain("คะแนน");
    expect(book.log.syncs).toBeGreaterThan(1);
    expectWithinLimits(book);
    const whole = workbook(sheet);
    await expect(
      whole.excel().run(async (context: MockContext) => {
        context.workbook.worksheets.getItem(sheet.name).getUsedRange(true).load("values, formulas, numberFormat");
        await context.sync();
      }),
    ).rejects.toMatchObject({ code: "ResponsePayloadSizeLimitExceeded" });
  });

  it("the whole used range in one getMergedAreasOrNullObject would fail: the mock refuses more than 512", async () => {
    const { sheet } = generatedSheet(2500, { mergeGoals: true });
    const book = workbook(sheet);
    await expect(
      book.excel().run(async (context: MockContext) => {
        context.workbook.worksheets.getItem(sheet.name).getUsedRange(false).getMergedAreasOrNullObject().load("address");
        await context.sync();
      }),
    ).rejects.toThrow("more than 512");
  });

  it("reads a sheet taller than a first read asks about without merges, then with them once its size is known", async () => {
    const { sheet } = generatedSheet(5000, { mergeGoals: true });
    const book = workbook(sheet);
    const host = new ExcelHost({ capabilities: CURRENT });
    const first = await host.readGrid(sheet.name);
    expect(first.merges).toBeUndefined(); // not a partial list: the engine infers blocks from blanks
    expect(first.values).toHaveLength(5005);
    book.resetLog();
    const second = await host.readGrid(sheet.name);
    expectWithinLimits(book);
    expect(sorted(second.merges)).toEqual(sorted(sheet.merges));
  });

  it("learns the active sheet's size in activeSheet()'s own sync, so the read after it gets every merged area", async () => {
    const { sheet } = generatedSheet(5000, { mergeGoals: true });
    const book = workbook(sheet);
    const host = new ExcelHost({ capabilities: CURRENT });
    expect(await host.activeSheet()).toBe(sheet.name);
    expect(book.log.syncs).toBe(1);
    const grid = await host.readGrid(sheet.name);
    expectWithinLimits(book);
    expect(sorted(grid.merges)).toEqual(sorted(sheet.merges));
  });

  it("leaves merges undefined, with no extra sync, when the bands would pass the request budget", async () => {
    const { sheet } = generatedSheet(2500, { mergeGoals: true });
    const cells = await cellSyncs(sheet);
    const book = workbook(sheet);
    const grid = await new ExcelHost({ capabilities: CURRENT, requestBudget: 24_000 }).readGrid(sheet.name); // room for 10 bands
    expect(book.log.syncs).toBe(cells);
    expect(grid.merges).toBeUndefined();
    expect(grid.values).toHaveLength(2505);
  });

  it("safety net: when a band still fails, reads again without merges, and does not try that sheet's merges again", async () => {
    const { sheet } = generatedSheet(2500, { mergeGoals: true });
    const cells = await cellSyncs(sheet);
    const book = workbook(sheet);
    book.maxMergedAreas = 8; // an Excel stricter than documented
    const host = new ExcelHost({ capabilities: CURRENT });
    const first = await host.readGrid(sheet.name);
    expect(book.log.syncs).toBe(1 + cells); // the failed first sync, then the read without merges
    expect(first.merges).toBeUndefined();
    expect(first.values).toHaveLength(2505);
    book.resetLog();
    const second = await host.readGrid(sheet.name);
    expect(book.log.responseBytes.length).toBe(book.log.syncs); // none failed
    expect(second.merges).toBeUndefined();
  });

  it("safety net: bands cut for a narrower sheet than it is fail once, then are cut to its size", async () => {
    // 40 columns of two-cell merges across, 30 rows: 600 areas in the first band cut for 32 columns.
    const merges: CellRange[] = [];
    for (let row = 0; row < 200; row++) for (let col = 0; col < 80; col += 2) merges.push({ top: row, left: col, bottom: row, right: col + 1 });
    // Values in the first and last areas' top-left cells: the used range spans them all.
    const wide: MockSheetInit = { name: "Wide", cells: [{ row: 0, col: 0, cell: { value: "x" } }, { row: 199, col: 78, cell: { value: "y" } }], merges };
    const book = workbook(wide);
    const host = new ExcelHost({ capabilities: CURRENT });
    const first = await host.readGrid("Wide");
    expect(book.log.syncs).toBe(2);
    expect(first.merges).toBeUndefined();
    book.resetLog();
    const second = await host.readGrid("Wide");
    expect(book.log.syncs).toBe(1);
    expect(sorted(second.merges)).toEqual(sorted(merges));
  });
});

describe("applyPlan and restore", () => {
  for (const [label, caps] of [
    ["ExcelApi 1.7", FLOOR],
    ["ExcelApi 1.13", CURRENT],
    ["ExcelApi 1.20", LATEST],
  ] as const) {
    it(`${label}: one sync, only the planned cells change, undo puts everything back`, async () => {
      const sheet: MockSheetInit = { ...fixture, cells: [...(fixture.cells ?? [])] };
      sheet.cells!.push({ row: 11, col: COL.level, cell: { value: "ทราบผล เดือน ก.ย. ๖๖", fill: "#FF0000" } }); // Q12 was red already
      const book = workbook(sheet);
      const host = new ExcelHost({ capabilities: caps });
      const plan = planFor(sheet, FIXTURE_BODY);
      expect(plan.writes.length).toBe(22 + 14 + 5 + 1);
      expect(plan.highlights.length).toBe(14);
      const before = book.dump(sheet.name);

      const undo = await host.applyPlan(plan, { highlights: true });
      expect(book.log.syncs).toBe(1);
      expect(book.log.runOptions).toEqual([caps.mergeUndoGroup ? { mergeUndoGroup: true } : undefined]);
      const after = book.dump(sheet.name);
      expect(changedCells(before, after)).toEqual(keysOf(plan, true));
      for (const w of plan.writes) {
        expect(book.cell(sheet.name, w.row, w.col)).toMatchObject({ value: w.value, numberFormat: w.numberFormat, formula: null });
      }
      for (const h of plan.highlights) expect(book.cell(sheet.name, h.row, h.col).fill).toBe(AMBER);

      // The record holds what the cells were, including fills read in the same sync before painting.
      expect(undo.sheetName).toBe(sheet.name);
      expect(undo.highlighted).toHaveLength(14);
      expect(undo.highlighted.find((s) => s.row === 11)?.fill).toBe("#FF0000");
      expect(undo.highlighted.find((s) => s.row === 4)).toMatchObject({ fill: null, value: "ทราบผล เดือน ก.ย. ๖๖", address: "Q5" });
      expect(undo.cells).toHaveLength(plan.writes.length + 14);

      book.resetLog();
      await host.restore(undo, "all");
      expect(book.log.syncs).toBe(1);
      expect(changedCells(before, book.dump(sheet.name))).toEqual(new Set());
    });
  }

  it("undo gives text back as text, where Excel would make it a formula or a number", async () => {
    // What officers type in output cells before the first run: a dash, a note, a number kept as text.
    const typed: [number, number, string][] = [
      [4, COL.scoreGoal, "-"],
      [5, COL.scoreKpi, "+5 คน"],
      [6, COL.scoreKpi, "12"],
      [7, COL.scoreKpi, "=ไม่มี"],
    ];
    const sheet: MockSheetInit = { ...fixture, cells: [...(fixture.cells ?? []), ...typed.map(([row, col, value]) => ({ row, col, cell: { value, numberFormat: "General" } }))] };
    const book = workbook(sheet);
    const host = new ExcelHost({ capabilities: CURRENT });
    const before = book.dump(sheet.name);
    const undo = await host.applyPlan(planFor(sheet, FIXTURE_BODY), { highlights: true });
    await host.restore(undo, "all");
    for (const [row, col, value] of typed) expect(book.cell(sheet.name, row, col)).toMatchObject({ value, formula: null, numberFormat: "General" });
    expect(changedCells(before, book.dump(sheet.name))).toEqual(new Set());
    // The mock takes such strings as Excel does: the same values set plainly would not come back as text.
    await book.excel().run(async (context: MockContext) => {
      context.workbook.worksheets.getItem(sheet.name).getRangeByIndexes(5, COL.scoreKpi, 2, 1).values = [["+5 คน"], ["12"]];
      await context.sync();
    });
    expect(book.cell(sheet.name, 5, COL.scoreKpi).formula).toBe("=+5 คน");
    expect(book.cell(sheet.name, 6, COL.scoreKpi).value).toBe(12);
  });

  it("undo clears the fill of a cell that had none (Excel reports it as white), rather than painting it white", async () => {
    const book = workbook(fixture);
    const host = new ExcelHost({ capabilities: CURRENT });
    const plan = planFor(fixture, FIXTURE_BODY);
    const undo = await host.applyPlan(plan, { highlights: true });
    expect(book.cell(fixture.name, 4, COL.level).fill).toBe(AMBER);
    expect(undo.highlighted.find((s) => s.address === "Q5")?.fill).toBeNull();
    await host.restore(undo, "fills");
    for (const h of plan.highlights) expect(book.cell(fixture.name, h.row, h.col).fill).toBeNull();
  });

  it('restore "fills" takes back only the highlights', async () => {
    const book = workbook(fixture);
    const host = new ExcelHost({ capabilities: CURRENT });
    const plan = planFor(fixture, FIXTURE_BODY);
    const before = book.dump(fixture.name);
    const undo = await host.applyPlan(plan, { highlights: true });
    book.resetLog();
    await host.restore(undo, "fills");
    expect(book.log.syncs).toBe(1);
    expect(changedCells(before, book.dump(fixture.name))).toEqual(keysOf(plan, false));
  });

  it("paints nothing without highlights", async () => {
    const book = workbook(fixture);
    const plan = planFor(fixture, FIXTURE_BODY);
    const before = book.dump(fixture.name);
    const undo = await new ExcelHost({ capabilities: CURRENT }).applyPlan(plan, { highlights: false });
    expect(changedCells(before, book.dump(fixture.name))).toEqual(keysOf(plan, false));
    expect(undo.highlighted).toEqual([]);
  });

  it("writes rectangles of cells, not one set per cell, and whole merged areas where a written cell is merged", async () => {
    const book = workbook(fixture);
    const host = new ExcelHost({ capabilities: CURRENT });
    await host.readGrid(fixture.name); // learns the merged areas
    book.resetLog();
    await host.applyPlan(planFor(fixture, FIXTURE_BODY), { highlights: true });
    expect(book.log.syncs).toBe(1);
    const valueSets = book.log.sets.filter((s) => s.endsWith(" values"));
    expect(valueSets).toContain("'HR Scorecard'!M5:M26 values");
    expect(valueSets).toContain("'HR Scorecard'!N5:N6 values"); // goal 1.1's points, merged N5:N6
    expect(valueSets).toContain("'HR Scorecard'!O5:O7 values"); // dimension 1's points, merged O5:O7
    expect(valueSets.length).toBeLessThan(25); // 42 cells: M5:M26, the goal and dimension tops, the total
  });

  it("never writes a range that covers part of a merged area (the mock refuses one), merges known or not", async () => {
    // What the old plan did: N5:O5, across the merged N5:N6 and O5:O7.
    const book = workbook(fixture);
    await expect(
      book.excel().run(async (context: MockContext) => {
        context.workbook.worksheets.getItem(fixture.name).getRangeByIndexes(4, COL.scoreGoal, 1, 2).values = [[1, 2]];
        await context.sync();
      }),
    ).rejects.toMatchObject({ code: "InvalidOperation" });
    for (const [label, caps, read] of [
      ["merges read", CURRENT, true],
      ["merges not known (ExcelApi 1.7)", FLOOR, true],
      ["sheet not read by this host", CURRENT, false],
    ] as const) {
      const fresh = workbook(fixture);
      const host = new ExcelHost({ capabilities: caps });
      if (read) await host.readGrid(fixture.name);
      fresh.resetLog();
      const before = fresh.dump(fixture.name);
      const plan = planFor(fixture, FIXTURE_BODY);
      const undo = await host.applyPlan(plan, { highlights: true });
      expect([label, fresh.log.syncs]).toEqual([label, 1]);
      expect(changedCells(before, fresh.dump(fixture.name))).toEqual(keysOf(plan, true));
      await host.restore(undo, "all");
      expect(changedCells(before, fresh.dump(fixture.name))).toEqual(new Set());
    }
  });

  it("puts formulas back where there were formulas", async () => {
    const sheet: MockSheetInit = { ...fixture, cells: [...(fixture.cells ?? []), { row: 26, col: COL.scoreDimension, cell: { value: 27.5, formula: "=SUM(O5:O26)" } }] };
    const book = workbook(sheet);
    const host = new ExcelHost({ capabilities: CURRENT });
    const plan = planFor(sheet, FIXTURE_BODY); // the caller consented: the plan includes the formula cell
    expect(plan.writes.find((w) => w.row === 26)?.overwritesFormula).toBe(true);
    const undo = await host.applyPlan(plan, { highlights: true });
    expect(book.cell(sheet.name, 26, COL.scoreDimension)).toMatchObject({ value: 28.825, formula: null });
    await host.restore(undo, "all");
    expect(book.cell(sheet.name, 26, COL.scoreDimension)).toMatchObject({ value: 27.5, formula: "=SUM(O5:O26)" });
  });

  it("a 2,500-KPI plan: one sync, only planned cells, undo complete", async () => {
    const { sheet, body } = generatedSheet(2500);
    const book = workbook(sheet);
    const host = new ExcelHost({ capabilities: CURRENT });
    const plan = planFor(sheet, body);
    expect(plan.writes.length).toBe(2500 + 500 + 5 + 1);
    const before = book.dump(sheet.name);
    const undo = await host.applyPlan(plan, { highlights: true });
    expect(book.log.syncs).toBe(1);
    expect(changedCells(before, book.dump(sheet.name))).toEqual(keysOf(plan, true));
    book.resetLog();
    await host.restore(undo, "all");
    expect(book.log.syncs).toBe(1);
    expect(changedCells(before, book.dump(sheet.name))).toEqual(new Set());
  });

  it("splits a write into the fewest syncs when it would pass the request budget", async () => {
    const { sheet, body } = generatedSheet(2500);
    const book = workbook(sheet);
    const plan = planFor(sheet, body);
    const host = new ExcelHost({ capabilities: LATEST, requestBudget: 60_000 });
    const before = book.dump(sheet.name);
    const undo = await host.applyPlan(plan, { highlights: true });
    const batches = planWriteBatches(plan.writes, plan.highlights, 60_000);
    expect(batches.length).toBeGreaterThan(1);
    expect(book.log.syncs).toBe(batches.length);
    // Fewest: every batch fits, and none could have taken the next part as well.
    const size = (b: { bytes: number }[]) => b.reduce((n, p) => n + p.bytes, 0);
    for (const b of batches) expect(size(b)).toBeLessThanOrEqual(60_000);
    for (let i = 1; i < batches.length; i++) expect(size(batches[i - 1]) + batches[i][0].bytes).toBeGreaterThan(60_000);
    expect(book.log.runOptions).toEqual([{ mergeUndoGroup: true }]); // one Excel.run: one undo step on 1.20
    expect(changedCells(before, book.dump(sheet.name))).toEqual(keysOf(plan, true));
    await host.restore(undo, "all");
    expect(changedCells(before, book.dump(sheet.name))).toEqual(new Set());
  });

  it("a write Excel stops in its second batch leaves an undo record of what was applied, with the error", async () => {
    const { sheet, body } = generatedSheet(2500);
    const book = workbook(sheet);
    const plan = planFor(sheet, body);
    const host = new ExcelHost({ capabilities: CURRENT, requestBudget: 60_000 });
    expect(planWriteBatches(plan.writes, plan.highlights, 60_000).length).toBeGreaterThan(2);
    const before = book.dump(sheet.name);
    book.failSync = { at: 2, afterOps: 3 }; // the first batch goes in, the second stops after three operations
    const failure = await host.applyPlan(plan, { highlights: true }).catch((e: unknown) => e);
    expect(failure).toBeInstanceOf(PartialWriteError);
    const undo = (failure as PartialWriteError).undo;
    expect(changedCells(before, book.dump(sheet.name)).size).toBeGreaterThan(0); // some cells were written
    expect((failure as PartialWriteError).th).toContain("ย้อนกลับ");
    book.failSync = null;
    await host.restore(undo, "all");
    expect(changedCells(before, book.dump(sheet.name))).toEqual(new Set());
  });

  it("a batch Excel refuses before applying anything (a cell being edited) stays its own error", async () => {
    const book = workbook(fixture);
    book.failSync = { at: 1, afterOps: 0, code: "InvalidOperationInCellEditMode" };
    const failure = await new ExcelHost({ capabilities: CURRENT }).applyPlan(planFor(fixture, FIXTURE_BODY), { highlights: true }).catch((e: unknown) => e);
    expect(failure).not.toBeInstanceOf(PartialWriteError);
    expect(failure).toMatchObject({ code: "InvalidOperationInCellEditMode" });
  });

  it("keeps each request under Excel on the web's 5 MB with the default budget", async () => {
    // 240,000 output cells with Thai-digit formats: about 6 MB of values and formats.
    const cells = 240_000;
    const sheet: MockSheetInit = { name: "Big" };
    const plan: WritePlan = {
      sheetName: "Big",
      highlights: [],
      writes: Array.from({ length: cells }, (_, i) => ({
        row: i % 60_000,
        col: 12 + Math.floor(i / 60_000),
        address: "",
        kind: "scoreKpi" as const,
        value: 12.345 + i,
        numberFormat: "[$-D00041E]0.00",
        previous: { value: null, formula: null, numberFormat: "General" },
        overwritesFormula: false,
        changesValue: false,
      })),
    };
    const book = workbook(sheet);
    await new ExcelHost({ capabilities: CURRENT }).applyPlan(plan, { highlights: true });
    const sent = book.log.syncBytes.reduce((a, b) => a + b, 0);
    expect(sent).toBeGreaterThan(EXCEL_WEB_PAYLOAD_LIMIT);
    expect(book.log.syncs).toBe(2);
    for (const bytes of book.log.syncBytes) expect(bytes).toBeLessThan(EXCEL_WEB_PAYLOAD_LIMIT);
    expect(book.cell("Big", 59_999, 15)).toMatchObject({ value: 12.345 + 239_999, numberFormat: "[$-D00041E]0.00" });
  });
});

describe("with the engine", () => {
  it("recalculates the fixture through the adapter: 28.83, one read and one write", async () => {
    const book = workbook(fixture);
    const { office } = await officeGlobal({ ExcelApi: "1.13" });
    g.Office = office;
    const host = new ExcelHost({ capabilities: CURRENT });
    const outcome = await recalculate(host, fixture.name);
    expect(outcome.status).toBe("done");
    if (outcome.status !== "done") return;
    expect(outcome.scorecard.totalText).toBe("28.83");
    expect(book.log.syncs).toBe(2);
    // What Excel now holds is what the engine reads back: the same total, nothing left to change.
    const again = analyze(await host.readGrid(fixture.name));
    expect(again.ok && again.scorecard.plan.writes.filter((w) => w.changesValue)).toEqual([]);
  });

  it("refuses a protected sheet before writing anything, naming it, where Excel would fail the write partway", async () => {
    const sheet: MockSheetInit = { ...fixture, protected: true };
    const book = workbook(sheet);
    g.Office = (await officeGlobal({ ExcelApi: "1.13" })).office;
    const host = new ExcelHost({ capabilities: CURRENT });
    const before = book.dump(sheet.name);
    const attempt = recalculate(host, fixture.name);
    await expect(attempt).rejects.toBeInstanceOf(SheetProtectedError);
    await expect(attempt).rejects.toThrow(`แผ่นงาน "${fixture.name}" ถูกป้องกันไว้`);
    expect(book.log.syncs).toBe(1); // the read, which learnt it; no write was sent
    expect(book.dump(sheet.name)).toEqual(before);
    const read = analyze(await host.readGrid(fixture.name));
    if (!read.ok) throw new Error("not a scorecard");
    // A host that has not read the sheet cannot know: Excel's own error, as the officer would otherwise see it.
    await expect(new ExcelHost({ capabilities: CURRENT }).applyPlan(read.scorecard.plan, { highlights: true })).rejects.toMatchObject({ code: "AccessDenied" });
    // Unprotected since: the next read learns it, and the plan goes in.
    book.sheet(sheet.name).isProtected = false;
    await host.readGrid(fixture.name);
    await host.applyPlan(read.scorecard.plan, { highlights: true });
    expect(book.cell(sheet.name, 26, COL.scoreDimension).value).toBe(28.825);
  });

  it("recalculates a 2,500-KPI sheet with ~2,000 merged areas: one read with every area, one write, the scores of the merges", async () => {
    const { sheet } = generatedSheet(2500, { mergeGoals: true });
    g.Office = (await officeGlobal({ ExcelApi: "1.13" })).office;
    const host = new ExcelHost({ capabilities: CURRENT });
    const read = host.readGrid.bind(host);
    let merges: CellRange[] | undefined;
    host.readGrid = async (name) => {
      const grid = await read(name);
      merges = grid.merges;
      return grid;
    };
    const cells = await cellSyncs(sheet);
    const book = workbook(sheet);
    const outcome = await recalculate(host, sheet.name);
    expect(outcome.status).toBe("done");
    if (outcome.status !== "done") return;
    expect(book.log.syncs).toBe(cells + 1); // the read (merged areas in its first sync), one write
    const byArea = (a: CellRange, b: CellRange) => a.top - b.top || a.left - b.left;
    expect([...(merges ?? [])].sort(byArea)).toEqual([...sheet.merges!].sort(byArea));
    // Read on ExcelApi 1.7 (no merges: blocks from blanks) the same sheet scores the same.
    workbook(generatedSheet(2500, { mergeGoals: true }).sheet);
    const floor = analyze(await new ExcelHost({ capabilities: FLOOR }).readGrid(sheet.name));
    expect(floor.ok && floor.scorecard.totalText).toBe(outcome.scorecard.totalText);
  });

  it("keeps a formula in an output cell when consent says no (the caller's consentedPlan), and writes the rest", async () => {
    const probe = analyze(await (async () => {
      workbook(fixture);
      return new ExcelHost({ capabilities: CURRENT }).readGrid(fixture.name);
    })());
    if (!probe.ok) throw new Error("fixture is a scorecard");
    const total = probe.scorecard.plan.writes.find((w) => w.kind === "total")!;
    const sheet: MockSheetInit = { ...fixture, cells: [...(fixture.cells ?? []), { row: total.row, col: total.col, cell: { value: 30, formula: "=SUM(O5:O26)" } }] };
    const book = workbook(sheet);
    const { office } = await officeGlobal({ ExcelApi: "1.13" });
    g.Office = office;
    const before = book.dump(sheet.name);

    const outcome = await recalculate(new ExcelHost({ capabilities: CURRENT }), sheet.name, {
      confirm: async (preview) => {
        expect(preview.formulas.map((w) => w.address)).toEqual([total.address]);
        return { proceed: true, overwriteFormulas: false };
      },
    });
    expect(outcome.status).toBe("done");
    if (outcome.status !== "done") return;
    expect(outcome.skippedFormulas.map((w) => w.address)).toEqual([total.address]);
    expect(book.cell(sheet.name, total.row, total.col)).toMatchObject({ value: 30, formula: "=SUM(O5:O26)" });
    const changed = changedCells(before, book.dump(sheet.name));
    expect(changed.has(`${total.row}:${total.col}`)).toBe(false);
    const planned = new Set([...outcome.scorecard.plan.writes, ...outcome.scorecard.plan.highlights].map((c) => `${c.row}:${c.col}`));
    for (const k of changed) expect(planned.has(k)).toBe(true);
  });
});

describe("a highlight an earlier run left", () => {
  // Q7 (KPI 1.3, level ๒: reported) still wears the amber of a run when it was pending; Q12 (3.1) is pending.
  const EARLIER = "#FFEB9C";
  const withOldHighlights = (): MockSheetInit => ({
    ...fixture,
    cells: [...(fixture.cells ?? []), { row: 6, col: COL.level, cell: { value: "๒", fill: EARLIER } }, { row: 11, col: COL.level, cell: { value: "ทราบผล เดือน ก.ย. ๖๖", fill: EARLIER } }],
  });

  it("is read with the values once the sheet's size is known (ExcelApi 1.9), in the same one sync", async () => {
    const book = workbook(withOldHighlights());
    const host = new ExcelHost({ capabilities: CURRENT });
    await host.activeSheet();
    book.resetLog();
    const grid = await host.readGrid(fixture.name);
    expect(book.log.syncs).toBe(1);
    expect(grid.fills?.[6][COL.level]).toBe(EARLIER);
    expect(grid.fills?.[4][COL.level]).toBeNull();
    // Not on ExcelApi 1.7, not before the size is known, not where fills would weigh on the read.
    expect((await new ExcelHost({ capabilities: FLOOR }).readGrid(fixture.name)).fills).toBeUndefined();
    expect((await new ExcelHost({ capabilities: CURRENT }).readGrid(fixture.name)).fills).toBeUndefined();
    const small = new ExcelHost({ capabilities: CURRENT, requestBudget: 100_000 });
    await small.activeSheet();
    expect((await small.readGrid(fixture.name)).fills).toBeUndefined();
  });

  it("comes off once the result is in, in the one write; undo puts it back, clearing this run's highlights does not", async () => {
    const book = workbook(withOldHighlights());
    g.Office = (await officeGlobal({ ExcelApi: "1.13" })).office;
    const host = new ExcelHost({ capabilities: CURRENT });
    await host.activeSheet();
    book.resetLog();
    const outcome = await recalculate(host, fixture.name);
    if (outcome.status !== "done") throw new Error(outcome.status);
    expect(book.log.syncs).toBe(2);
    expect(book.cell(fixture.name, 6, COL.level)).toMatchObject({ value: "๒", fill: null });
    expect(book.cell(fixture.name, 11, COL.level).fill).toBe("#FFEB9C"); // still pending: amber, as every pending one
    expect(outcome.undo.cleared?.map((c) => [c.address, c.fill])).toEqual([["Q7", EARLIER]]);
    expect(outcome.undo.highlighted.some((c) => c.address === "Q7")).toBe(false);

    await host.restore(outcome.undo, "fills");
    expect(book.cell(fixture.name, 6, COL.level)).toMatchObject({ value: "๒", fill: null });
    book.sheet(fixture.name).put(6, COL.level, { value: "๓" }); // the officer corrects the result in between
    await host.restore(outcome.undo, "all");
    expect(book.cell(fixture.name, 6, COL.level)).toMatchObject({ value: "๓", fill: EARLIER }); // the fill back, never the value
  });
});

describe("sheets, selection and settings", () => {
  it("lists sheets, names the active one and selects a cell", async () => {
    const book = workbook({ name: "Cover" }, fixture);
    const host = new ExcelHost({ capabilities: FLOOR });
    expect(await host.listSheets()).toEqual(["Cover", "HR Scorecard"]);
    expect(await host.activeSheet()).toBe("Cover");
    await host.selectCell("HR Scorecard", "Q5");
    expect(book.activeSheet).toBe("HR Scorecard");
    expect(book.selection).toEqual({ sheet: "HR Scorecard", address: "Q5" });
  });

  it("keeps settings in the workbook under the shared key, as JSON the CLI can read", async () => {
    const { office, settings, saved } = await officeGlobal({ ExcelApi: "1.7" }, { [settingsKey("Old")]: '{"method":"linear"}' });
    g.Office = office;
    const host = new ExcelHost({ capabilities: FLOOR });
    expect(await host.loadSettings("HR Scorecard")).toEqual({});
    expect(await host.loadSettings("Old")).toEqual({ method: "linear" }); // a string is read too
    await host.saveSettings("HR Scorecard", { method: "step", mapping: { headerRow: 3, columns: { kpi: 3 } } });
    expect(settings[settingsKey("HR Scorecard")]).toEqual({ method: "step", mapping: { headerRow: 3, columns: { kpi: 3 } } });
    expect(saved).toHaveLength(1);
    expect(await host.loadSettings("HR Scorecard")).toEqual({ method: "step", mapping: { headerRow: 3, columns: { kpi: 3 } } });
  });

  it("without a shared runtime, the ribbon's host sees what the pane saved since the ribbon's runtime started", async () => {
    const document: Record<string, unknown> = {};
    const ribbon = await officeGlobal({ ExcelApi: "1.7" }, document); // started first, with the settings then
    const pane = await officeGlobal({ ExcelApi: "1.7" }, document);
    g.Office = pane.office;
    await new ExcelHost({ capabilities: FLOOR }).saveSettings("HR Scorecard", { method: "linear" });
    g.Office = ribbon.office;
    expect(ribbon.office.context.document.settings.get(settingsKey("HR Scorecard"))).toBeNull(); // its copy in memory
    expect(await new ExcelHost({ capabilities: FLOOR }).loadSettings("HR Scorecard")).toEqual({ method: "linear" });
  });
});
