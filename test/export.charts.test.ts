// `scorecard export` writes the summary's charts into the new workbook: with earlier rounds (result blocks before
// this one on the sheet, or --previous files) the totals by round first, then the dimensions. Read back from the
// written file: each chart's cached labels and totals, and the cells its formulas point at.
import * as fs from "fs";
import { ROUNDS_CHART, DIMENSIONS_CHART } from "../src/export";
import { layoutWorkbook } from "../src/export/xlsxPackage";
import { all, at, children, type ParsedPackage, parsePackage, text } from "../src/export/testing/packageParts";
import { runMemoryCli } from "../src/cli/testing/memoryCli";
import { analyze, type Grid, type Row, type SheetLayout } from "../src/scorecard";
import { openXlsx } from "../src/xlsx";
import { blockSheet } from "./fixtures/blockGrids";
import { loadGrid, OFFICIAL } from "./fixtures/grids";
import { editedGrid, editedXlsx, TWELVE_MONTHS } from "./fixtures/rounds";

const DAY = new Date(2026, 10, 25, 10, 0);
const SHEET = "สรุปผล HR Scorecard";

/** A built grid as a new .xlsx: its values and its one-row merged areas (the block headings). */
function asXlsx(grid: Grid): Promise<Uint8Array> {
  const rows: Row[] = grid.values.map((values, r) => ({
    style: "item",
    cells: values.map((v) => (typeof v === "number" ? { number: v, decimals: 0 } : typeof v === "string" ? v : null)),
    merges: grid.merges!.filter((m) => m.top === r && m.bottom === r).map((m) => [m.left, m.right] as [number, number]),
  }));
  const layout: SheetLayout = { sheetName: grid.sheetName, widths: grid.values[0].map(() => 12), rows, thaiDigits: false };
  return layoutWorkbook(layout);
}

interface ChartRead {
  name: string;
  barDir: string;
  labels: string[];
  totals: number[];
  /** The cells the first series' categories and values refer to, read back with our own reader. */
  labelCells: unknown[];
  totalCells: unknown[];
}

/** The charts of a written summary in drawing order: name, direction, first series' cached labels and values. */
async function chartsOf(bytes: Uint8Array): Promise<ChartRead[]> {
  const pkg: ParsedPackage = await parsePackage(bytes);
  const grid = (await openXlsx(bytes)).readGrid(SHEET);
  const cells = (formula: string) => {
    const [, , col, from, to] = /^'(.+)'!\$([A-Z])\$(\d+):\$[A-Z]\$(\d+)$/.exec(formula)!;
    return grid.values.slice(Number(from) - 1, Number(to)).map((row) => row[col.charCodeAt(0) - 65]);
  };
  const [sheetRel] = await pkg.rels("xl/worksheets/sheet1.xml");
  if (!sheetRel) return [];
  const drawing = await pkg.xml(sheetRel.path);
  const rels = await pkg.rels(sheetRel.path);
  return Promise.all(
    children(drawing, "xdr:twoCellAnchor").map(async (anchor) => {
      const frame = at(anchor, "xdr:graphicFrame");
      const id = at(frame, "a:graphic", "a:graphicData", "c:chart").$!["r:id"];
      const chart = await pkg.xml(rels.find((r) => r.id === id)!.path);
      const [ser] = all(chart, "c:ser");
      const cat = at(ser, "c:cat", "c:strRef");
      const val = at(ser, "c:val", "c:numRef");
      return {
        name: at(frame, "xdr:nvGraphicFramePr", "xdr:cNvPr").$!.name,
        barDir: all(chart, "c:barDir")[0].$!.val,
        labels: all(at(cat, "c:strCache"), "c:v").map(text),
        totals: all(at(val, "c:numCache"), "c:v").map((v) => Number(text(v))),
        labelCells: cells(text(at(cat, "c:f"))),
        totalCells: cells(text(at(val, "c:f"))),
      };
    }),
  );
}

describe("scorecard export: the charts in the written workbook", () => {
  it("a sheet of three result blocks: the totals of the three rounds as columns, then the dimension bars", async () => {
    // HR Scorecard total = 6 × (L1 + L2) + 8 × L3: 6 months 58, 9 months 78, 12 months 92.
    const built = blockSheet({ scale: 100, headings: ["รอบ 6 เดือน", "รอบ 9 เดือน", "รอบ 12 เดือน"], results: [[3, 4, 2], [4, 5, 3], [5, 5, 4]] });
    const r = await runMemoryCli(["export", "rounds.xlsx", "-o", "s.xlsx"], { "rounds.xlsx": await asXlsx(built.grid) }, { now: () => DAY });
    expect([r.code, r.err]).toEqual([0, ""]);
    const [rounds, dims, ...more] = await chartsOf(r.files.get("s.xlsx")!);
    expect(more).toEqual([]);
    expect([rounds.name, rounds.barDir, dims.name, dims.barDir]).toEqual([ROUNDS_CHART, "col", DIMENSIONS_CHART, "bar"]);
    expect(rounds.labels).toEqual(["รอบ 6 เดือน", "รอบ 9 เดือน", "รอบ 12 เดือน"]);
    expect(rounds.totals.map((t) => Math.round(t * 1e9) / 1e9)).toEqual([58, 78, 92]);
    expect(rounds.labelCells).toEqual(rounds.labels);
    expect(rounds.totalCells).toEqual(rounds.totals);
  });

  it("export NEW --previous OLD: the two rounds' totals, labelled as their titles name them, in Thai digits; the CSV has no chart rows", async () => {
    const six = new Uint8Array(fs.readFileSync(OFFICIAL));
    const files = { "6m.xlsx": six, "12m.xlsx": await editedXlsx(six, TWELVE_MONTHS) };
    const twelve = analyze(editedGrid(await loadGrid(OFFICIAL), TWELVE_MONTHS));
    if (!twelve.ok) throw new Error(twelve.reason.messageEn);
    const r = await runMemoryCli(["export", "12m.xlsx", "--previous", "6m.xlsx", "-o", "s.xlsx"], files, { now: () => DAY });
    expect([r.code, r.err]).toEqual([0, ""]);
    const [rounds, dims] = await chartsOf(r.files.get("s.xlsx")!);
    expect(rounds.name).toBe(ROUNDS_CHART);
    expect(rounds.labels).toEqual(["รอบ ๖ เดือน", "รอบ ๑๒ เดือน"]);
    expect(rounds.totals).toEqual([28.825, twelve.scorecard.total]);
    expect(rounds.totalCells).toEqual(rounds.totals);
    expect(dims.labels[0]).toBe("๑. ความสอดคล้องเชิงยุทธศาสตร์");

    const csv = await runMemoryCli(["export", "12m.xlsx", "--previous", "6m.xlsx", "-o", "s.csv"], files, { now: () => DAY });
    expect(new TextDecoder().decode(csv.files.get("s.csv")!)).not.toContain("ข้อมูลแผนภูมิ");
  });

  it("one round has the dimension chart alone; a consolidation of several files has none", async () => {
    const six = new Uint8Array(fs.readFileSync(OFFICIAL));
    const files = { "6m.xlsx": six, "12m.xlsx": await editedXlsx(six, TWELVE_MONTHS) };
    const one = await runMemoryCli(["export", "6m.xlsx", "-o", "s.xlsx"], files, { now: () => DAY });
    expect((await chartsOf(one.files.get("s.xlsx")!)).map((c) => c.name)).toEqual([DIMENSIONS_CHART]);
    const many = await runMemoryCli(["export", "6m.xlsx", "12m.xlsx", "-o", "c.xlsx"], files, { now: () => DAY });
    expect(many.code).toBe(0);
    const pkg = await parsePackage(many.files.get("c.xlsx")!);
    expect(pkg.paths.filter((p) => /drawing|chart/.test(p))).toEqual([]);
  });
});
