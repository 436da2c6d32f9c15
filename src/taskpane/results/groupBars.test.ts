import type { Dimension, Goal } from "../../scorecard";
import { groupBars } from "./groupBars";

const dim = (name: string, weight: number | null, points: number, goals: number[], labelRow?: number): Dimension => ({
  name, weight, points, goals, top: 0, bottom: 0, ...(labelRow === undefined ? {} : { labelRow }),
});
const goal = (name: string, weight: number | null, points: number, dimensionIndex: number, labelRow?: number): Goal => ({
  name, weight, points, dimensionIndex, kpis: [], top: 0, bottom: 0, ...(labelRow === undefined ? {} : { labelRow }),
});

test("the HR Scorecard: one bar per dimension, its points against its weight", () => {
  const bars = groupBars({ scale: 100, dimensions: [dim("๑. ความสอดคล้อง", 20, 12.5, [0])], goals: [goal("CSF", 100, 12.5, 0)] });
  expect(bars).toEqual([{ key: "d0", name: "๑. ความสอดคล้อง", depth: 0, points: 12.5, fullMark: 20 }]);
});

test("a 5-point table: its dimension rows, each against its stated share of 5, goals under them a level down", () => {
  const bars = groupBars({
    scale: 5,
    dimensions: [dim("มิติที่ 1 ด้านประสิทธิผล (น้ำหนักร้อยละ 50)", 50, 1.9412, [0, 1], 5), dim("มิติที่ 2 ด้านคุณภาพ", null, 0.6118, [2], 9)],
    goals: [goal("เป้าประสงค์ 1.1", null, 1.0588, 0, 6), goal("เป้าประสงค์ 1.2 (น้ำหนักร้อยละ 20)", 20, 0.8824, 0, 8), goal("มิติที่ 2 ด้านคุณภาพ", null, 0.6118, 1)],
  });
  expect(bars.map((b) => [b.name, b.depth, b.points, b.fullMark])).toEqual([
    ["มิติที่ 1 ด้านประสิทธิผล (น้ำหนักร้อยละ 50)", 0, 1.9412, 2.5],
    ["เป้าประสงค์ 1.1", 1, 1.0588, null],
    ["เป้าประสงค์ 1.2 (น้ำหนักร้อยละ 20)", 1, 0.8824, 1],
    // KPIs straight under the dimension row: the engine's goal of the same name is no row of the sheet's, no bar.
    ["มิติที่ 2 ด้านคุณภาพ", 0, 0.6118, null],
  ]);
});

test("a 5-point table with goal rows only: the goals at the top level; with no group rows, no bars", () => {
  const goalsOnly = groupBars({ scale: 5, dimensions: [dim("มิติ 1", null, 3, [0, 1])], goals: [goal("เป้าประสงค์ ก", 60, 2, 0, 4), goal("เป้าประสงค์ ข", 40, 1, 0, 8)] });
  expect(goalsOnly.map((b) => [b.name, b.depth, b.fullMark])).toEqual([["เป้าประสงค์ ก", 0, 3], ["เป้าประสงค์ ข", 0, 2]]);
  expect(groupBars({ scale: 5, dimensions: [dim("มิติ 1", null, 3, [0])], goals: [goal("มิติ 1", null, 3, 0)] })).toEqual([]);
});
