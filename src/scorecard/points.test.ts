import { clean, countedWeight, kpiPoints, pointsAt, sum, weightedScore } from "./points";

describe("kpiPoints = level/5 × KPI% × goal% × dimension weight", () => {
  it.each([
    [2, 100, 50, 15, 3], // 1.3
    [4, 25, 100, 20, 4], // 2.1
    [1, 100, 20, 30, 1.2], // 3.3
    [5, 50, 50, 20, 5], // 4.2
    [5, 25, 70, 15, 2.625], // 5.3
    [0, 50, 50, 15, 0],
  ])("level %p, weights %p/%p/%p → %p (official sheet)", (level, wk, wg, wd, points) => {
    expect(kpiPoints(level, wk, wg, wd)).toBe(points);
  });
  it("is 0 without a level or any weight", () => {
    expect(kpiPoints(null, 50, 50, 15)).toBe(0);
    expect(kpiPoints(5, null, 50, 15)).toBe(0);
    expect(kpiPoints(5, 50, null, 15)).toBe(0);
    expect(kpiPoints(5, 50, 50, null)).toBe(0);
  });
  it("handles fractional (linear) levels", () => {
    expect(kpiPoints(2.5, 100, 100, 20)).toBe(10);
  });
});

describe("sum", () => {
  it("adds the official dimensions to exactly 28.825", () => {
    expect(sum([3, 12, 1.2, 10, 2.625])).toBe(28.825);
  });
  it("drops float noise", () => {
    expect(0.1 + 0.2).not.toBe(0.3);
    expect(sum([0.1, 0.2])).toBe(0.3);
    expect(clean(1.2000000000000002)).toBe(1.2);
  });
});

describe("pointsAt", () => {
  it("adds the points at the given indexes as sum() adds them", () => {
    const items = [3, 12, 0.1, 1.2, 0.2].map((points) => ({ points }));
    expect(pointsAt(items, [2, 4])).toBe(sum([0.1, 0.2]));
    expect(pointsAt(items, [0, 1, 3])).toBe(16.2);
    expect(pointsAt(items, [])).toBe(0);
  });
});

describe("the 5-point scale's weighted score", () => {
  const kpis = [
    { weight: 25, status: "ok" },
    { weight: 15, status: "pending" },
    { weight: 15, status: "excluded" },
    { weight: null, status: "missing" },
  ];
  it("counts every weight but the excluded KPIs', and the pending ones' too unless asked", () => {
    expect(countedWeight(kpis, false)).toBe(40);
    expect(countedWeight(kpis, true)).toBe(25);
    expect(countedWeight([{ weight: 0.2, status: "ok" }, { weight: 0.1, status: "ok" }], false)).toBe(0.3);
  });
  it("is weight × score ÷ the counted weights, 0 without a score, weight or counted weight", () => {
    expect(weightedScore(3.6, 25, 85)).toBe(90 / 85);
    expect(weightedScore(null, 25, 85)).toBe(0);
    expect(weightedScore(4, null, 85)).toBe(0);
    expect(weightedScore(4, 25, 0)).toBe(0);
  });
});
