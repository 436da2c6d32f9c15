// The pane's flag groups: results due by now (pending past the month their note names), pending results, missing
// results, errors, other warnings, then (5-point scale) KPIs left out of the total and notes that ask nothing.
import type { Flag, Kpi } from "../../scorecard";

export type FlagGroupKey = "overdue" | "pending" | "missing" | "errors" | "warnings" | "excluded" | "notes";

export const FLAG_GROUP_ORDER: FlagGroupKey[] = ["overdue", "pending", "missing", "errors", "warnings", "excluded", "notes"];

export function flagGroup(flag: Flag): FlagGroupKey {
  if (flag.code === "result-overdue") return "overdue";
  if (flag.code === "result-pending") return "pending";
  if (flag.code === "result-missing") return "missing";
  // Cancelled or starting next round: left out of the total by the sheet's own decision, not a fault to fix.
  if (flag.code === "result-excluded") return "excluded";
  if (flag.severity === "error") return "errors";
  // Information only (a score typed in by a committee): worth knowing, nothing to act on.
  return flag.severity === "info" ? "notes" : "warnings";
}

export function groupFlags(flags: Flag[]): Record<FlagGroupKey, Flag[]> {
  const groups: Record<FlagGroupKey, Flag[]> = { overdue: [], pending: [], missing: [], errors: [], warnings: [], excluded: [], notes: [] };
  for (const flag of flags) groups[flagGroup(flag)].push(flag);
  return groups;
}

/**
 * The note every flag of a group quotes, when they all quote the same one (the official sheet's fourteen pending
 * results all say "ทราบผล เดือน ก.ย. ๖๖"): said once in the group's heading instead of on every item.
 */
export function sharedQuote(flags: readonly Flag[]): string | undefined {
  const first = flags[0]?.quoted;
  return first !== undefined && flags.every((f) => f.quoted === first) ? first : undefined;
}

/**
 * The KPI each flag is about, by id: made once per scorecard, as a search of the KPIs for every flag grows with
 * the product of the two (one flag per pending KPI). Where two KPIs share an id (itself flagged), the first is it.
 */
export function kpisById(kpis: readonly Kpi[]): Map<string, Kpi> {
  const byId = new Map<string, Kpi>();
  for (const k of kpis) if (!byId.has(k.id)) byId.set(k.id, k);
  return byId;
}

export function kpiOf(byId: ReadonlyMap<string, Kpi>, flag: Flag): Kpi | undefined {
  return flag.kpiId === undefined ? undefined : byId.get(flag.kpiId);
}

/**
 * A KPI's name without the unit the engine read from its parentheses ("… เรียนรู้ (สทส.) (๒)" → "… เรียนรู้ (๒)"):
 * the item names the unit once, beside the cell, instead of twice.
 */
export function nameWithoutOwner(name: string, owner: string | undefined): string {
  if (!owner) return name;
  const escaped = owner.replace(/[.*+?^${}()|[\]\\]/g, "\\$&");
  const matches = [...name.matchAll(new RegExp(`\\s*\\(\\s*${escaped}\\s*\\)`, "g"))];
  const last = matches[matches.length - 1];
  if (!last || last.index === undefined) return name;
  return (name.slice(0, last.index) + " " + name.slice(last.index + last[0].length)).replace(/\s+/g, " ").trim();
}
