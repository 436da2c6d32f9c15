import { analyze, compare, type Comparison } from "../../scorecard";
import { changeGroups, currentCell, direction, unchangedCount } from "./compareModel";
import { editedGrid, TWELVE_MONTHS } from "../../../test/fixtures/rounds";
import { loadGrid, OFFICIAL } from "../../../test/fixtures/grids";

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
