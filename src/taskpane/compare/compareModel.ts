// The engine's comparison as the pane lists it: the direction of a change (for its arrow and its words), and the
// KPIs grouped by what happened, in the engine's order, leaving out those that did not move.
import { CHANGE_ORDER, roundForDisplay, type Comparison, type KpiChange, type KpiComparison } from "../../scorecard";

export type Direction = "up" | "down" | "same";

/** Up or down as the shown figure says: a change that rounds to 0.00 (or 0.0000) is "same", as its text reads. */
export function direction(change: number, decimals: number): Direction {
  const shown = roundForDisplay(change, decimals);
  return shown > 0 ? "up" : shown < 0 ? "down" : "same";
}

export const ARROW: Record<Direction, string> = { up: "▲", down: "▼", same: "=" };

/** The groups the pane lists (unchanged KPIs left out: the director asks what moved). */
export const LISTED: readonly KpiChange[] = CHANGE_ORDER.filter((c) => c !== "unchanged");

export interface ChangeGroup {
  change: KpiChange;
  kpis: KpiComparison[];
}

export function changeGroups(comparison: Pick<Comparison, "kpis">): ChangeGroup[] {
  return LISTED.map((change) => ({ change, kpis: comparison.kpis.filter((k) => k.change === change) })).filter((g) => g.kpis.length > 0);
}

/** The KPI's cell on the current sheet (the new round's); null for a KPI the current sheet no longer has. */
export function currentCell(k: KpiComparison): string | null {
  return k.new?.cell ?? null;
}

/** How many KPIs kept their level and points: said in one line instead of listed. */
export function unchangedCount(comparison: Pick<Comparison, "kpis">): number {
  return comparison.kpis.filter((k) => k.change === "unchanged").length;
}
