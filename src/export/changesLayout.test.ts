import { blockSheet } from "../../test/fixtures/blockGrids";
import { loadGrid, OFFICIAL } from "../../test/fixtures/grids";
import { ambiguousEdits, editedGrid } from "../../test/fixtures/rounds";
import { changesLayout, roundName } from "./changesLayout";
import { numerals } from "../scorecard";
import { comparisonOf as compared, scorecardOf as scored } from "../../test/fixtures/scored";

const SIDES = { old: { file: "a.xlsx" }, new: { file: "b.xlsx" } };

describe("changesLayout", () => {
  it("a KPI the rules could not pair says which KPIs of the other round it could be", async () => {
    const six = await loadGrid(OFFICIAL);
    const c = compared(scored(six), scored(editedGrid(six, ambiguousEdits(six))));
    const rows = changesLayout(c, SIDES, true).rows;
    const unpaired = rows.filter((r) => String(r.cells[7] ?? "").startsWith("จับคู่ไม่ได้"));
    expect(unpaired.length).toBeGreaterThan(0);
    // Old 3.6 could be new 3.8 or 3.9: the row of the earlier 3.6 names both.
    const old36 = unpaired.find((r) => r.cells[0] === "๓.๖" && r.cells[4] !== "-")!;
    expect(old36.cells[7]).toBe("จับคู่ไม่ได้: อาจเป็น ๓.๘ หรือ ๓.๙");
    expect(rows.find((r) => r.cells[0] === "จับคู่ไม่ได้ (" + numerals(true).plain(unpaired.length) + ")")).toBeDefined();
  });

  it("5-point rounds: scores to 4 decimals, the score's own name in the headings, Arabic digits as the sheet", () => {
    const card = (results: (number | null)[]) => scored(blockSheet({ scale: 5, headings: ["รอบ 6 เดือน"], results: [results] }).grid);
    const c = compared(card([3, 4, 2]), card([4, 4, null]));
    const layout = changesLayout(c, SIDES, false);
    const header = layout.rows.find((r) => r.cells[0] === "ตัวชี้วัดที่")!;
    expect(header.cells.slice(2, 4)).toEqual(["ค่าคะแนนที่ได้ก่อน", "ค่าคะแนนที่ได้หลัง"]);
    const total = layout.rows.find((r) => r.style === "total")!;
    expect(total.cells[1]).toBe("คะแนนรวม (เต็ม 5)");
    // 3.1000 → 3.2000: KPI 1 up 0.5, KPI 3 now blank counts 0 (−0.4).
    expect(total.cells.slice(4, 7)).toEqual([{ number: 3.1, decimals: 4 }, { number: expect.closeTo(3.2, 9), decimals: 4 }, "▲ +0.1000"]);
    const up = layout.rows.find((r) => r.cells[7] === "ดีขึ้น")!;
    expect(up.cells.slice(2, 7)).toEqual([{ number: 3, decimals: 0 }, { number: 4, decimals: 0 }, { number: 1.5, decimals: 4 }, { number: 2, decimals: 4 }, "▲ +0.5000"]);
  });

  it("names a round by its title's year and round, and its block", () => {
    const n = numerals(true);
    const side = { sheetName: "x", title: "", total: 0, totalText: "" };
    expect(roundName({ ...side, fiscalYear: 2566, roundMonths: 6 }, n)).toBe("ปีงบประมาณ พ.ศ. ๒๕๖๖ รอบ ๖ เดือน");
    expect(roundName({ ...side, fiscalYear: null, roundMonths: null, block: "รอบ  9\nเดือน" }, n)).toBe("รอบ 9 เดือน");
    expect(roundName({ ...side, fiscalYear: null, roundMonths: null }, n)).toBe("");
  });

  it("the groups the sheet names: the HR Scorecard's dimensions, then its goals; none for a 5-point table without group rows", async () => {
    const six = await loadGrid(OFFICIAL);
    const hr = changesLayout(compared(scored(six), scored(six)), SIDES, true).rows;
    const goalHeader = hr.findIndex((r) => r.style === "header" && r.cells[1] === "เป้าประสงค์ (CSF)");
    const totalAt = hr.findIndex((r) => r.style === "total");
    expect(hr.filter((r) => r.style === "group").map((r) => r.cells[0])).toEqual(["๑", "๒", "๓", "๔", "๕"]);
    expect(totalAt - goalHeader - 1).toBe(scored(six).goals.length);
    expect(hr.slice(goalHeader + 1, totalAt).every((r) => r.style === "subitem" && r.cells[6] === "= ๐.๐๐")).toBe(true);
    const card = scored(blockSheet({ scale: 5, headings: ["รอบ 6 เดือน"], results: [[3, 4, 2]] }).grid);
    const five = changesLayout(compared(card, card), SIDES, false).rows;
    expect(five.filter((r) => r.style === "group" || r.style === "subitem")).toEqual([]);
  });
});
