// The order in time of a sheet's result blocks: the latest round with results is the sheet's scorecard, the one
// before it is "the previous round" of the summary's change column and the pane's comparison, and a consolidation
// lists rounds oldest first. Blocks usually stand left to right in time, but not always ("รอบ 12 เดือน" moved left
// of "รอบ 6 เดือน"): where every heading names its round's months, those decide.
import { fromThaiDigits } from "./display";
import { parseTitle } from "./reportPeriod";
import type { Scorecard } from "./types";

/** A round that has begun: some KPI's result is in. A block nobody has filled in yet is no round to show or compare. */
export function hasResults(card: Pick<Scorecard, "kpis">): boolean {
  return card.kpis.some((k) => k.status === "ok");
}

/** The months a block's heading names: "รอบ ๖ เดือน", "ครึ่งปี", "6 months"; null when it names none. */
export function headingMonths(heading: string): number | null {
  const english = /(?<!\d)(\d{1,2})\s*months?\b/i.exec(fromThaiDigits(heading));
  return parseTitle(heading).roundMonths ?? (english ? Number(english[1]) : null);
}

/**
 * The blocks oldest first: by the months each heading names where every one names them, the sheet's order
 * breaking ties; else as the sheet orders them (months by name, assessors).
 */
export function oldestFirst<T extends { heading: string }>(blocks: readonly T[]): T[] {
  const months = blocks.map((b) => headingMonths(b.heading));
  const order = blocks.map((_, i) => i);
  if (months.every((m) => m !== null)) order.sort((a, b) => months[a]! - months[b]! || a - b);
  return order.map((i) => blocks[i]);
}
