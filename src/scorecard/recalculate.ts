// The recalculation every front end runs (task pane, ribbon command, command line, preview):
// read → analyze → ask consent where cells would change → write. One read and one write through the host.
import { PartialWriteError, type ApplyOptions, type ScorecardHost, type UndoRecord } from "./host";
import { analyze } from "./analyze";
import type { AnalyzeResult, CellWrite, NotAScorecard, Scorecard, ScoringMethod, WritePlan } from "./types";

export type RecalcStep = "reading" | "analyzing" | "confirming" | "writing" | "done";

/** What the user is asked before cells change. */
export interface ChangePreview {
  /** Non-empty output cells that will get a different value. */
  changed: CellWrite[];
  /** Output cells holding a formula (never overwritten without consent). */
  formulas: CellWrite[];
  /** The sheet writes its numbers in Thai digits: show the values the same way. */
  thaiDigits: boolean;
}

export interface Consent {
  proceed: boolean;
  overwriteFormulas: boolean;
}

export interface RecalcOptions {
  method?: ScoringMethod;
  highlights?: boolean;
  /** Asked only when the preview is not empty; without it, changed values are written and formulas kept. */
  confirm?: (preview: ChangePreview) => Promise<Consent>;
  onProgress?: (step: RecalcStep) => void;
  /** Passed to the host's applyPlan (ApplyOptions.undo); false where nobody will undo (the command line). */
  undo?: boolean;
}

export type RecalcOutcome =
  | { status: "done"; scorecard: Scorecard; preview: ChangePreview; undo: UndoRecord; skippedFormulas: CellWrite[] }
  | { status: "cancelled"; scorecard: Scorecard; preview: ChangePreview }
  | { status: "not-a-scorecard"; reason: NotAScorecard };

export function previewChanges(scorecard: Scorecard): ChangePreview {
  const { writes } = scorecard.plan;
  return {
    changed: writes.filter((w) => w.changesValue && !w.overwritesFormula),
    formulas: writes.filter((w) => w.overwritesFormula),
    thaiDigits: scorecard.thaiDigits,
  };
}

/** The plan minus the formula cells the user did not agree to overwrite. */
export function consentedPlan(plan: WritePlan, overwriteFormulas: boolean): WritePlan {
  if (overwriteFormulas) return plan;
  return { ...plan, writes: plan.writes.filter((w) => !w.overwritesFormula) };
}

/**
 * Reads a sheet and analyses it with the settings saved for it (the scoring method, unless `method` overrides
 * it, and a hand-made column mapping): what every recalculation and every export starts with.
 * `onRead` is called between the read and the analysis (progress).
 */
export async function analyzeSheet(host: ScorecardHost, sheetName: string, method?: ScoringMethod, onRead?: () => void): Promise<AnalyzeResult> {
  const [grid, settings] = await Promise.all([host.readGrid(sheetName), host.loadSettings(sheetName)]);
  onRead?.();
  return analyze(grid, { method: method ?? settings.method, mapping: settings.mapping, pendingOutOfSum: settings.pendingOutOfSum });
}

export async function recalculate(host: ScorecardHost, sheetName: string, options: RecalcOptions = {}): Promise<RecalcOutcome> {
  const progress = options.onProgress ?? (() => undefined);
  progress("reading");
  const result = await analyzeSheet(host, sheetName, options.method, () => progress("analyzing"));
  if (!result.ok) return { status: "not-a-scorecard", reason: result.reason };
  const scorecard = result.scorecard;

  let consent: Consent = { proceed: true, overwriteFormulas: false };
  const preview = previewChanges(scorecard);
  if (options.confirm && (preview.changed.length > 0 || preview.formulas.length > 0)) {
    progress("confirming");
    consent = await options.confirm(preview);
    if (!consent.proceed) return { status: "cancelled", scorecard, preview };
  }
  progress("writing");
  const plan = consentedPlan(scorecard.plan, consent.overwriteFormulas);
  const applyOptions: ApplyOptions = { highlights: options.highlights ?? true };
  if (options.undo === false) applyOptions.undo = false;
  const undo = await host.applyPlan(plan, applyOptions);
  progress("done");
  const skippedFormulas = consent.overwriteFormulas ? [] : preview.formulas;
  return { status: "done", scorecard, preview, undo, skippedFormulas };
}

/**
 * The undo record a failed recalculation leaves: a write Excel stopped part-way (PartialWriteError) changed
 * some cells, and ย้อนกลับ must be able to put them back, so the pane and the ribbon keep this record on their
 * undo stack as they keep a finished run's. null when nothing was written.
 */
export function undoAfterFailure(error: unknown): UndoRecord | null {
  return error instanceof PartialWriteError && error.undo.cells.length > 0 ? error.undo : null;
}
