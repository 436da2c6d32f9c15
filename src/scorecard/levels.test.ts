import { definedTargets, isDescending, linearLevel, stepLevel, targetsInOrder } from "./levels";

const up = [60, 65, 70, 75, 80];
const down = [10, 8, 6, 4, 2]; // e.g. complaints: fewer is better
const partial = [null, null, 1, 2, 3]; // KPI 3.4: levels 1 and 2 are "-"

describe("stepLevel (the official rule)", () => {
  it.each([
    [59.9, 0], [60, 1], [64.99, 1], [65, 2], [79, 4], [80, 5], [100, 5],
  ])("ascending targets, result %p → level %p", (result, level) => {
    expect(stepLevel(up, result)).toBe(level);
  });
  it.each([
    [11, 0], [10, 1], [9, 1], [8, 2], [2, 5], [0, 5],
  ])("descending targets (lower is better), result %p → level %p", (result, level) => {
    expect(stepLevel(down, result)).toBe(level);
  });
  it.each([
    [0, 0], [1, 3], [2, 4], [3, 5], [7, 5],
  ])("levels marked '-' are skipped: result %p → level %p", (result, level) => {
    expect(stepLevel(partial, result)).toBe(level);
  });
  it("reproduces the official sheet's computed levels", () => {
    expect(stepLevel([20, 21, 22, 23, 24], 20)).toBe(1); // 3.3
    expect(stepLevel([60, 65, 70, 75, 80], 83.8)).toBe(5); // 5.3
    expect(stepLevel([60, 70, 80, 90, 100], 80)).toBe(3); // 2.4
    expect(stepLevel([96, 97, 98, 99, 100], 100)).toBe(5); // 2.3
  });
  it("gives 0 when no level is defined", () => {
    expect(stepLevel([null, null, null, null, null], 50)).toBe(0);
  });
});

describe("linearLevel", () => {
  it("scores between targets in proportion", () => {
    expect(linearLevel(up, 67.5)).toBeCloseTo(2.5, 10);
    expect(linearLevel(up, 60)).toBe(1);
    expect(linearLevel(up, 59)).toBe(0);
    expect(linearLevel(up, 80)).toBe(5);
    expect(linearLevel(up, 95)).toBe(5);
  });
  it("works for descending targets", () => {
    expect(linearLevel(down, 7)).toBeCloseTo(2.5, 10);
  });
  it("spans undefined levels", () => {
    expect(linearLevel([60, null, 70, 75, 80], 65)).toBeCloseTo(2, 10);
  });
  it("stays at the level when the next target is equal", () => {
    expect(linearLevel([1, 1, 2, 3, 4], 1)).toBe(2);
  });
});

describe("target order", () => {
  it("tells ascending, descending and out of order apart", () => {
    expect(isDescending(up)).toBe(false);
    expect(isDescending(down)).toBe(true);
    expect(targetsInOrder(up)).toBe(true);
    expect(targetsInOrder(down)).toBe(true);
    expect(targetsInOrder(partial)).toBe(true);
    expect(targetsInOrder([60, 70, 65, 75, 80])).toBe(false);
    expect(targetsInOrder([10, 8, 9, 4, 2])).toBe(false);
  });
  it("lists defined targets with their levels", () => {
    expect(definedTargets(partial)).toEqual([[3, 1], [4, 2], [5, 3]]);
  });
});
