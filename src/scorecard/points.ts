// Step 5, points: level/5 × KPI weight% × goal weight% × dimension weight; goal, dimension and total are sums.
// On the 5-point scale: weight × score ÷ the weights that count (weightedScore); the same sums.

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

/** 5-point scale: the weighted score, weight × score ÷ the sum of the weights that count; 0 where there is none. */
export function weightedScore(score: number | null, weight: number | null, countedWeights: number): number {
  if (score === null || weight === null || countedWeights <= 0) return 0;
  // Not rounded to 12 digits as the HR Scorecard's points are: these are the scores the agencies' own sheets
  // compute (=D7*K7/SUM(…)), to the last bit.
  return (weight * score) / countedWeights;
}

/**
 * 5-point scale: the weights that count. Cancelled and next-round KPIs ("excluded") never do; pending ones do
 * (they score 0) unless the sheet's setting leaves them out too (the total over reported KPIs only).
 */
export function countedWeight(kpis: readonly { weight: number | null; status: string }[], pendingOutOfSum: boolean): number {
  let sum = 0;
  for (const k of kpis) {
    if (k.weight === null || k.status === "excluded" || (pendingOutOfSum && k.status === "pending")) continue;
    sum += k.weight;
  }
  return clean(sum); // 0.2 + 0.15 + … is 1 to the officer
}

/** The points of `items` at `indexes` added in order, unrounded (the 5-point scale's group sums). */
export function exactPointsAt(items: readonly { points: number }[], indexes: readonly number[]): number {
  let points = 0;
  for (const i of indexes) points += items[i].points;
  return points;
}
