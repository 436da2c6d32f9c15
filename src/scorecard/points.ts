// Step 5, points: level/5 × KPI weight% × goal weight% × dimension weight; goal, dimension and total are sums.

/** Float noise (0.1 + 0.2) is not part of a score: keep 12 significant digits. */
export function clean(value: number): number {
  return Number(value.toPrecision(12));
}

/** A KPI's weighted points; a missing level or weight gives 0 (the flags say why). */
export function kpiPoints(level: number | null, kpiWeight: number | null, goalWeight: number | null, dimensionWeight: number | null): number {
  if (level === null || kpiWeight === null || goalWeight === null || dimensionWeight === null) return 0;
  // One division at the end keeps exact results exact: 4 × 25 × 100 × 20 / 50 000 = 4.
  return clean((level * kpiWeight * goalWeight * dimensionWeight) / (5 * 100 * 100));
}

export function sum(values: number[]): number {
  return clean(values.reduce((a, b) => a + b, 0));
}

/**
 * The points of `items` at `indexes` (a goal's KPIs, a dimension's goals), added as sum() adds them, without an
 * array of points for each of thousands of goals.
 */
export function pointsAt(items: readonly { points: number }[], indexes: readonly number[]): number {
  let points = 0;
  for (const i of indexes) points += items[i].points;
  return clean(points);
}
