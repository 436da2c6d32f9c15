// `scorecard export` on the shared 5-point example (test/fixtures/agency-5point.xlsx): the summary read back from
// the written .xlsx and CSV holds the expected total, scores and weighted scores; and a consolidation of the
// official HR Scorecard with it says the two scales mix and adds nothing up across them.
import * as fs from "fs";
import * as path from "path";
import { parseCsv } from "../src/export";
import { runMemoryCli } from "../src/cli/testing/memoryCli";
import type { Grid, RawValue } from "../src/scorecard";
import { openXlsx } from "../src/xlsx";
import { OFFICIAL } from "./fixtures/grids";

const FIXTURES = path.join(__dirname, "fixtures");
const agency = new Uint8Array(fs.readFileSync(path.join(FIXTURES, "agency-5point.xlsx")));
const official = new Uint8Array(fs.readFileSync(OFFICIAL));
const expected: {
  total: number;
  totalText: string;
  kpis: Record<string, { status: string; level?: number; points?: number }>;
} = JSON.parse(fs.readFileSync(path.join(FIXTURES, "agency-5point.expected.json"), "utf8"));
const DAY = new Date(2026, 10, 25, 10, 0);
const run = (args: string[], files: Record<string, Uint8Array>) => runMemoryCli(args, files, { now: () => DAY });
const decode = (b: Uint8Array) => new TextDecoder().decode(b);
const rowWith = (rows: RawValue[][], col: number, text: string) => rows.findIndex((r) => r[col] === text);
const round4 = (v: number) => Math.round(v * 1e4) / 1e4;
const TOTAL_LABEL = "คะแนนรวม (เต็ม ๕ คะแนน)";

describe("scorecard export on the 5-point example", () => {
  let g: Grid;
  beforeAll(async () => {
    const r = await run(["export", "agency.xlsx"], { "agency.xlsx": agency });
    expect(r.code).toBe(0);
    expect(r.out).toContain("คะแนนรวม 2.5529");
    expect(r.out).toContain("คะแนนรวมเมื่อไม่นับตัวชี้วัดที่รอผล (ไม่ใช่คะแนนทางการของแผ่นงานนี้): 3.1000");
    g = (await openXlsx(r.files.get("agency.summary.xlsx")!)).readGrid("สรุปผล HR Scorecard");
  });

  it("takes its title from the table's own, the total out of 5 to four decimals, and counts what has reported", () => {
    expect(g.values[0][0]).toBe("ตารางสรุปผลการปฏิบัติราชการตามคำรับรองการปฏิบัติราชการ กรมตัวอย่าง");
    expect(g.values[1][0]).toBe("ปีงบประมาณ พ.ศ. 2567 รอบ 12 เดือน");
    const key = rowWith(g.values, 0, TOTAL_LABEL);
    expect(g.values[key][3]).toBe(expected.total);
    expect(g.numberFormats?.[key][3]).toBe("0.0000");
    expect(g.values[key + 1][0]).toBe("รายงานผลแล้ว 3 จาก 5 ตัวชี้วัด · รอผล 1 · ไม่นับรวม (ยกเลิก/เริ่มรอบถัดไป) 1 · ไม่มีข้อมูลหรืออ่านค่าไม่ได้ 0");
    // Nothing says "HR Scorecard" or "out of 100" on a 5-point summary.
    expect(g.values.flat().some((v) => typeof v === "string" && /HR Scorecard|เต็ม (100|๑๐๐)/.test(v))).toBe(false);
  });

  it("lists the groups as the table has them, each KPI's weight, score and weighted score, and the total row", () => {
    const header = rowWith(g.values, 0, "ตัวชี้วัดที่");
    expect(g.values[header].slice(0, 6)).toEqual(["ตัวชี้วัดที่", "ตัวชี้วัด", "น้ำหนัก (ร้อยละ)", "ค่าคะแนนที่ได้", "คะแนนถ่วงน้ำหนัก", "หมายเหตุ"]);
    const table = g.values.slice(header + 1);
    const end = table.findIndex((r) => r[0] === TOTAL_LABEL);
    expect(table.slice(0, end).map((r) => r[0])).toEqual([
      "มิติที่ 1 ด้านประสิทธิผลตามพันธกิจ (น้ำหนักร้อยละ 50)", "1.1", "1.2",
      "มิติที่ 2 ด้านคุณภาพ (น้ำหนักร้อยละ 20)", "2.1",
      "มิติที่ 3 ด้านการพัฒนาองค์การ (น้ำหนักร้อยละ 30)", "3.1", "3.2",
    ]);
    for (const [id, k] of Object.entries(expected.kpis)) {
      const row = table.find((r) => r[0] === id)!;
      if (k.status === "excluded") expect(row.slice(3, 6)).toEqual(["-", "-", "ยกเลิกตัวชี้วัด (ไม่นับคะแนนและน้ำหนัก)"]);
      else expect([row[3], row[4]]).toEqual([k.level, k.points]);
    }
    expect(table.find((r) => r[0] === "3.1")![5]).toBe("รอผล (N/A)");
    // A group's weighted score is the sum of its KPIs'.
    expect(table[0][4]).toBeCloseTo(expected.kpis["1.1"].points! + expected.kpis["1.2"].points!, 12);
    expect(table[end][4]).toBe(expected.total);
    const k11 = header + 1 + table.findIndex((r) => r[0] === "1.1");
    expect(g.numberFormats?.[k11].slice(2, 5)).toEqual(["0", "0.0000", "0.0000"]);
  });

  it("lists the pending KPI and the cancelled one, each with what it is", () => {
    const pending = rowWith(g.values, 0, "ตัวชี้วัดที่รอผล (1 ตัวชี้วัด)");
    expect(g.values[pending + 2].slice(0, 6)).toEqual(["3.1", "ร้อยละของบุคลากรที่ได้รับการพัฒนาตามแผน", "-", "J12", "รอผล (N/A)", null]);
    const left = rowWith(g.values, 0, "ตัวชี้วัดที่ไม่นับรวม: ยกเลิกหรือเริ่มรอบถัดไป (1 ตัวชี้วัด)");
    expect(left).toBeGreaterThan(pending);
    expect(g.values[left + 2][0]).toBe("3.2");
    expect(g.values[left + 2][4]).toBe("ยกเลิกตัวชี้วัด (ไม่นับคะแนนและน้ำหนัก)");
  });

  it("sets the total with the pending KPI out of the sum apart, labelled, not as 62.00 out of 100", () => {
    const aside = rowWith(g.values, 0, "คะแนนรวมเมื่อไม่นับตัวชี้วัดที่รอผล (ไม่ใช่คะแนนทางการของแผ่นงานนี้)");
    expect(aside).toBeGreaterThan(rowWith(g.values, 0, TOTAL_LABEL));
    expect(g.values[aside][3]).toBe(217 / 70); // (25×3.6 + 25×3 + 20×2.6) ÷ (25 + 25 + 20): the pending 15 leaves the sum
    expect(g.values.flat()).not.toContain(62);
  });

  it("writes the same summary as CSV: total and weighted scores to four decimals", async () => {
    const r = await run(["export", "agency.xlsx", "-o", "s.csv"], { "agency.xlsx": agency });
    const rows = parseCsv(decode(r.files.get("s.csv")!));
    expect(rows[0][0]).toBe("ตารางสรุปผลการปฏิบัติราชการตามคำรับรองการปฏิบัติราชการ กรมตัวอย่าง");
    expect(rows.filter((row) => row[0] === TOTAL_LABEL).map((row) => row[3] || row[4])).toEqual([expected.totalText, expected.totalText]);
    const kpi = (id: string) => rows.find((row) => row[0] === id)!;
    expect(kpi("1.1").slice(2, 5)).toEqual(["25", "3.6", String(round4(expected.kpis["1.1"].points!))]);
    expect(kpi("2.1").slice(3, 5)).toEqual(["2.6", "0.6118"]);
    expect(kpi("3.2").slice(3, 6)).toEqual(["-", "-", "ยกเลิกตัวชี้วัด (ไม่นับคะแนนและน้ำหนัก)"]);
    expect(rows.every((row) => row.length === 6)).toBe(true);
  });
});

describe("a consolidation mixing scales (the official HR Scorecard and the 5-point example)", () => {
  const files = { "hr.xlsx": official, "agency.xlsx": agency };

  it("says each row's scale, notes that the scales mix, and adds nothing up across them", async () => {
    const r = await run(["export", "hr.xlsx", "agency.xlsx", "-o", "all.xlsx"], files);
    expect(r.code).toBe(0);
    expect(r.out).toContain("2.5529");
    const g = (await openXlsx(r.files.get("all.xlsx")!)).readGrid("รวมผล HR Scorecard");
    expect(g.values[2][0]).toMatch(/^รวมคะแนนสองแบบ: เต็ม ๑๐๐ คะแนน \(HR Scorecard\) และเต็ม ๕ คะแนน.*ไม่มีผลรวมหรือค่าเฉลี่ย/);
    const header = g.values[3];
    expect(header.slice(5, 7)).toEqual(["คะแนนรวม", "คะแนนเต็ม"]);
    expect(header).toContain("ไม่นับรวม");
    const body = g.values.slice(4);
    expect(body).toHaveLength(2); // a row per file, and no total or average row under them
    const col = (name: string) => header.indexOf(name);
    expect(body.map((row) => [row[1], row[5], row[6]])).toEqual([["hr.xlsx", 28.825, 100], ["agency.xlsx", expected.total, 5]]);
    expect(body.map((row) => row[col("ไม่นับรวม")])).toEqual([0, 1]);
    // The 5-point row's dimensions hold their weighted scores (out of 5), beside the HR row's points (out of 100).
    expect(body[1].slice(col("มิติ ๑"), col("มิติ ๓") + 1)).toEqual([165 / 85, 52 / 85, 0].map((v) => expect.closeTo(v, 12)));
    expect(g.numberFormats?.[4][5]).toBe("[$-D00041E]0.00");
    expect(g.numberFormats?.[5][5]).toBe("[$-D00041E]0.0000");
    // No cell anywhere holds a sum or an average of the two totals.
    const numbers = g.values.flat().filter((v): v is number => typeof v === "number");
    for (const v of [28.825 + expected.total, (28.825 + expected.total) / 2]) expect(numbers.some((n) => Math.abs(n - v) < 1e-6)).toBe(false);
  });

  it("says so in the CSV too", async () => {
    const r = await run(["export", "hr.xlsx", "agency.xlsx", "-o", "all.csv"], files);
    const rows = parseCsv(decode(r.files.get("all.csv")!));
    expect(rows[2][0]).toContain("รวมคะแนนสองแบบ");
    expect(rows[3][6]).toBe("คะแนนเต็ม");
    expect(rows.slice(4).map((row) => [row[1], row[5], row[6]])).toEqual([["hr.xlsx", "28.83", "100"], ["agency.xlsx", "2.5529", "5"]]);
    expect(rows).toHaveLength(6);
  });

  it("leaves an HR-only consolidation's columns as they were", async () => {
    const r = await run(["export", "a.xlsx", "b.xlsx", "-o", "all.csv"], { "a.xlsx": official, "b.xlsx": official });
    const rows = parseCsv(decode(r.files.get("all.csv")!));
    expect(rows[2]).not.toContain("คะแนนเต็ม");
    expect(rows.flat().some((c) => c.includes("รวมคะแนนสองแบบ"))).toBe(false);
  });
});
