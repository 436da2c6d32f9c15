// `scorecard export FOLDER [--rounds]` over units that keep their rounds two ways: one sheet of result blocks side by
// side (6, 9 and 12 months, the last not in yet), and the official sheet kept one file per round (6m.xlsx, 12m.xlsx).
// Read back from the written .xlsx and CSV and from --json: every row of a block names it; --rounds gives a row
// per block that holds a result, oldest first; the files per round are told apart by the round their titles name.
import * as fs from "fs";
import { parseCsv } from "../src/export";
import { BLOCK_COLUMN, CONSOLIDATED_SHEET } from "../src/export/consolidated";
import { runMemoryCli } from "../src/cli/testing/memoryCli";
import { analyze, type Grid, type RawValue } from "../src/scorecard";
import { openXlsx } from "../src/xlsx";
import { blockSheet, type BlockSheetShape } from "./fixtures/blockGrids";
import { blockXlsx } from "./fixtures/blockXlsx";
import { loadGrid, OFFICIAL } from "./fixtures/grids";
import { editedGrid, editedXlsx, TWELVE_MONTHS } from "./fixtures/rounds";

const DAY = new Date(2026, 10, 25, 10, 0);
const ROUNDS = ["รอบ 6 เดือน", "รอบ 9 เดือน", "รอบ 12 เดือน"];
/** Per block, per KPI: a result of n is level n. HR Scorecard total 6 × (L1 + L2) + 8 × L3: 58 at 6 months, 78 at 9. */
const RESULTS = [[3, 4, 2], [4, 5, 3], [null, null, null]];
const six = new Uint8Array(fs.readFileSync(OFFICIAL));
const run = (args: string[], files: Record<string, Uint8Array>) => runMemoryCli(args, files, { now: () => DAY });
const decode = (b: Uint8Array) => new TextDecoder().decode(b);
const blocks = (shape: Partial<BlockSheetShape> = {}) => blockXlsx(blockSheet({ scale: 100, headings: ROUNDS, results: RESULTS, ...shape }).grid);

let units: Record<string, Uint8Array>;
let twelveTotal: number;
beforeAll(async () => {
  // The sheet writes its second heading over two lines, as officers wrap a long one: the row names it on one.
  units = { "units/a-blocks.xlsx": await blocks({ headings: ["รอบ 6 เดือน", "รอบ 9\nเดือน", "รอบ 12 เดือน"] }), "units/b-6m.xlsx": six, "units/c-12m.xlsx": await editedXlsx(six, TWELVE_MONTHS) };
  const twelve = analyze(editedGrid(await loadGrid(OFFICIAL), TWELVE_MONTHS));
  if (!twelve.ok) throw new Error(twelve.reason.messageEn);
  twelveTotal = twelve.scorecard.total;
});

/** The written consolidation: its header and the rows under it. */
async function sheetOf(bytes: Uint8Array): Promise<{ header: RawValue[]; body: RawValue[][]; col: (name: string) => number; grid: Grid }> {
  const grid = (await openXlsx(bytes)).readGrid(CONSOLIDATED_SHEET);
  const at = grid.values.findIndex((r) => r[0] === "ลำดับ");
  const header = grid.values[at];
  return { header, body: grid.values.slice(at + 1), col: (name) => header.indexOf(name), grid };
}

describe("a consolidation of sheets with result blocks", () => {
  it("without --rounds: a row per sheet as before, the block sheet's the latest block with results, named", async () => {
    const r = await run(["export", "units", "-o", "all.xlsx"], units);
    expect([r.code, r.err]).toEqual([0, ""]);
    const { header, body, col } = await sheetOf(r.files.get("all.xlsx")!);
    expect(header.slice(4, 7)).toEqual(["ปีงบประมาณ / รอบ", BLOCK_COLUMN, "คะแนนรวม"]);
    expect(body.map((row) => [row[1], row[col("ปีงบประมาณ / รอบ")], row[col(BLOCK_COLUMN)] ?? "", row[col("คะแนนรวม")]])).toEqual([
      ["units/a-blocks.xlsx", "ปีงบประมาณ พ.ศ. 2567", "รอบ 9 เดือน", 78],
      // The files kept one per round: told apart by the round their titles name.
      ["units/b-6m.xlsx", "ปีงบประมาณ พ.ศ. ๒๕๖๖ รอบ ๖ เดือน", "", 28.825],
      ["units/c-12m.xlsx", "ปีงบประมาณ พ.ศ. ๒๕๖๖ รอบ ๑๒ เดือน", "", twelveTotal],
    ]);
    expect(twelveTotal).toBeCloseTo(28.825 + 41.075, 9); // the 12-month copy: ▲ +๔๑.๐๘ since the 6-month round
    expect(body.map((row) => row[col("หมายเหตุ")] ?? "")).toEqual(["", "", ""]);
    expect(r.out).toContain("units/a-blocks.xlsx · ผลรายรอบ · รอบ 9 เดือน · คะแนนรวม 78.00\n");
  });

  it("--rounds: a row per block with results, oldest first, the block not yet in noted on the sheet's last row", async () => {
    const r = await run(["export", "units", "--rounds", "-o", "all.xlsx"], units);
    expect([r.code, r.err]).toEqual([0, ""]);
    const { body, col } = await sheetOf(r.files.get("all.xlsx")!);
    expect(body.map((row) => [row[0], row[1], row[2], row[col(BLOCK_COLUMN)] ?? "", row[col("คะแนนรวม")], row[col("รายงานผลแล้ว")], row[col("หมายเหตุ")] ?? ""])).toEqual([
      ["๑", "units/a-blocks.xlsx", "ผลรายรอบ", "รอบ 6 เดือน", 58, 3, ""],
      ["๒", "units/a-blocks.xlsx", "ผลรายรอบ", "รอบ 9 เดือน", 78, 3, "รอบ 12 เดือน ยังไม่มีผล"],
      ["๓", "units/b-6m.xlsx", "HR Scorecard", "", 28.825, 8, ""],
      ["๔", "units/c-12m.xlsx", "HR Scorecard", "", twelveTotal, 20, ""],
    ]);
    // Each block's own dimension points: the one dimension holds the whole total.
    expect(body.slice(0, 2).map((row) => row[col("มิติ ๑")])).toEqual([58, 78]);
    expect(r.out).toContain("units/a-blocks.xlsx · ผลรายรอบ · รอบ 9 เดือน · คะแนนรวม 78.00 · รอบ 12 เดือน ยังไม่มีผล\n");
    expect(r.out).toContain("เขียนผลรวม ๓ แผ่นงาน ๔ รอบ ลงไฟล์ all.xlsx\n");
    const en = await run(["export", "units", "--rounds", "-o", "all.xlsx", "--lang", "en"], units);
    expect(en.out).toContain("รอบ 12 เดือน: no results yet\n");
    expect(en.out).toContain("Wrote 3 sheets consolidated, 4 rounds: all.xlsx\n");
  });

  it("--rounds as CSV: the same rows, the totals as the CSV writes numbers", async () => {
    const r = await run(["export", "units", "--rounds", "-o", "all.csv"], units);
    const rows = parseCsv(decode(r.files.get("all.csv")!));
    const at = rows.findIndex((row) => row[0] === "ลำดับ");
    const col = (name: string) => rows[at].indexOf(name);
    expect(rows.slice(at + 1).map((row) => [row[1], row[col(BLOCK_COLUMN)], row[col("คะแนนรวม")], row[col("หมายเหตุ")]])).toEqual([
      ["units/a-blocks.xlsx", "รอบ 6 เดือน", "58", ""],
      ["units/a-blocks.xlsx", "รอบ 9 เดือน", "78", "รอบ 12 เดือน ยังไม่มีผล"],
      ["units/b-6m.xlsx", "", "28.83", ""],
      ["units/c-12m.xlsx", "", "69.9", ""],
    ]);
  });

  it("--json: each row carries its block; rows of plain sheets carry none", async () => {
    for (const extra of [[], ["--rounds"]]) {
      const r = await run(["export", "units", "--json", ...extra], units);
      const doc = JSON.parse(r.out);
      expect(doc.output).toBe("units.summary.xlsx");
      const rows: { file: string; block?: string; summary: { total: number } }[] = doc.rows;
      const expected = extra.length
        ? [["units/a-blocks.xlsx", "รอบ 6 เดือน", 58], ["units/a-blocks.xlsx", "รอบ 9 เดือน", 78]]
        : [["units/a-blocks.xlsx", "รอบ 9 เดือน", 78]];
      expect(rows.map((row) => [row.file, row.block, row.summary.total])).toEqual([...expected, ["units/b-6m.xlsx", undefined, 28.825], ["units/c-12m.xlsx", undefined, twelveTotal]]);
      expect(rows.filter((row) => "block" in row)).toHaveLength(expected.length);
    }
  });

  it("--rounds orders the blocks by the round their headings name, or as the sheet does (assessors)", async () => {
    const reordered = await blocks({ headings: ["รอบ 9 เดือน", "รอบ 6 เดือน"], results: [RESULTS[1], RESULTS[0]] });
    const assessors = await blocks({ headings: ["ประเมินตนเอง", "คณะกรรมการประเมิน"], results: [RESULTS[1], RESULTS[0]] });
    const r = await run(["export", "r.xlsx", "s.xlsx", "--rounds", "--json"], { "r.xlsx": reordered, "s.xlsx": assessors });
    const rows: { file: string; block: string; summary: { total: number } }[] = JSON.parse(r.out).rows;
    expect(rows.map((row) => [row.file, row.block, row.summary.total])).toEqual([
      ["r.xlsx", "รอบ 6 เดือน", 58], ["r.xlsx", "รอบ 9 เดือน", 78],
      ["s.xlsx", "ประเมินตนเอง", 78], ["s.xlsx", "คณะกรรมการประเมิน", 58],
    ]);
  });

  it("--rounds on a sheet none of whose blocks has a result yet keeps its one row, saying so", async () => {
    const none = await blocks({ results: [[null, null, null], [null, null, null], [null, null, null]] });
    const r = await run(["export", "n.xlsx", "b.xlsx", "--rounds", "--json"], { "n.xlsx": none, "b.xlsx": six });
    const rows: { file: string; block?: string; note: string; summary: { total: number } }[] = JSON.parse(r.out).rows;
    expect(rows.map((row) => [row.file, row.block, row.summary.total, row.note])).toEqual([
      ["n.xlsx", "รอบ 6 เดือน", 0, "รอบ 6 เดือน, รอบ 9 เดือน, รอบ 12 เดือน ยังไม่มีผล"],
      ["b.xlsx", undefined, 28.825, ""],
    ]);
  });

  it("--rounds with one file consolidates that file's rounds; with --previous it is refused", async () => {
    const r = await run(["export", "a.xlsx", "--rounds"], { "a.xlsx": units["units/a-blocks.xlsx"] });
    expect(r.code).toBe(0);
    const { body, col } = await sheetOf(r.files.get("consolidated.summary.xlsx")!);
    expect(body.map((row) => [row[col(BLOCK_COLUMN)], row[col("คะแนนรวม")]])).toEqual([["รอบ 6 เดือน", 58], ["รอบ 9 เดือน", 78]]);
    const refused = await run(["export", "c.xlsx", "--rounds", "--previous", "b.xlsx"], { "b.xlsx": six, "c.xlsx": units["units/c-12m.xlsx"] });
    expect(refused.code).toBe(1);
    expect(refused.err).toContain("--rounds ใช้กับการรวมผล");
    expect(refused.files.size).toBe(2);
  });
});

describe("figures alike across rows of blocks", () => {
  it("blocks of one sheet with different figures are never called one scorecard counted twice", async () => {
    const r = await run(["export", "a.xlsx", "--rounds", "--json"], { "a.xlsx": units["units/a-blocks.xlsx"] });
    const notes = JSON.parse(r.out).rows.map((row: { note: string }) => row.note);
    expect(notes).toEqual(["", "รอบ 12 เดือน ยังไม่มีผล"]);
  });

  it("two blocks of one sheet alike figure for figure are said to be that, not a copy", async () => {
    const same = await blocks({ results: [RESULTS[0], RESULTS[0], [null, null, null]] });
    const r = await run(["export", "a.xlsx", "--rounds", "--json"], { "a.xlsx": same });
    const notes = JSON.parse(r.out).rows.map((row: { note: string }) => row.note);
    expect(notes).toEqual(["", "รอบ 12 เดือน ยังไม่มีผล · ตัวเลขทุกตัวเหมือน รอบ 6 เดือน ในแผ่นงานเดียวกัน: ผลไม่ต่างกันเลย ตรวจดูว่ากรอกผลชุดนี้แล้ว"]);
    expect(notes.join("")).not.toContain("นับซ้ำ");
  });

  it("a copy of a file of blocks: each of its blocks is noted as the same block of the first, counted twice", async () => {
    const files = { "a.xlsx": units["units/a-blocks.xlsx"], "copy.xlsx": units["units/a-blocks.xlsx"] };
    const rounds = JSON.parse((await run(["export", "a.xlsx", "copy.xlsx", "--rounds", "--json"], files)).out).rows.map((row: { note: string }) => row.note);
    expect(rounds).toEqual([
      "", "รอบ 12 เดือน ยังไม่มีผล",
      "ตัวเลขทุกตัวเหมือน a.xlsx · ผลรายรอบ · รอบ 6 เดือน: อาจเป็นตารางเดียวกันที่นับซ้ำ",
      "รอบ 12 เดือน ยังไม่มีผล · ตัวเลขทุกตัวเหมือน a.xlsx · ผลรายรอบ · รอบ 9 เดือน: อาจเป็นตารางเดียวกันที่นับซ้ำ",
    ]);
    const latest = JSON.parse((await run(["export", "a.xlsx", "copy.xlsx", "--json"], files)).out).rows.map((row: { note: string }) => row.note);
    expect(latest).toEqual(["", "ตัวเลขทุกตัวเหมือน a.xlsx · ผลรายรอบ · รอบ 9 เดือน: อาจเป็นตารางเดียวกันที่นับซ้ำ"]);
  });
});

describe("a 5-point sheet of blocks beside the HR Scorecard", () => {
  it("keeps the scale's columns as without blocks: out of 5 to four decimals, beside 100", async () => {
    // Weights 50, 30, 20: scores 3, 4, 2 give 3.1000 at 6 months, 4, 5, 3 give 4.1000 at 9.
    const five = await blockXlsx(blockSheet({ scale: 5, headings: ROUNDS, results: RESULTS }).grid);
    for (const extra of [[], ["--rounds"]]) {
      const r = await run(["export", "five.xlsx", "hr.xlsx", "-o", "all.xlsx", ...extra], { "five.xlsx": five, "hr.xlsx": six });
      const { header, body, col, grid } = await sheetOf(r.files.get("all.xlsx")!);
      expect(header.slice(4, 8)).toEqual(["ปีงบประมาณ / รอบ", BLOCK_COLUMN, "คะแนนรวม", "คะแนนเต็ม"]);
      expect(header).toContain("ไม่นับรวม");
      const expected = extra.length ? [["รอบ 6 เดือน", 3.1, 5], ["รอบ 9 เดือน", 4.1, 5]] : [["รอบ 9 เดือน", 4.1, 5]];
      expect(body.map((row) => [row[col(BLOCK_COLUMN)] ?? "", row[col("คะแนนรวม")], row[col("คะแนนเต็ม")]])).toEqual([
        ...expected.map(([b, t, s]) => [b, expect.closeTo(t as number, 12), s]),
        ["", 28.825, 100],
      ]);
      const top = grid.values.findIndex((row) => row[0] === "ลำดับ");
      const formats = body.map((_, i) => grid.numberFormats?.[top + 1 + i][col("คะแนนรวม")]);
      // Four decimals on the 5-point rows, two on the HR Scorecard's (Thai or Arabic digits, as most rows write them).
      expect(formats).toEqual([...expected.map(() => /(^|\])0\.0000$/), /(^|\])0\.00$/].map((f) => expect.stringMatching(f)));
    }
  });
});
