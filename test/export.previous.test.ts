// `scorecard export NEW.xlsx --previous OLD.xlsx`: the official sheet's 12-month copy summarised against its 6-month
// round, the change column read back from the written .xlsx and CSV; without --previous the summary has no such column.
import * as fs from "fs";
import { parseCsv } from "../src/export";
import { runMemoryCli } from "../src/cli/testing/memoryCli";
import type { Grid } from "../src/scorecard";
import { openXlsx } from "../src/xlsx";
import { OFFICIAL } from "./fixtures/grids";
import { editedXlsx, TITLE_12_MONTHS, TWELVE_MONTHS } from "./fixtures/rounds";

const six = new Uint8Array(fs.readFileSync(OFFICIAL));
const AGENCY = new Uint8Array(fs.readFileSync(`${__dirname}/fixtures/agency-5point.xlsx`));
const DAY = new Date(2026, 10, 25, 10, 0);
let twelve: Uint8Array;
let nine: Uint8Array;
beforeAll(async () => {
  twelve = await editedXlsx(six, TWELVE_MONTHS);
  // The 9-month round: its title says ๙ เดือน, and the first five results of the 12-month round are in.
  nine = await editedXlsx(six, [{ row: 0, col: 0, value: TITLE_12_MONTHS.replace("๑๒ เดือน", "๙ เดือน") }, ...TWELVE_MONTHS.slice(1, 6)]);
});
const run = (args: string[], files: Record<string, Uint8Array> = { "6m.xlsx": six, "12m.xlsx": twelve }) => runMemoryCli(args, files, { now: () => DAY });
const rowWith = (g: Grid, col: number, text: string) => g.values.findIndex((r) => r[col] === text);

describe("export --previous", () => {
  it("adds the change since the previous round: the total ▲ +๔๑.๐๘, each dimension and goal, the column named for the round", async () => {
    const r = await run(["export", "12m.xlsx", "--previous", "6m.xlsx", "-o", "s.xlsx"]);
    expect([r.code, r.err]).toEqual([0, ""]);
    const g = (await openXlsx(r.files.get("s.xlsx")!)).readGrid("สรุปผล HR Scorecard");
    const header = rowWith(g, 0, "มิติที่");
    expect(g.values[header][5]).toBe("เทียบกับรอบก่อน (ปีงบประมาณ พ.ศ. ๒๕๖๖ รอบ ๖ เดือน)");
    const total = g.values.findIndex((row, i) => i > header && row[1] === "คะแนน HR Scorecard (เต็ม ๑๐๐ คะแนน)");
    expect(g.values[total][5]).toBe("▲ +๔๑.๐๘");
    const first = rowWith(g, 0, "๑");
    expect(g.values[first][5]).toBe("▲ +๖.๗๕");
    // Every dimension and goal row between the header and the total says its change, with an arrow or "=".
    for (let i = header + 1; i < total; i++) expect(String(g.values[i][5])).toMatch(/^(▲ \+|▼ -|= )[๐-๙]+\.[๐-๙]{2}$/);
    // The title and notes span the sixth column too.
    expect(g.merges).toContainEqual({ top: 0, left: 0, bottom: 0, right: 5 });
    expect(g.merges).toContainEqual({ top: 3, left: 3, bottom: 3, right: 5 }); // the total's box, D–F

    const csv = await run(["export", "12m.xlsx", "--previous", "6m.xlsx", "-o", "s.csv"]);
    const rows = parseCsv(new TextDecoder().decode(csv.files.get("s.csv")!));
    expect(rows.find((row) => row[1] === "คะแนน HR Scorecard (เต็ม ๑๐๐ คะแนน)")?.[5]).toBe("▲ +๔๑.๐๘");
  });

  it("the reverse order reads ▼ -๔๑.๐๘; without --previous there is no sixth column", async () => {
    const back = await run(["export", "6m.xlsx", "--previous", "12m.xlsx", "-o", "b.xlsx"]);
    const g = (await openXlsx(back.files.get("b.xlsx")!)).readGrid("สรุปผล HR Scorecard");
    const total = g.values.findIndex((row) => row[1] === "คะแนน HR Scorecard (เต็ม ๑๐๐ คะแนน)");
    expect(g.values[total][5]).toBe("▼ -๔๑.๐๘");

    const plain = await run(["export", "12m.xlsx", "-o", "p.xlsx"]);
    const p = (await openXlsx(plain.files.get("p.xlsx")!)).readGrid("สรุปผล HR Scorecard");
    expect(p.values.every((row) => row.length <= 5 || row.slice(5).every((v) => v === null || v === ""))).toBe(true);
  });

  it("refuses --previous with several files, and rounds on two scales (nothing written)", async () => {
    const many = await run(["export", "12m.xlsx", "6m.xlsx", "--previous", "6m.xlsx"]);
    expect(many.code).toBe(1);
    expect(many.err).toContain("--previous ใช้กับการสรุปผลไฟล์เดียว");
    const scales = await run(["export", "12m.xlsx", "--previous", "agency.xlsx", "--lang", "en"], { "12m.xlsx": twelve, "agency.xlsx": AGENCY });
    expect(scales.code).toBe(1);
    expect(scales.err).toContain("Cannot compare");
    expect(scales.files.has("12m.summary.xlsx")).toBe(false);
  });

  it("--previous once per earlier round, oldest first: the change against the last, every round's total for the chart", async () => {
    const r = await run(["export", "12m.xlsx", "--previous", "6m.xlsx", "--previous", "9m.xlsx", "-o", "s.xlsx", "--json"], { "6m.xlsx": six, "9m.xlsx": nine, "12m.xlsx": twelve });
    expect([r.code, r.err]).toEqual([0, ""]);
    const summary = JSON.parse(r.out) as { total: number; change: { heading: string; total: number }; rounds: { label: string; total: number; current: boolean }[] };
    expect(summary.rounds.map((x) => x.label)).toEqual(["รอบ ๖ เดือน", "รอบ ๙ เดือน", "รอบ ๑๒ เดือน"]);
    expect(summary.rounds.map((x) => x.current)).toEqual([false, false, true]);
    expect(summary.rounds[0].total).toBeCloseTo(28.825, 9);
    expect(summary.rounds[2].total).toBe(summary.total);
    // The 9-month round has more in than the 6-month one and less than the 12-month one.
    expect(summary.rounds[1].total).toBeGreaterThan(summary.rounds[0].total);
    expect(summary.rounds[1].total).toBeLessThan(summary.total);
    expect(summary.change.heading).toBe("เทียบกับรอบก่อน (ปีงบประมาณ พ.ศ. ๒๕๖๖ รอบ ๙ เดือน)");
    expect(summary.change.total).toBeCloseTo(summary.total - summary.rounds[1].total, 9);

    // The report says the change and every round's total, in Thai and in English.
    const files = { "6m.xlsx": six, "9m.xlsx": nine, "12m.xlsx": twelve };
    const th = await run(["export", "12m.xlsx", "--previous", "6m.xlsx", "--previous", "9m.xlsx", "-o", "s.xlsx"], files);
    expect(th.out).toMatch(/\n {2}เทียบกับรอบก่อน \(ปีงบประมาณ พ\.ศ\. ๒๕๖๖ รอบ ๙ เดือน\): ▲ \+[๐-๙]+\.[๐-๙]{2}\n/);
    expect(th.out).toMatch(/\n {2}คะแนนรวมแต่ละรอบ: รอบ ๖ เดือน ๒๘\.๘๓ · รอบ ๙ เดือน [๐-๙.]+ · รอบ ๑๒ เดือน ๖๙\.๙๐\n/);
    const en = await run(["export", "12m.xlsx", "--previous", "6m.xlsx", "-o", "s.xlsx", "--lang", "en"], files);
    expect(en.out).toContain("\n  change since the previous round: ▲ +41.08\n  total by round: รอบ 6 เดือน 28.83 · รอบ 12 เดือน 69.90\n");
  });

  it("year over year: the chart's labels name each round's fiscal year from its title", async () => {
    const nextTitle = TITLE_12_MONTHS.replace(/๒๕๖๖/g, "๒๕๖๗").replace("ตุลาคม ๒๕๖๕", "ตุลาคม ๒๕๖๖");
    const nextYear = await editedXlsx(twelve, [{ row: 0, col: 0, value: nextTitle }]);
    const r = await run(["export", "next.xlsx", "--previous", "12m.xlsx", "-o", "y.xlsx", "--json"], { "12m.xlsx": twelve, "next.xlsx": nextYear });
    expect([r.code, r.err]).toEqual([0, ""]);
    const summary = JSON.parse(r.out) as { change: { heading: string; totalText: string }; rounds: { label: string }[] };
    expect(summary.rounds.map((x) => x.label)).toEqual(["ปีงบประมาณ ๒๕๖๖ รอบ ๑๒ เดือน", "ปีงบประมาณ ๒๕๖๗ รอบ ๑๒ เดือน"]);
    expect(summary.change.heading).toBe("เทียบกับรอบก่อน (ปีงบประมาณ พ.ศ. ๒๕๖๖ รอบ ๑๒ เดือน)");
    expect(summary.change.totalText).toBe("= ๐.๐๐");
  });
});
