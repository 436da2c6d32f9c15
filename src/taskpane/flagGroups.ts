// The pane's four flag groups: pending results, missing results, errors, other warnings.
import type { Flag, Kpi, Scorecard } from "../scorecard";

export type FlagGroupKey = "pending" | "missing" | "errors" | "warnings";

export const FLAG_GROUP_ORDER: FlagGroupKey[] = ["pending", "missing", "errors", "warnings"];

export function flagGroup(flag: Flag): FlagGroupKey {
  if (flag.code === "result-pending") return "pending";
  if (flag.code === "result-missing") return "missing";
  return flag.severity === "error" ? "errors" : "warnings";
}

export function groupFlags(flags: Flag[]): Record<FlagGroupKey, Flag[]> {
  const groups: Record<FlagGroupKey, Flag[]> = { pending: [], missing: [], errors: [], warnings: [] };
  for (const flag of flags) groups[flagGroup(flag)].push(flag);
  return groups;
}

export function kpiOf(scorecard: Scorecard, flag: Flag): Kpi | undefined {
  return flag.kpiId === undefined ? undefined : scorecard.kpis.find((k) => k.id === flag.kpiId);
}
