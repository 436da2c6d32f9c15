// `scorecard compare OLD NEW` on the official sheet's 6-month file and a 12-month copy made from it: the Thai and
// English reports, the one JSON document, renamed and unpaired KPIs, and what the command refuses (exit 1, 2).
import * as fs from "fs";
import { USAGE } from "../src/cli/args";
import { runMemoryCli } from "../src/cli/testing/memoryCli";
import type { CompareJson } from "../src/cli/compareCommand";
import { openXlsx } from "../src/xlsx";
import { OFFICIAL } from "./fixtures/grids";
import { ambiguousEdits, editedXlsx, RENAMED_2_3, TITLE_12_MONTHS, TWELVE_MONTHS } from "./fixtures/rounds";

const six = new Uint8Array(fs.readFileSync(OFFICIAL));
const AGENCY = new Uint8Array(fs.readFileSync(`${__dirname}/fixtures/agency-5point.xlsx`));
let twelve: Uint8Array;
beforeAll(async () => {
  twelve = await editedXlsx(six, TWELVE_MONTHS);
});
const run = (args: string[], files: Record<string, Uint8Array> = { "6m.xlsx": six, "12m.xlsx": twelve }) => runMemoryCli(["compare", ...args], files);

describe("compare OLD NEW", () => {
  it("reports in Thai, in Thai digits: both rounds named, the total and each dimension with an arrow, the KPIs by what happened", async () => {
    const r = await run(["6m.xlsx", "12m.xlsx"]);
    expect([r.code, r.err]).toEqual([0, ""]);
    const lines = r.out.split("\n");
    expect(lines.slice(0, 5)).toEqual([
      "เทียบผล HR Scorecard สองรอบ",
      '  ก่อน: 6m.xlsx แผ่นงาน "HR Scorecard" · ปีงบประมาณ พ.ศ. ๒๕๖๖ รอบ ๖ เดือน',
      '  หลัง: 12m.xlsx แผ่นงาน "HR Scorecard" · ปีงบประมาณ พ.ศ. ๒๕๖๖ รอบ ๑๒ เดือน',
      "",
      "คะแนน HR Scorecard (เต็ม ๑๐๐): ๒๘.๘๓ → ๖๙.๙๐ (▲ +๔๑.๐๘)",
    ]);
    expect(r.out).toContain("  ๑. ความสอดคล้องเชิงยุทธศาสตร์: ๓.๐๐ → ๙.๗๕ (▲ +๖.๗๕)\n");
    expect(r.out).toContain("\nผลเข้ามาแล้ว (๑๒)\n");
    expect(r.out).toMatch(/\nดีขึ้น \(๑\)\n {2}๒\.๑ [^\n]*: ระดับ ๔ → ระดับ ๕, คะแนนถ่วงน้ำหนัก ๔\.๐๐ → ๕\.๐๐ \(▲ \+๑\.๐๐\)\n/);
    expect(r.out).toMatch(/\nลดลง \(๑\)\n {2}๒\.๔ [^\n]*: ระดับ ๓ → ระดับ ๒, คะแนนถ่วงน้ำหนัก ๓\.๐๐ → ๒\.๐๐ \(▼ -๑\.๐๐\)\n/);
    expect(r.out).toMatch(/\nกลับเป็นรอผล \(๑\)\n {2}๔\.๒ [^\n]*: ระดับ ๕ → รอผล, คะแนนถ่วงน้ำหนัก ๕\.๐๐ → ๐\.๐๐ \(▼ -๕\.๐๐\)\n/);
    expect(r.out).toContain(`  ${RENAMED_2_3}: ระดับ ๕ → ระดับ ๕, คะแนนถ่วงน้ำหนัก ๕.๐๐ → ๕.๐๐ (= ๐.๐๐) · เดิมชื่อ "๒.๓ `);
    expect(r.out).toMatch(/\nตัวชี้วัดใหม่ \(๑\)\n {2}๕\.๕ [^\n]*: - → ระดับ ๕/);
    expect(r.out).toMatch(/\nตัวชี้วัดที่ไม่มีแล้ว \(๑\)\n {2}๕\.๔ [^\n]*: รอผล → -/);
    // Groups in the order a director asks: what came in before what is unchanged.
    expect(r.out.indexOf("ผลเข้ามาแล้ว")).toBeLessThan(r.out.indexOf("เท่าเดิม"));
  });

  it("names each side's fiscal year from its title, year over year", async () => {
    const title2567 = TITLE_12_MONTHS.replace(/๒๕๖๖/g, "๒๕๖๗").replace("๒๕๖๕", "๒๕๖๖");
    const nextYear = await editedXlsx(twelve, [{ row: 0, col: 0, value: title2567 }]);
    const r = await run(["2566.xlsx", "2567.xlsx"], { "2566.xlsx": twelve, "2567.xlsx": nextYear });
    expect(r.out.split("\n").slice(1, 3)).toEqual([
      '  ก่อน: 2566.xlsx แผ่นงาน "HR Scorecard" · ปีงบประมาณ พ.ศ. ๒๕๖๖ รอบ ๑๒ เดือน',
      '  หลัง: 2567.xlsx แผ่นงาน "HR Scorecard" · ปีงบประมาณ พ.ศ. ๒๕๖๗ รอบ ๑๒ เดือน',
    ]);
    const doc: CompareJson = JSON.parse((await run(["2566.xlsx", "2567.xlsx", "--json"], { "2566.xlsx": twelve, "2567.xlsx": nextYear })).out);
    expect([doc.old.fiscalYear, doc.new.fiscalYear, doc.totalChange]).toEqual([2566, 2567, 0]);
  });

  it("reports in English with --lang en, in Arabic digits", async () => {
    const r = await run(["6m.xlsx", "12m.xlsx", "--lang", "en"]);
    expect(r.code).toBe(0);
    expect(r.out.split("\n").slice(0, 5)).toEqual([
      "Two rounds of an HR Scorecard compared",
      '  Before: 6m.xlsx, sheet "HR Scorecard" · fiscal year 2566 B.E., 6-month round',
      '  After: 12m.xlsx, sheet "HR Scorecard" · fiscal year 2566 B.E., 12-month round',
      "",
      "HR Scorecard total (out of 100): 28.83 → 69.90 (▲ +41.08)",
    ]);
    expect(r.out).toContain("\nResults came in (12)\n");
    expect(r.out).toContain("\nStill pending (1)\n");
  });

  it("--json prints one document: both sides, the total's, dimensions' and each KPI's change", async () => {
    const r = await run(["6m.xlsx", "12m.xlsx", "--json"]);
    expect(r.code).toBe(0);
    const doc: CompareJson = JSON.parse(r.out);
    expect(Object.keys(doc)).toEqual(["old", "new", "totalChange", "dimensions", "goals", "kpis", "ambiguous"]);
    expect(doc.old).toEqual({ file: "6m.xlsx", sheet: "HR Scorecard", fiscalYear: 2566, round: 6, total: 28.825 });
    expect(doc.new).toEqual({ file: "12m.xlsx", sheet: "HR Scorecard", fiscalYear: 2566, round: 12, total: 69.9 });
    expect(doc.totalChange).toBe(41.075);
    expect(doc.dimensions.map((d) => d.change)).toEqual([6.75, 3, 18, 2, 11.325]);
    expect(doc.kpis.find((k) => k.id === "2.1")).toMatchObject({ old: { level: 4, points: 4, status: "ok" }, new: { level: 5, points: 5, status: "ok" }, change: "up" });
    expect(doc.kpis.find((k) => k.id === "2.3")).toMatchObject({ name: RENAMED_2_3, change: "unchanged" });
    expect(doc.kpis.find((k) => k.id === "2.3")!.oldName).toMatch(/^๒\.๓ /);
    expect(doc.kpis.find((k) => k.id === "5.4")).toMatchObject({ old: { level: null, points: 0, status: "pending" }, new: null, change: "removed" });
    expect(doc.kpis.find((k) => k.id === "5.5")).toMatchObject({ old: null, new: { level: 5, points: 2.625 }, change: "added" });
  });

  it("lists the KPIs it could not pair, with what each could be", async () => {
    const grid = (await openXlsx(six)).readGrid("HR Scorecard");
    const files = { "6m.xlsx": six, "12m.xlsx": await editedXlsx(six, ambiguousEdits(grid)) };
    const r = await run(["6m.xlsx", "12m.xlsx"], files);
    expect(r.code).toBe(0);
    expect(r.out).toMatch(/\nจับคู่ไม่ได้ \(เลขหรือชื่อซ้ำกัน ตรวจดูเอง\) \(๓\)\n {2}ก่อน ๓\.๖ [^\n]*: อาจเป็น หลัง ๓\.๘ หรือ ๓\.๙\n/);
    const doc: CompareJson = JSON.parse((await run(["6m.xlsx", "12m.xlsx", "--json"], files)).out);
    expect(doc.ambiguous.map((a) => [a.old, a.new])).toEqual([[["3.6"], ["3.8", "3.9"]]]);
  });

  it("compares two 5-point tables; refuses a 5-point table against an HR Scorecard (exit 1)", async () => {
    const same = await run(["a.xlsx", "b.xlsx", "--lang", "en"], { "a.xlsx": AGENCY, "b.xlsx": AGENCY });
    expect(same.code).toBe(0);
    expect(same.out).toMatch(/^Two rounds of a performance agreement compared\n/);
    expect(same.out).toMatch(/\nTotal \(out of 5\): 2\.5529 → 2\.5529 \(= 0\.0000\)\n/);
    // Each KPI's score to 4 decimals, as the sheet and the summary write it ("score 5.0000", never "score 5").
    const scores = [...same.out.matchAll(/score (\d+(?:\.\d+)?) → score (\d+(?:\.\d+)?)/g)].flatMap((m) => [m[1], m[2]]);
    expect(scores.length).toBeGreaterThan(0);
    expect(scores.every((x) => /^\d\.\d{4}$/.test(x))).toBe(true);
    const mixed = await run(["6m.xlsx", "a.xlsx"], { "6m.xlsx": six, "a.xlsx": AGENCY });
    expect(mixed.code).toBe(1);
    expect(mixed.out).toBe("");
    expect(mixed.err).toMatch(/^เทียบกันไม่ได้: [^\n]+\nCannot compare: sheet "HR Scorecard" is an HR Scorecard \(out of 100\) but sheet "สรุปผลคำรับรอง" is a 5-point table/);
  });

  it("prints the usage, which names it, on --help (exit 0)", async () => {
    const r = await run(["6m.xlsx", "--help"]);
    expect([r.code, r.out]).toEqual([0, `${USAGE}\n`]);
    expect(USAGE).toContain("scorecard compare OLD.xlsx NEW.xlsx [-o CHANGES.xlsx | -o CHANGES.csv] [--sheet NAME] [--json] [--lang en]");
    expect(USAGE).toContain("scorecard compare FILE.xlsx [--sheet OLD_SHEET --sheet NEW_SHEET] [same options]");
  });

  it("exits 1 on bad usage and a missing file, 2 on a file without a scorecard", async () => {
    const three = await run(["6m.xlsx", "12m.xlsx", "6m.xlsx"]);
    expect(three.code).toBe(1);
    expect(three.err).toContain("ต้องระบุสองไฟล์");
    // One file of one round: nothing to compare it with, and the sentence says what to give.
    const one = await run(["6m.xlsx"]);
    expect(one.code).toBe(1);
    expect(one.err).toContain(`6m.xlsx แผ่นงาน "HR Scorecard" มีผลรอบเดียว: ระบุสองไฟล์`);
    const missing = await run(["6m.xlsx", "nope.xlsx"]);
    expect(missing.code).toBe(1);
    expect(missing.err).toContain("nope.xlsx");
    const none = await run(["6m.xlsx", "none.xlsx"], { "6m.xlsx": six, "none.xlsx": new Uint8Array(fs.readFileSync(`${__dirname}/fixtures/no-scorecard.xlsx`)) });
    expect(none.code).toBe(2);
    expect(none.err).toContain("none.xlsx");
    expect((await run(["6m.xlsx", "12m.xlsx", "--sheet", "ไม่มี"])).code).toBe(1);
  });
});
