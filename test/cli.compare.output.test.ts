// `scorecard compare … -o CHANGES.xlsx|.csv`, and `scorecard compare FILE.xlsx` over a sheet that keeps its rounds
// side by side: the changes sheet read back from the written file, each side's block named in the report and --json.
import * as fs from "fs";
import { parseCsv } from "../src/export";
import { runMemoryCli } from "../src/cli/testing/memoryCli";
import type { CompareJson } from "../src/cli/compareCommand";
import type { Grid } from "../src/scorecard";
import { openXlsx } from "../src/xlsx";
import { blockSheet } from "./fixtures/blockGrids";
import { blockXlsx } from "./fixtures/blockXlsx";
import { OFFICIAL } from "./fixtures/grids";
import { editedXlsx, RENAMED_2_3, TWELVE_MONTH_SHEET, TWELVE_MONTHS, twoRoundsXlsx } from "./fixtures/rounds";

const six = new Uint8Array(fs.readFileSync(OFFICIAL));
const ROUNDS = ["รอบ 6 เดือน", "รอบ 9 เดือน", "รอบ 12 เดือน"];
let twelve: Uint8Array;
let blocks: Uint8Array;
beforeAll(async () => {
  twelve = await editedXlsx(six, TWELVE_MONTHS);
  // HR Scorecard total 6 × (L1 + L2) + 8 × L3: 58, 78; the 12-month block not in yet.
  blocks = await blockXlsx(blockSheet({ scale: 100, headings: ROUNDS, results: [[3, 4, 2], [4, 5, 3], [null, null, null]] }).grid);
});
const run = (args: string[], files: Record<string, Uint8Array> = { "6m.xlsx": six, "12m.xlsx": twelve, "blocks.xlsx": blocks }) => runMemoryCli(["compare", ...args], files);
const sheetOf = async (bytes: Uint8Array): Promise<Grid> => (await openXlsx(bytes)).readGrid("เทียบผลสองรอบ");
const rowOf = (g: Grid, col: number, text: string) => g.values.find((r) => r[col] === text);

describe("compare -o CHANGES", () => {
  it("writes the changes as a sheet: both rounds named, the total and each dimension, every KPI under what happened", async () => {
    const r = await run(["6m.xlsx", "12m.xlsx", "-o", "changes.xlsx"]);
    expect([r.code, r.err]).toEqual([0, ""]);
    expect(r.out.trimEnd().split("\n").at(-1)).toBe("เขียนผลการเทียบลงไฟล์ changes.xlsx");
    const g = await sheetOf(r.files.get("changes.xlsx")!);
    expect(g.values[0][0]).toBe("เทียบผล HR Scorecard สองรอบ");
    expect(g.values[1][0]).toBe(`ก่อน: ปีงบประมาณ พ.ศ. ๒๕๖๖ รอบ ๖ เดือน · 6m.xlsx แผ่นงาน "HR Scorecard"`);
    expect(g.values[2][0]).toBe(`หลัง: ปีงบประมาณ พ.ศ. ๒๕๖๖ รอบ ๑๒ เดือน · 12m.xlsx แผ่นงาน "HR Scorecard"`);
    const total = rowOf(g, 1, "คะแนน HR Scorecard (เต็ม ๑๐๐)")!;
    expect(total.slice(4, 7)).toEqual([28.825, expect.closeTo(69.9, 9), "▲ +๔๑.๐๘"]);
    // The KPIs: a section per change with its count, and each KPI's row saying it again (for Excel's filter).
    const upAt = g.values.findIndex((row) => row[0] === "ดีขึ้น (๑)");
    expect(upAt).toBeGreaterThan(0);
    expect(g.values[upAt + 1].slice(0, 1)).toEqual(["๒.๑"]);
    expect(g.values[upAt + 1].slice(2, 4)).toEqual([4, 5]);
    expect(g.values[upAt + 1][7]).toBe("ดีขึ้น");
    const renamed = g.values.find((row) => row[0] === "๒.๓")!;
    expect(renamed[1]).toContain(`(เดิม "`);
    expect(renamed[1]).toContain(RENAMED_2_3.replace(/^๒\.๓\s*/, ""));
    const pendingAgain = g.values.find((row) => row[0] === "๔.๒")!;
    expect(pendingAgain[3]).toBe("รอผล");
    expect(pendingAgain[7]).toBe("กลับเป็นรอผล");
    // Every KPI of either round has one row: 22 in the 6-month round, 5.4 gone and 5.5 added.
    const kpiRows = g.values.filter((row) => typeof row[7] === "string" && row[7] !== "" && /^[๐-๙]+\.[๐-๙]+$/.test(String(row[0])));
    expect(kpiRows).toHaveLength(23);
    // The input files are untouched.
    expect(r.files.get("6m.xlsx")).toBe(six);
  });

  it("writes CSV for -o .csv, the same rows", async () => {
    const r = await run(["6m.xlsx", "12m.xlsx", "-o", "changes.csv", "--json"]);
    expect(r.code).toBe(0);
    JSON.parse(r.out); // --json still prints exactly one document
    const rows = parseCsv(new TextDecoder().decode(r.files.get("changes.csv")!));
    expect(rows.find((row) => row[1] === "คะแนน HR Scorecard (เต็ม ๑๐๐)")?.slice(4, 7)).toEqual(["28.83", "69.9", "▲ +๔๑.๐๘"]);
  });

  it("refuses -o naming an input, or another extension, and writes nothing", async () => {
    const same = await run(["6m.xlsx", "12m.xlsx", "-o", "./12m.xlsx"]);
    expect(same.code).toBe(1);
    expect(same.err).toContain("-o ./12m.xlsx คือไฟล์ต้นฉบับ 12m.xlsx เอง");
    expect(same.files.get("12m.xlsx")).toBe(twelve);
    const ext = await run(["6m.xlsx", "12m.xlsx", "-o", "changes.pdf"]);
    expect(ext.code).toBe(1);
    expect(ext.err).toContain("-o ต้องลงท้ายด้วย .xlsx หรือ .csv");
  });
});

describe("compare FILE: the rounds one sheet keeps side by side", () => {
  it("compares the block before the latest with results against it, each side named by its block", async () => {
    const r = await run(["blocks.xlsx"]);
    expect([r.code, r.err]).toEqual([0, ""]);
    const lines = r.out.split("\n");
    expect(lines[1]).toContain(`ชุดผล "รอบ 6 เดือน"`);
    expect(lines[2]).toContain(`ชุดผล "รอบ 9 เดือน"`);
    expect(r.out).toContain("58.00 → 78.00 (▲ +20.00)"); // the sheet writes Arabic digits
  });

  it("--json names each side's block", async () => {
    const r = await run(["blocks.xlsx", "--json"]);
    const doc = JSON.parse(r.out) as CompareJson;
    expect([doc.old.block, doc.new.block, doc.old.file, doc.new.file]).toEqual(["รอบ 6 เดือน", "รอบ 9 เดือน", "blocks.xlsx", "blocks.xlsx"]);
    expect([doc.old.total, doc.new.total, doc.totalChange]).toEqual([expect.closeTo(58, 9), expect.closeTo(78, 9), expect.closeTo(20, 9)]);
  });

  it("two files of blocks: each file's latest block with results", async () => {
    const later = await blockXlsx(blockSheet({ scale: 100, headings: ROUNDS, results: [[3, 4, 2], [4, 5, 3], [5, 5, 4]] }).grid);
    const r = await run(["blocks.xlsx", "later.xlsx", "--json"], { "blocks.xlsx": blocks, "later.xlsx": later });
    const doc = JSON.parse(r.out) as CompareJson;
    expect([doc.old.block, doc.new.block]).toEqual(["รอบ 9 เดือน", "รอบ 12 เดือน"]);
    expect(doc.totalChange).toBeCloseTo(14, 9);
  });

  it("--sheet twice: two sheets of one workbook, the earlier round's sheet first; a third --sheet is refused", async () => {
    const two = await twoRoundsXlsx(six);
    const r = await run(["two.xlsx", "--sheet", "HR Scorecard", "--sheet", TWELVE_MONTH_SHEET, "--json"], { "two.xlsx": two });
    expect([r.code, r.err]).toEqual([0, ""]);
    const doc = JSON.parse(r.out) as CompareJson;
    expect([doc.old.sheet, doc.new.sheet]).toEqual(["HR Scorecard", TWELVE_MONTH_SHEET]);
    expect(doc.totalChange).toBeCloseTo(69.9 - 28.825, 9);
    const three = await run(["two.xlsx", "--sheet", "a", "--sheet", "b", "--sheet", "c"], { "two.xlsx": two });
    expect(three.code).toBe(1);
    expect(three.err).toContain("--sheet ใช้ได้ไม่เกินสองครั้ง");
  });

  it("a 5-point sheet without group rows: no group lines, which would only repeat the total", async () => {
    const five = await blockXlsx(blockSheet({ scale: 5, headings: ROUNDS.slice(0, 2), results: [[3, 4, 2], [4, 5, 3]] }).grid);
    const json = JSON.parse((await run(["five.xlsx", "--json"], { "five.xlsx": five })).out) as CompareJson;
    expect([json.dimensions, json.goals, json.totalChange]).toEqual([[], [], expect.closeTo(1, 9)]);
    const text = (await run(["five.xlsx"], { "five.xlsx": five })).out;
    expect(text).not.toContain("\nมิติ\n");
    expect(text).toContain("3.1000 → 4.1000 (▲ +1.0000)");
  });
});
