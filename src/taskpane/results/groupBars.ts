// The bars under the total: the HR Scorecard's dimensions (points against the dimension's weight); a 5-point table's
// groups as its group rows make them (มิติ…, ประเด็นยุทธศาสตร์…, and เป้าประสงค์… a level down), each with the sum of its
// weighted scores.
import type { Scorecard } from "../../scorecard";

export interface GroupBar {
  key: string;
  name: string;
  /** 0: a dimension (or a group with none above it); 1: a goal row under a dimension row. */
  depth: 0 | 1;
  points: number;
  /**
   * What the points are out of, the bar's full length: the HR Scorecard dimension's weight; on the 5-point scale
   * the group's stated share ("น้ำหนักร้อยละ 50") of the total's 5. Null: the sheet states none, and no bar is drawn.
   */
  fullMark: number | null;
}

export function groupBars(card: Pick<Scorecard, "scale" | "dimensions" | "goals">): GroupBar[] {
  if (card.scale !== 5) {
    return card.dimensions.map((d, i) => ({ key: `d${i}`, name: d.name, depth: 0, points: d.points, fullMark: d.weight }));
  }
  const share = (weight: number | null) => (weight === null ? null : (weight / 100) * card.scale);
  const bars: GroupBar[] = [];
  // Only groups the sheet has a row for: the engine names the others after their dimension ("มิติ 1") or gives a
  // dimension's KPIs a goal of the same name, and a bar for those would repeat its neighbour or the total.
  card.dimensions.forEach((d, i) => {
    const row = d.labelRow !== undefined;
    if (row) bars.push({ key: `d${i}`, name: d.name, depth: 0, points: d.points, fullMark: share(d.weight) });
    for (const gi of d.goals) {
      const g = card.goals[gi];
      if (g.labelRow !== undefined) bars.push({ key: `g${gi}`, name: g.name, depth: row ? 1 : 0, points: g.points, fullMark: share(g.weight) });
    }
  });
  return bars;
}
