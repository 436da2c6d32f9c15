// The `scorecard` command, run in-process on in-memory files, and once as a real process.
import { execFileSync, spawnSync } from "child_process";
import * as fs from "fs";
import * as os from "os";
import * as path from "path";
import { openXlsx } from "../src/xlsx";
import { defaultOutput } from "../src/cli/outputName";
import { runMemoryCli } from "../src/cli/testing/memoryCli";
import { OFFICIAL, WITH_RESULTS, expected } from "./fixtures/grids";

const run = (args: string[], files: Record<string, Uint8Array>) => runMemoryCli(args, files);

const official = new Uint8Array(fs.readFileSync(OFFICIAL));
const withResults = new Uint8Array(fs.readFileSync(WITH_RESULTS));

describe("scorecard recalc", () => {
  it("writes FILE.recalc.xlsx with the scores and prints the Thai summary", async () => {
    const r = await run(["recalc", "hr.xlsx"], { "hr.xlsx": official });
    expect(r.code).toBe(0);
    expect(r.err).toBe("");
    expect(r.out).toMatch(/คะแนน HR Scorecard \(เต็ม ๑๐๐\) +๒๘\.๘๓\n/); // in the sheet's Thai digits
    expect(r.out).toContain("รอผล ๑๔");
    expect(r.out).toContain("hr.recalc.xlsx");
    expect(r.files.get("hr.xlsx")).toBe(official); // the input is never written
    const wb = await openXlsx(r.files.get("hr.recalc.xlsx")!);
    const g = wb.readGrid("HR Scorecard");
    expect(g.values[26][14]).toBe(28.825); // O27, as a number formulas can use
    expect(g.numberFormats?.[26][14]).toBe("[$-D00041E]0.00");
    expect(g.values[6][12]).toBe(3); // M7: KPI 1.3
    expect(wb.cellFill("HR Scorecard", 4, 16)).toBe("#FFEB9C"); // Q5 pending, amber
  });

  it("takes off the amber an earlier run left once that KPI's result is in; the still pending keep theirs", async () => {
    const first = await run(["recalc", "hr.xlsx"], { "hr.xlsx": official });
    const wb = await openXlsx(first.files.get("hr.recalc.xlsx")!);
    expect(wb.cellFill("HR Scorecard", 4, 16)).toBe("#FFEB9C");
    // September: KPI 1.1's level is typed over its note in Q5.
    const typed = { row: 4, col: 16, address: "Q5", kind: "level" as const, value: "๓", numberFormat: null, previous: { value: null, formula: null, numberFormat: null }, overwritesFormula: false, changesValue: true };
    wb.applyPlan({ sheetName: "HR Scorecard", writes: [typed], highlights: [] }, { highlights: false });
    const second = await run(["recalc", "hr.xlsx", "--in-place"], { "hr.xlsx": await wb.toBytes() });
    expect(second.code).toBe(0);
    const after = await openXlsx(second.files.get("hr.xlsx")!);
    expect(after.cellFill("HR Scorecard", 4, 16)).toBeNull();
    expect(after.readGrid("HR Scorecard").values[4][16]).toBe("๓"); // the officer's input is never written
    expect(after.cellFill("HR Scorecard", 5, 16)).toBe("#FFEB9C"); // Q6, 1.2: still pending
    expect(second.out).toContain("รอผล ๑๓");
    expect(second.out).toContain("  เอาไฮไลต์ของการคำนวณครั้งก่อนออก เพราะผลงานเข้ามาแล้ว (๑): Q5\n");
    // check says what a recalculation would take off; --no-highlight leaves every fill alone, and says nothing.
    const typedFile = await wb.toBytes();
    expect((await run(["check", "hr.xlsx"], { "hr.xlsx": typedFile })).out).toContain("ไฮไลต์ของการคำนวณครั้งก่อนที่จะเอาออกเมื่อคำนวณ เพราะผลงานเข้ามาแล้ว (๑): Q5");
    const plain = await run(["recalc", "hr.xlsx", "--in-place", "--no-highlight"], { "hr.xlsx": typedFile });
    expect((await openXlsx(plain.files.get("hr.xlsx")!)).cellFill("HR Scorecard", 4, 16)).toBe("#FFEB9C");
    expect(plain.out).not.toContain("ไฮไลต์");
    const json = await run(["check", "hr.xlsx", "--json"], { "hr.xlsx": typedFile });
    expect(JSON.parse(json.out).sheets[0].highlightsCleared).toEqual(["Q5"]);
  });

  it("--json prints exactly one JSON document with the official numbers", async () => {
    const r = await run(["recalc", "hr.xlsx", "--json", "-o", "out/x.xlsx"], { "hr.xlsx": withResults });
    expect(r.code).toBe(0);
    const doc = JSON.parse(r.out);
    expect(doc.file).toBe("hr.xlsx");
    expect(doc.output).toBe("out/x.xlsx");
    expect(doc.sheets).toHaveLength(1);
    const s = doc.sheets[0];
    expect(s).toMatchObject({ sheet: "HR Scorecard", total: 28.825, totalText: "28.83" });
    expect(s.dimensions).toEqual(expected.dimensions);
    expect(s.kpis.map((k: { id: string; level: number | null; points: number }) => [k.id, k.level, k.points])).toEqual(expected.kpis.map((k) => [k.id, k.level, k.points]));
    expect(s.kpis[0]).toEqual({ id: "1.1", cell: "D5", level: null, points: 0, status: "pending" });
    expect(s.flags.filter((f: { code: string }) => f.code === "result-pending")).toHaveLength(14);
    expect(r.files.has("out/x.xlsx")).toBe(true);
  });

  it("--in-place writes the file itself; check writes nothing", async () => {
    const a = await run(["recalc", "hr.xlsx", "--in-place"], { "hr.xlsx": official });
    expect(a.files.get("hr.xlsx")).not.toBe(official);
    const c = await run(["check", "hr.xlsx"], { "hr.xlsx": official });
    expect(c.code).toBe(0);
    expect([...c.files.keys()]).toEqual(["hr.xlsx"]);
    expect(c.out).toContain("๒๘.๘๓");
  });

  it("--strict exits 3 when a flag is an error, 0 otherwise", async () => {
    expect((await run(["check", "hr.xlsx", "--strict"], { "hr.xlsx": official })).code).toBe(0);
    const wb = await openXlsx(official);
    // Break KPI 2.1's weight (J8) through the project's own writer: a text weight is an error flag.
    wb.applyPlan({ sheetName: "HR Scorecard", writes: [{ row: 7, col: 9, address: "J8", kind: "level", value: "ยี่สิบห้า", numberFormat: null, previous: { value: "๒๕", formula: null, numberFormat: null }, overwritesFormula: false, changesValue: true }], highlights: [] }, { highlights: false });
    const broken = await wb.toBytes();
    const r = await run(["check", "b.xlsx", "--strict", "--json"], { "b.xlsx": broken });
    expect(r.code).toBe(3);
    expect(JSON.parse(r.out).sheets[0].flags).toEqual(expect.arrayContaining([expect.objectContaining({ code: "unreadable-number", cell: "J8", severity: "error" })]));
  });

  describe("values that differ from what the sheet holds are listed, where a hand-worked score was off", () => {
    // KPI 1.3's score (M7) typed as ๒.๕๐ where the rule gives 3, and the total (O27) typed as 28.3.
    async function stale(): Promise<Uint8Array> {
      const wb = await openXlsx(official);
      const write = (row: number, col: number, address: string, value: string | number) =>
        ({ row, col, address, kind: "scoreKpi" as const, value, numberFormat: null, previous: { value: null, formula: null, numberFormat: null }, overwritesFormula: false, changesValue: true });
      wb.applyPlan({ sheetName: "HR Scorecard", writes: [write(6, 12, "M7", "๒.๕๐"), write(26, 14, "O27", 28.3)], highlights: [] }, { highlights: false });
      return wb.toBytes();
    }

    it("check lists what a recalculation would change, in the sheet's Thai digits, and writes nothing", async () => {
      const r = await run(["check", "s.xlsx"], { "s.xlsx": await stale() });
      expect(r.out).toContain("ค่าที่จะเปลี่ยนจากที่กรอกไว้เมื่อคำนวณ (๒):\n    M7: ๒.๕๐ → ๓\n    O27: ๒๘.๓๐ → ๒๘.๘๓\n");
      expect([...r.files.keys()]).toEqual(["s.xlsx"]);
    });

    it("recalc lists what it changed; --json gives each cell's value before and after", async () => {
      const text = await run(["recalc", "s.xlsx", "--lang", "en"], { "s.xlsx": await stale() });
      expect(text.out).toContain("Values changed from what was typed (2):\n    M7: ๒.๕๐ → 3\n    O27: 28.30 → 28.83\n");
      const json = await run(["recalc", "s.xlsx", "--json"], { "s.xlsx": await stale() });
      expect(JSON.parse(json.out).sheets[0].changed).toEqual([
        { cell: "M7", before: "๒.๕๐", after: 3 },
        { cell: "O27", before: 28.3, after: 28.825 },
      ]);
    });

    it("the official sheet's typed scores all agree with the rule: nothing listed", async () => {
      const r = await run(["check", "hr.xlsx", "--json"], { "hr.xlsx": official });
      expect(JSON.parse(r.out).sheets[0].changed).toEqual([]);
      expect(JSON.parse(r.out).sheets[0].highlightsCleared).toEqual([]);
      expect((await run(["check", "hr.xlsx"], { "hr.xlsx": official })).out).not.toContain("ค่าที่");
    });
  });

  it("--lang en prints English", async () => {
    const r = await run(["check", "hr.xlsx", "--lang", "en"], { "hr.xlsx": official });
    expect(r.out).toContain("HR Scorecard total (out of 100)");
    expect(r.out).toContain("result pending");
  });
});

describe("scorecard: what goes wrong", () => {
  it("exits 2 and says what it looked for when the file holds no scorecard", async () => {
    const wb = await openXlsx(official);
    const g = wb.readGrid("HR Scorecard");
    expect(g.values.length).toBeGreaterThan(0);
    // Blank out the header labels: the sheet no longer reads as a scorecard.
    const cols = g.values[2].map((_, c) => c);
    wb.applyPlan({ sheetName: "HR Scorecard", writes: cols.map((c) => ({ row: 2, col: c, address: `${String.fromCharCode(65 + c)}3`, kind: "level" as const, value: "x", numberFormat: null, previous: { value: null, formula: null, numberFormat: null }, overwritesFormula: false, changesValue: true })), highlights: [] }, { highlights: false });
    const r = await run(["recalc", "n.xlsx"], { "n.xlsx": await wb.toBytes() });
    expect(r.code).toBe(2);
    expect(r.err).toContain("ไม่พบตาราง HR Scorecard");
    expect(r.err).toContain("ระดับเป้าหมาย");
    expect(r.files.has("n.recalc.xlsx")).toBe(false);
  });

  it.each([
    [["frobnicate", "x.xlsx"], "unknown command"],
    [["recalc"], "a .xlsx file is required"],
    [["recalc", "a.xlsx", "--method", "fuzzy"], "--method takes step or linear"],
    [["check", "a.xlsx", "-o", "b.xlsx"], "check writes nothing"],
    [["recalc", "a.xlsx", "--bogus"], "unknown option --bogus"],
  ])("bad usage %p exits 1 with a message", async (args, message) => {
    const r = await run(args as string[], { "a.xlsx": official });
    expect(r.code).toBe(1);
    expect(r.err).toContain(message);
    expect(r.out).toBe("");
  });

  it("exits 1 with a clear message for a missing file, a non-xlsx file, and an unknown sheet", async () => {
    const missing = await run(["check", "nope.xlsx"], {});
    expect(missing.code).toBe(1);
    expect(missing.err).toContain("nope.xlsx");
    const text = await run(["check", "t.xlsx"], { "t.xlsx": new TextEncoder().encode("not a workbook") });
    expect(text.code).toBe(1);
    expect(text.err.length).toBeGreaterThan(10);
    expect(text.err).not.toMatch(/at .*\.ts:\d+/); // no stack trace
    const sheet = await run(["check", "hr.xlsx", "--sheet", "ไม่มี"], { "hr.xlsx": official });
    expect(sheet.code).toBe(1);
    expect(sheet.err).toContain("HR Scorecard");
  });

  it("names the default output beside the input", () => {
    expect(defaultOutput("/d/hr.xlsx")).toBe("/d/hr.recalc.xlsx");
    expect(defaultOutput("HR.XLSX")).toBe("HR.recalc.xlsx");
  });
});

describe("the installed command", () => {
  const main = path.join(__dirname, "..", "dist", "cli", "cli", "main.js");
  beforeAll(() => {
    if (!fs.existsSync(main)) execFileSync("npx", ["tsc", "-p", "tsconfig.cli.json"], { cwd: path.join(__dirname, "..") });
  });
  it("runs as a process: JSON on stdout, the file written, exit 0", () => {
    const dir = fs.mkdtempSync(path.join(os.tmpdir(), "scorecard-"));
    const file = path.join(dir, "hr.xlsx");
    fs.copyFileSync(OFFICIAL, file);
    const r = spawnSync(process.execPath, [main, "recalc", file, "--json"], { encoding: "utf8" });
    expect(r.status).toBe(0);
    expect(JSON.parse(r.stdout).sheets[0].totalText).toBe("28.83");
    expect(fs.existsSync(path.join(dir, "hr.recalc.xlsx"))).toBe(true);
  });
  it("exits 1 without a stack trace on an unreadable file", () => {
    const r = spawnSync(process.execPath, [main, "check", __filename], { encoding: "utf8" });
    expect(r.status).toBe(1);
    expect(r.stderr).not.toMatch(/\n\s+at /);
  });
});
