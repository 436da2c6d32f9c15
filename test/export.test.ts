// `scorecard export`, run in-process on in-memory files: the summary of the official sheet read back from the
// written .xlsx and CSV, and a folder of units' workbooks (good, changed, broken, none) consolidated.
import * as fs from "fs";
import * as path from "path";
import JSZip from "jszip";
import { parseCsv } from "../src/export";
import { runMemoryCli } from "../src/cli/testing/memoryCli";
import type { CellWrite, Grid, Summary } from "../src/scorecard";
import { openXlsx } from "../src/xlsx";
import { OFFICIAL } from "./fixtures/grids";

const official = new Uint8Array(fs.readFileSync(OFFICIAL));
const noScorecard = new Uint8Array(fs.readFileSync(path.join(__dirname, "fixtures", "no-scorecard.xlsx")));
const DAY = new Date(2026, 10, 25, 10, 0);

const run = (args: string[], files: Record<string, Uint8Array>, tty = false) => runMemoryCli(args, files, { tty, now: () => DAY });

/** Grid rows as arrays of values, and the row whose column `col` holds `text`. */
const rowWith = (g: Grid, col: number, text: string) => g.values.findIndex((r) => r[col] === text);
const decode = (b: Uint8Array) => new TextDecoder().decode(b);

/** The official workbook with level cells (column Q) set: a unit whose results differ. */
async function withLevels(levels: Record<number, number | string>): Promise<Uint8Array> {
  const wb = await openXlsx(official);
  const writes: CellWrite[] = Object.entries(levels).map(([row, value]) => ({
    row: Number(row), col: 16, address: `Q${Number(row) + 1}`, kind: "level", value, numberFormat: null,
    previous: { value: null, formula: null, numberFormat: null }, overwritesFormula: false, changesValue: true,
  }));
  wb.applyPlan({ sheetName: "HR Scorecard", writes, highlights: [] }, { highlights: false });
  return wb.toBytes();
}

/** The font and border (as stylesheet XML) and fill id of a cell of the summary sheet in an .xlsx we wrote. */
async function cellLook(bytes: Uint8Array, row: number, col: string): Promise<{ font: string; border: string; fill: string }> {
  const zip = await JSZip.loadAsync(bytes);
  const sheet = await zip.file("xl/worksheets/sheet1.xml")!.async("string");
  const styles = await zip.file("xl/styles.xml")!.async("string");
  const s = Number(new RegExp(`<c r="${col}${row}" s="(\\d+)"`).exec(sheet)![1]);
  const xf = [...styles.split("<cellXfs")[1].matchAll(/<xf [^>]*>/g)][s][0];
  const attr = (name: string) => new RegExp(`${name}="(\\d+)"`).exec(xf)![1];
  const fonts = [...styles.matchAll(/<font>.*?<\/font>/g)].map((m) => m[0]);
  const borders = [...styles.matchAll(/<border>.*?<\/border>/g)].map((m) => m[0]);
  return { font: fonts[Number(attr("fontId"))], border: borders[Number(attr("borderId"))], fill: attr("fillId") };
}

const PENDING = [
  ["๑.๑", "สทส."], ["๑.๒", "สทส."], ["๒.๒", "กกจ. กลุ่มทะเบียนฯ"], ["๓.๑", "สทส."], ["๓.๒", "สทส."], ["๓.๔", "สทส."], ["๓.๕", "สทส."],
  ["๓.๖", "สทส."], ["๓.๗", "กพร."], ["๔.๑", "กกจ. กลุ่มวินัยฯ"], ["๔.๔", "กกจ. กลุ่มวินัยฯ"], ["๕.๑", "กกจ. กลุ่มสวัสดิการฯ"],
  ["๕.๒", "กกจ. กลุ่มสวัสดิการฯ"], ["๕.๔", "กกจ. กลุ่มสวัสดิการฯ"],
];

describe("scorecard export FILE", () => {
  it("writes FILE.summary.xlsx holding the official numbers and the 14 pending KPIs with their units", async () => {
    const r = await run(["export", "hr.xlsx"], { "hr.xlsx": official });
    expect(r.code).toBe(0);
    expect(r.err).toBe("");
    expect(r.out).toContain("hr.summary.xlsx");
    expect(r.out).toContain("๒๘.๘๓");
    expect(r.files.get("hr.xlsx")).toBe(official);
    const wb = await openXlsx(r.files.get("hr.summary.xlsx")!);
    expect(wb.sheetNames()).toEqual(["สรุปผล HR Scorecard"]);
    const g = wb.readGrid("สรุปผล HR Scorecard");
    expect(g.values[0][0]).toBe("สรุปผล HR Scorecard กรมส่งเสริมสหกรณ์");
    expect(g.values[1][0]).toBe("ปีงบประมาณ พ.ศ. ๒๕๖๖ รอบ ๖ เดือน");
    expect(g.values[2][0]).toContain("๒๕ พฤศจิกายน ๒๕๖๙");
    expect(g.merges).toContainEqual({ top: 0, left: 0, bottom: 0, right: 4 });

    const total = rowWith(g, 0, "คะแนน HR Scorecard (เต็ม ๑๐๐ คะแนน)");
    expect(g.values[total][3]).toBe(28.825);
    expect(g.numberFormats?.[total][3]).toBe("[$-D00041E]0.00");
    const reportedOnly = rowWith(g, 0, "คะแนนเฉพาะตัวชี้วัดที่รายงานผลแล้ว (ไม่ใช่คะแนนทางการ)");
    expect(g.values[reportedOnly][3]).toBe(63);
    expect(g.values.some((row) => String(row[0] ?? "").startsWith("รายงานผลแล้ว ๘ จาก ๒๒ ตัวชี้วัด"))).toBe(true);

    // Dimension rows: number in A, weight, points and percent of the weight in C–E.
    const dims = ["๑", "๒", "๓", "๔", "๕"].map((n) => g.values[rowWith(g, 0, n)]);
    expect(dims.map((row) => row.slice(2, 5))).toEqual([[15, 3, 20], [20, 12, 60], [30, 1.2, 4], [20, 10, 50], [15, 2.625, 17.5]]);
    // The goals sit beneath their dimension: goal ๒ of dimension ๑ has 3 points, 40% of its share.
    const goal = rowWith(g, 1, "๒. ปรับปรุงโครงสร้างองค์กรให้เหมาะสมกับภารกิจงาน");
    expect(goal).toBeGreaterThan(rowWith(g, 0, "๑"));
    expect(g.values[goal].slice(2, 5)).toEqual([50, 3, 40]);

    const section = rowWith(g, 0, "ตัวชี้วัดที่รอผล (๑๔ ตัวชี้วัด)");
    expect(section).toBeGreaterThan(total);
    const pending = g.values.slice(section + 2, section + 2 + 14);
    expect(pending.map((row) => [row[0], row[2]])).toEqual(PENDING);
    expect(pending.every((row) => row[3] === "ทราบผล เดือน ก.ย. ๖๖")).toBe(true); // each one's own note: when it is due
    expect(pending[8][1]).toBe("ร้อยละความพึงพอใจต่อการให้บริการของหน่วยงานส่วนกลางกรมส่งเสริมสหกรณ์ (ยกเว้นสำนักงานส่งเสริมสหกรณ์กรุงเทพมหานครพื้นที่ ๑ และพื้นที่ ๒)");
    expect(rowWith(g, 0, "ตัวชี้วัดที่ไม่มีข้อมูลหรืออ่านค่าไม่ได้ (๐ ตัวชี้วัด)")).toBeGreaterThan(section);
  });

  it("prints the score among reported KPIs in grey, not bold, in a grey-bordered box apart from the official total", async () => {
    const r = await run(["export", "hr.xlsx"], { "hr.xlsx": official });
    const bytes = r.files.get("hr.summary.xlsx")!;
    const g = (await openXlsx(bytes)).readGrid("สรุปผล HR Scorecard");
    const look = await cellLook(bytes, rowWith(g, 0, "คะแนน HR Scorecard (เต็ม ๑๐๐ คะแนน)") + 1, "D");
    const aside = rowWith(g, 0, "คะแนนเฉพาะตัวชี้วัดที่รายงานผลแล้ว (ไม่ใช่คะแนนทางการ)") + 1;
    expect(look.font).toContain("<b/>");
    for (const [row, col] of [[aside, "A"], [aside, "D"], [aside + 1, "A"]] as const) {
      const l = await cellLook(bytes, row, col);
      expect(l.font).not.toContain("<b/>");
      expect(l.font).toContain(`<color rgb="FF595959"/>`);
      expect(l.border).toContain(`<top style="thin"><color rgb="FFA6A6A6"/></top>`);
      expect(l.fill).toBe("0");
    }
    expect(g.values[aside - 2].every((v) => v === null || v === "")).toBe(true); // a blank row between the boxes
  });

  it("--json prints the Summary alone on stdout", async () => {
    const r = await run(["export", "hr.xlsx", "--json", "-o", "out/s.xlsx"], { "hr.xlsx": official });
    expect(r.code).toBe(0);
    const s: Summary = JSON.parse(r.out);
    expect(s).toMatchObject({ total: 28.825, totalText: "๒๘.๘๓", reportedCount: 8, kpiCount: 22, fiscalYear: 2566, roundMonths: 6, exportDate: "2026-11-25" });
    expect(s.dimensions.map((d) => d.points)).toEqual([3, 12, 1.2, 10, 2.625]);
    expect(s.pending).toHaveLength(14);
    expect(s.reportedOnly.score).toBe(63);
    expect(r.files.has("out/s.xlsx")).toBe(true);
  });

  it("-o X.csv writes UTF-8 with a BOM that reads back with the Thai text intact", async () => {
    const r = await run(["export", "hr.xlsx", "-o", "s.csv"], { "hr.xlsx": official });
    expect(r.code).toBe(0);
    const bytes = r.files.get("s.csv")!;
    expect([...bytes.slice(0, 3)]).toEqual([0xef, 0xbb, 0xbf]);
    const rows = parseCsv(decode(bytes));
    expect(rows[0][0]).toBe("สรุปผล HR Scorecard กรมส่งเสริมสหกรณ์");
    expect(rows.every((row) => row.length === 5)).toBe(true);
    expect(rows.find((row) => row[0] === "คะแนน HR Scorecard (เต็ม ๑๐๐ คะแนน)")?.[3]).toBe("28.83");
    expect(rows.find((row) => row[0] === "๕")?.slice(1)).toEqual(["๕. คุณภาพชีวิตและความสมดุลของชีวิตและการทำงาน", "15", "2.63", "17.5"]);
    const section = rows.findIndex((row) => row[0] === "ตัวชี้วัดที่รอผล (๑๔ ตัวชี้วัด)");
    expect(rows.slice(section + 2, section + 16).map((row) => [row[0], row[2]])).toEqual(PENDING);
  });

  it("exits 2 without writing when the file holds no scorecard; 1 on bad usage or an unreadable file", async () => {
    const none = await run(["export", "x.xlsx"], { "x.xlsx": noScorecard });
    expect(none.code).toBe(2);
    expect(none.err).toContain("ไม่พบตาราง HR Scorecard");
    expect([...none.files.keys()]).toEqual(["x.xlsx"]);
    expect((await run(["export"], {})).code).toBe(1);
    const pdf = await run(["export", "hr.xlsx", "-o", "s.pdf"], { "hr.xlsx": official });
    expect(pdf.code).toBe(1);
    expect(pdf.err).toContain(".xlsx หรือ .csv");
    const broken = await run(["export", "b.xlsx"], { "b.xlsx": new Uint8Array([1, 2, 3, 4]) });
    expect(broken.code).toBe(1);
    expect(broken.err).toContain("ไม่ใช่ไฟล์ Excel");
    expect((await run(["export", "hr.xlsx", "--sheet", "nope"], { "hr.xlsx": official })).code).toBe(1);
  });
});

describe("scorecard export FOLDER (consolidation)", () => {
  let units: Record<string, Uint8Array>;
  beforeAll(async () => {
    const random = new Uint8Array(4096).map((_, i) => (i * 7919 + 13) % 256);
    random[0] = 0x50; // "PK": looks like a zip, is not one
    random[1] = 0x4b;
    units = {
      "units/a-official.xlsx": official,
      // KPI 1.1 (row 5) now reports level 5: +5/5 × 50% × 50% × 15 = 3.75 → dimension ๑ 6.75, total 32.575.
      "units/b-more.xlsx": await withLevels({ 4: 5 }),
      // KPI 1.3 (row 7) unreadable: dimension ๑ loses its 3 points, total 25.825, one invalid KPI.
      "units/c-invalid.xlsx": await withLevels({ 6: "ดีมาก" }),
      "units/d-broken.xlsx": random,
      "units/e-none.xlsx": noScorecard,
      "units/notes.txt": new Uint8Array([65]),
      "units/~$a-official.xlsx": new Uint8Array([0]),
    };
  });

  it("gives a row per file with total, dimension points and counts, and a clear note for each bad file", async () => {
    const r = await run(["export", "units", "-o", "all.xlsx"], units);
    expect(r.code).toBe(0);
    const g = (await openXlsx(r.files.get("all.xlsx")!)).readGrid("รวมผล HR Scorecard");
    expect(g.values[2]).toEqual(["ลำดับ", "ไฟล์", "แผ่นงาน", "หน่วยงาน", "ปีงบประมาณ / รอบ", "คะแนนรวม", "มิติ ๑", "มิติ ๒", "มิติ ๓", "มิติ ๔", "มิติ ๕", "รายงานผลแล้ว", "รอผล", "ไม่มีข้อมูล", "ตัวชี้วัดทั้งหมด", "หมายเหตุ"]);
    const body = g.values.slice(3);
    expect(body.map((row) => row[1])).toEqual(["units/a-official.xlsx", "units/b-more.xlsx", "units/c-invalid.xlsx", "units/d-broken.xlsx", "units/e-none.xlsx"]);
    expect(body[0].slice(2, 15)).toEqual(["HR Scorecard", "กรมส่งเสริมสหกรณ์", "ปีงบประมาณ พ.ศ. ๒๕๖๖ รอบ ๖ เดือน", 28.825, 3, 12, 1.2, 10, 2.625, 8, 14, 0, 22]);
    expect(body[1].slice(5, 15)).toEqual([32.575, 6.75, 12, 1.2, 10, 2.625, 9, 13, 0, 22]);
    expect(body[2].slice(5, 15)).toEqual([25.825, 0, 12, 1.2, 10, 2.625, 7, 14, 1, 22]);
    expect(body[0][15] ?? "").toBe("");
    expect(body[3][5] ?? null).toBeNull();
    expect(body[3][15]).toContain("อ่านไฟล์ไม่ได้");
    expect(body[3][15]).toContain("เสียหาย");
    expect(body[4][2]).toBe("ตัวชี้วัด");
    expect(body[4][15]).toContain("ไม่มีตาราง HR Scorecard");
    expect(g.numberFormats?.[3][5]).toBe("[$-D00041E]0.00");
    expect(r.out).toContain("units/d-broken.xlsx");
  });

  it("takes files and folders together, writes CSV, and prints JSON without progress on stdout", async () => {
    const r = await run(["export", "units", "hr.xlsx", "-o", "all.csv", "--json"], { ...units, "hr.xlsx": official }, true);
    expect(r.code).toBe(0);
    const doc = JSON.parse(r.out);
    expect(doc.output).toBe("all.csv");
    expect(doc.rows.map((row: { file: string }) => row.file)).toEqual([...Object.keys(units).slice(0, 5), "hr.xlsx"]);
    expect(r.err).toContain("6/6"); // the bar, on stderr only (6 files, a terminal)
    expect(r.err).toContain("\r");
    const rows = parseCsv(decode(r.files.get("all.csv")!));
    expect(rows[3].slice(1, 6)).toEqual(["units/a-official.xlsx", "HR Scorecard", "กรมส่งเสริมสหกรณ์", "ปีงบประมาณ พ.ศ. ๒๕๖๖ รอบ ๖ เดือน", "28.83"]);
    expect(rows[6][15]).toContain("อ่านไฟล์ไม่ได้");
  });

  it("draws no progress when stderr is not a terminal or the files are few", async () => {
    const many = await run(["export", "units", "hr.xlsx"], { ...units, "hr.xlsx": official }, false);
    expect(many.err).toBe("");
    expect(many.files.has("consolidated.summary.xlsx")).toBe(true);
    const few = await run(["export", "a.xlsx", "b.xlsx"], { "a.xlsx": official, "b.xlsx": official }, true);
    expect(few.err).toBe("");
  });

  it("exits 2 and writes nothing when no file holds a scorecard", async () => {
    const r = await run(["export", "x.xlsx", "y.xlsx", "-o", "all.xlsx"], { "x.xlsx": noScorecard, "y.xlsx": units["units/d-broken.xlsx"] });
    expect(r.code).toBe(2);
    expect(r.files.has("all.xlsx")).toBe(false);
    expect(r.err).toContain("ไม่พบตาราง HR Scorecard ในไฟล์ใดเลย");
    expect(r.out).toContain("y.xlsx");
  });
});

describe("scorecard export --sheet over many files", () => {
  it("notes the files that lack the sheet instead of calling them unreadable", async () => {
    const r = await run(["export", "a.xlsx", "b.xlsx", "--sheet", "HR Scorecard", "-o", "all.csv"], { "a.xlsx": official, "b.xlsx": noScorecard });
    expect(r.code).toBe(0);
    const rows = parseCsv(decode(r.files.get("all.csv")!));
    expect(rows[4].slice(1, 3)).toEqual(["b.xlsx", "HR Scorecard"]);
    expect(rows[4][15]).toContain('ไม่พบแผ่นงาน "HR Scorecard"');
    expect(rows[4][15]).not.toContain("อ่านไฟล์ไม่ได้");
  });
});
