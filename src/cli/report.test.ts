// The command's readable report: its numbers in the sheet's digits (Thai report only), as the pane shows them.
import { loadGrid, numericCells, OFFICIAL, withCells } from "../../test/fixtures/grids";
import { type Grid } from "../scorecard";
import { summaryText } from "./report";
import { scorecardOf } from "../../test/fixtures/scored";

let grid: Grid;

beforeAll(async () => {
  grid = await loadGrid(OFFICIAL);
});

describe("summaryText", () => {
  it("writes the Thai report of a Thai-digit sheet in Thai digits, addresses as Excel names them", () => {
    const card = scorecardOf(grid);
    const stale = card.plan.writes.filter((w) => w.address === "O27").map((w) => ({ ...w, previous: { ...w.previous, value: 28.3 } }));
    const text = summaryText(card, "th", 1, stale, [], false);
    const lines = text.split("\n");
    expect(lines[0]).toBe('แผ่นงาน "HR Scorecard" · ตัวชี้วัด ๒๒: รายงานผลแล้ว ๘ · รอผล ๑๔ · ไม่มีข้อมูล ๐ · ข้อผิดพลาด ๐');
    expect(lines[2]).toMatch(/^ {2}๑\. ความสอดคล้องเชิงยุทธศาสตร์ +๑๕ +๓\.๐๐$/);
    expect(lines[7]).toMatch(/^ {2}คะแนน HR Scorecard \(เต็ม ๑๐๐\) +๒๘\.๘๓$/);
    expect(text).toContain("ค่าที่จะเปลี่ยนจากที่กรอกไว้เมื่อคำนวณ (๑):\n    O27: ๒๘.๓๐ → ๒๘.๘๓\n");
    expect(text).toContain("  ข้อสังเกต (๑๔):\n");
    expect(lines[lines.length - 1]).toBe("  ๑ คงสูตรเดิมไว้ (ใช้ --overwrite-formulas เพื่อเขียนทับ)");
    expect(text.replace(/\b[A-Z]{1,3}[0-9]+\b/g, "")).not.toMatch(/[0-9]/); // no Arabic digit outside a cell address
  });

  it("keeps the number columns aligned whatever the digits", () => {
    const rows = summaryText(scorecardOf(grid), "th", 0, [], [], false).split("\n").slice(1, 8);
    const ends = rows.map((row) => [...row.replace(/[\u0E31\u0E34-\u0E3A\u0E47-\u0E4E]/g, "")].length);
    expect(new Set(ends).size).toBe(1);
  });

  it("writes Arabic digits in English, and in Thai when the sheet itself writes Arabic digits", () => {
    const en = summaryText(scorecardOf(grid), "en", 0, [], [], false);
    expect(en).toContain("KPIs 22: reported 8 · pending 14");
    expect(en).toMatch(/HR Scorecard total \(out of 100\) +28\.83/);
    const arabicSheet = scorecardOf(numericCells(grid));
    expect(arabicSheet.thaiDigits).toBe(false);
    const th = summaryText(arabicSheet, "th", 0, [], [], false);
    expect(th).toContain("ตัวชี้วัด 22: รายงานผลแล้ว 8 · รอผล 14");
    expect(th).toMatch(/คะแนน HR Scorecard \(เต็ม 100\) +28\.83/);
  });

  it("says how many of the pending results are due by now, on the year-end report", () => {
    const title = "กรมส่งเสริมสหกรณ์ ปีงบประมาณ พ.ศ. ๒๕๖๖ ( ๑ ตุลาคม ๒๕๖๕ ถึง ๓๐ กันยายน ๒๕๖๖) ๑๒ เดือน";
    const card = scorecardOf(withCells(grid, [[0, 0, title], [8, 16, "รอผล"]])); // "รอผล" names no month
    expect(summaryText(card, "th", 0, [], [], false).split("\n")[0]).toBe(
      'แผ่นงาน "HR Scorecard" · ตัวชี้วัด ๒๒: รายงานผลแล้ว ๘ · รอผล ๑๔ (ควรทราบผลแล้ว ๑๓) · ไม่มีข้อมูล ๐ · ข้อผิดพลาด ๐',
    );
    expect(summaryText(card, "en", 0, [], [], false)).toContain("reported 8 · pending 14 (due by now 13) · missing 0");
  });
});
