// What the settings show and what a change to them means: kept apart from the components so it can be tested.
import type { Scale, ScoringMethod, SheetSettings } from "../../scorecard";

/** The method the sheet is scored by: its own choice, else its scale's (interpolation out of 5, the step out of 100). */
export function shownMethod(settings: SheetSettings, scale: Scale | undefined): ScoringMethod {
  return settings.method ?? (scale === 5 ? "linear" : "step");
}

/**
 * What a change of settings does to the total: "method" or "setting" when the next recalculation scores differently
 * (the method, or on a 5-point table whether pending KPIs keep their weight); null when only the mapping or nothing
 * changed. Choosing the method the scale uses anyway changes no score.
 */
export function scoringChange(before: SheetSettings, after: SheetSettings, scale: Scale | undefined): "method" | "setting" | null {
  if (shownMethod(before, scale) !== shownMethod(after, scale)) return "method";
  if ((before.pendingOutOfSum === true) !== (after.pendingOutOfSum === true)) return "setting";
  return null;
}
