// The engine's comparison as the pane lists it: the direction of a change (for its arrow and its words), the
// dimensions worth a line, each KPI's level or score, and the KPIs grouped by what happened, in the engine's order,
// leaving out those that did not move.
import { CHANGE_ORDER, namedGroups, roundForDisplay, type Comparison, type GroupComparison, type KpiChange, type KpiComparison, type KpiSide, type Scale } from "../../scorecard";
import type { Ui } from "../strings/ui";

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

/**
 * The dimensions the pane lists: those the sheet names, as the bars under the total (a 5-point table without group
 * rows gets one the engine makes, whose line would only repeat the total; GroupComparison.made).
 */
export function listedDimensions(comparison: Pick<Comparison, "dimensions">): GroupComparison[] {
  return namedGroups(comparison.dimensions);
}

/**
 * A side's level ("ระดับ ๔"), or on a 5-point table its score to 4 decimals as the sheet and the summary write it
 * ("คะแนน 5.0000 → คะแนน 4.5000", not "5 → 4.5000"); "pending", or "none" for a side without the KPI.
 */
export function sideText({ t, fmt }: Pick<Ui, "t" | "fmt">, side: KpiSide | null, scale: Scale): string {
  if (!side) return t.compare.none;
  if (side.status !== "ok" || side.level === null) return t.compare.pending;
  if (scale === 5) return t.compare.score(fmt.decimal(side.level, 4));
  return t.compare.level(Number.isInteger(side.level) ? fmt.plain(side.level) : fmt.decimal(side.level, 4));
}
