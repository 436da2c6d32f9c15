import * as path from "path";
import { analyze, compare, type Comparison, type Scorecard } from "../../scorecard";
import { changeGroups, currentCell, direction, listedDimensions, sideText, unchangedCount } from "./compareModel";
import { makeUi } from "../strings/ui";
import { editedGrid, TWELVE_MONTHS } from "../../../test/fixtures/rounds";
import { blockSheet } from "../../../test/fixtures/blockGrids";
import { FIXTURES, loadGrid, OFFICIAL } from "../../../test/fixtures/grids";

async function comparison(): Promise<Comparison> {
  const six = await loadGrid(OFFICIAL);
  const [before, after] = [analyze(six), analyze(editedGrid(six, TWELVE_MONTHS))];
  if (!before.ok || !after.ok) throw new Error("the official sheet is a scorecard");
  const result = compare(before.scorecard, after.scorecard);
  if (!result.ok) throw new Error("same scale");
  return result.comparison;
}

test("direction follows the figure shown: a change that rounds to zero reads as unchanged", () => {
  expect(direction(41.075, 2)).toBe("up");
  expect(direction(-1, 2)).toBe("down");
  expect(direction(0.004, 2)).toBe("same");
  expect(direction(0.004, 4)).toBe("up");
});

test("the 6- and 12-month rounds group as the fixture's edits made them, unchanged KPIs counted apart", async () => {
  const c = await comparison();
  const groups = changeGroups(c);
  const ids = (change: string) => groups.find((g) => g.change === change)?.kpis.map((k) => k.new?.id ?? k.old?.id);
  expect(groups.map((g) => g.change)).toEqual(["came-in", "up", "down", "newly-pending", "still-pending", "added", "removed"]);
  expect(ids("came-in")).toHaveLength(12);
  expect(ids("up")).toEqual(["2.1"]);
  expect(ids("down")).toEqual(["2.4"]);
  expect(ids("newly-pending")).toEqual(["4.2"]);
  expect(ids("still-pending")).toEqual(["3.4"]);
  expect(ids("added")).toEqual(["5.5"]);
  expect(ids("removed")).toEqual(["5.4"]);
  expect(unchangedCount(c)).toBe(5);
});

test("a KPI is clickable to its cell on the current sheet; one the current sheet no longer has is not", async () => {
  const groups = changeGroups(await comparison());
  const up = groups.find((g) => g.change === "up")!.kpis[0];
  const removed = groups.find((g) => g.change === "removed")!.kpis[0];
  expect(currentCell(up)).toBe("D8");
  expect(currentCell(removed)).toBeNull();
});

/** A 5-point sheet of two rounds side by side, without group rows: KPI 2 drops from 5 to 4.5 (scores in proportion). */
function fivePointRounds(): { comparison: Comparison; current: Scorecard } {
  const r = analyze(blockSheet({ scale: 5, headings: ["รอบ 9 เดือน", "รอบ 12 เดือน"], results: [[3.25, 5, 3], [4, 4.5, 3.5]] }).grid);
  if (!r.ok || !r.scorecard.blocks) throw new Error("a 5-point sheet of two blocks");
  const [before, after] = r.scorecard.blocks.map((b) => b.scorecard);
  const result = compare(before, after);
  if (!result.ok) throw new Error("same scale");
  return { comparison: result.comparison, current: after };
}

test("on a 5-point table a KPI's scores read to 4 decimals on both sides, a whole score too, as the sheet writes them", () => {
  const { comparison } = fivePointRounds();
  const down = changeGroups(comparison).find((g) => g.change === "down")!.kpis[0];
  const th = makeUi("th", false);
  expect(`${sideText(th, down.old, 5)} → ${sideText(th, down.new, 5)}`).toBe("คะแนน 5.0000 → คะแนน 4.5000");
  expect(sideText(makeUi("en"), down.old, 5)).toBe("score 5.0000");
  expect(sideText(th, null, 5)).toBe("ไม่มี");
});

test("on the HR Scorecard a level stays a whole level, in the sheet's digits", async () => {
  const up = changeGroups(await comparison()).find((g) => g.change === "up")!.kpis[0];
  expect(`${sideText(makeUi("th"), up.old, 100)} → ${sideText(makeUi("th"), up.new, 100)}`).toBe("ระดับ ๔ → ระดับ ๕");
});

test("dimensions: the HR Scorecard's five; a 5-point table's group rows only, never the group the engine names for a table without any", async () => {
  const hr = await comparison();
  expect(listedDimensions(hr)).toHaveLength(5);
  const plain = fivePointRounds();
  expect(plain.comparison.dimensions.map((d) => d.name)).toEqual(["มิติ 1"]);
  expect(listedDimensions(plain.comparison)).toEqual([]);
  const agency = analyze(await loadGrid(path.join(FIXTURES, "agency-5point.xlsx")));
  if (!agency.ok) throw new Error("the 5-point fixture is a scorecard");
  const same = compare(agency.scorecard, agency.scorecard);
  if (!same.ok) throw new Error("same scale");
  expect(listedDimensions(same.comparison).map((d) => d.name.slice(0, 9))).toEqual(["มิติที่ 1", "มิติที่ 2", "มิติที่ 3"]);
});
