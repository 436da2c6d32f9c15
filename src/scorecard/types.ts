// The engine's vocabulary. Every step of the pipeline (src/scorecard/*.ts) speaks these types,
// and every host (Excel, CLI, preview) speaks only Grid in and WritePlan out.
// Rows and columns are 0-based sheet coordinates throughout; `address` is the A1 form for people.

// Grid, RawValue and CellRange live in src/grid/types.ts (shared with the .xlsx package); re-exported here
// so every `./types` import in the engine keeps working.
import type { CellRange, Grid, RawValue } from "../grid/types";
export type { CellRange, Grid, RawValue };

/** What one cell means, once interpreted (see cellContent.ts: the one place that reads raw content). */
export type CellContent =
  | { kind: "number"; value: number; thaiDigits: boolean; percent: boolean }
  | { kind: "undefinedLevel" } // "-": this target level is not defined
  | { kind: "pending"; text: string } // "ทราบผล เดือน ก.ย. ๖๖", "รอผล", …
  | { kind: "blank" }
  | { kind: "text"; text: string } // words: names, labels, notes
  | { kind: "error"; text: string }; // "#N/A", "#DIV/0!", booleans where numbers belong

/** The columns the engine recognises. */
export type ColumnRole =
  | "dimension"
  | "goal"
  | "project"
  | "kpi"
  | "unit"
  | "target1"
  | "target2"
  | "target3"
  | "target4"
  | "target5"
  | "weightKpi"
  | "weightGoal"
  | "weightDimension"
  | "scoreKpi"
  | "scoreGoal"
  | "scoreDimension"
  | "budget"
  | "result"
  | "level";

export const TARGET_ROLES = ["target1", "target2", "target3", "target4", "target5"] as const;

/** Where the table is: header rows, body rows, and the sheet column of each recognised role. */
export interface TableLayout {
  headerTop: number;
  /** Last header row (headerTop for a one-row header, headerTop + 1 for two). */
  headerBottom: number;
  bodyTop: number;
  /** Last body row (inclusive), the row above the total row when there is one. */
  bodyBottom: number;
  /** The existing total row (`คะแนน HR Scorecard…`, `รวม…`), if any. */
  totalRow: number | null;
  columns: Partial<Record<ColumnRole, number>>;
  /** Header text per recognised column, for messages and the mapping UI. */
  labels: Partial<Record<ColumnRole, string>>;
  /** Which scale the columns make: 100 (the HR Scorecard) unless set; 5 for the performance-agreement table. */
  scale?: Scale;
  /** The 5-point table's KPI-number column (ตัวชี้วัดที่), when it has one apart from the names. */
  kpiNumberColumn?: number;
}

/**
 * The scale a table scores on: 100, the HR Scorecard (level/5 × three weights); 5, the performance-agreement
 * table (คำรับรองการปฏิบัติราชการ): a score 0–5 per KPI, weighted by one weight column, total out of 5.
 */
export type Scale = 100 | 5;

/** A user's hand-made mapping, for sheets the engine cannot read alone (kept per sheet by the host). */
export interface ColumnMapping {
  /** Sheet row of the (last) header row; the body starts below it. */
  headerRow: number;
  columns: Partial<Record<ColumnRole, number>>;
}

export type ScoringMethod = "step" | "linear";

export interface AnalyzeOptions {
  /** Default: "step" on the HR Scorecard, "linear" (interpolation) on the 5-point scale. */
  method?: ScoringMethod;
  mapping?: ColumnMapping;
  /** 5-point scale: pending KPIs leave the sum of weights (the total over reported KPIs only). */
  pendingOutOfSum?: boolean;
}

/** "excluded": cancelled or starting next round (5-point scale): left out, weight and all. */
export type KpiStatus = "ok" | "pending" | "missing" | "invalid" | "excluded";

export interface Kpi {
  /** "3.7" from "๓.๗ ร้อยละ…", else "row 12" (1-based sheet row). */
  id: string;
  row: number;
  name: string;
  /** The owning unit written in parentheses in the name (สทส., กกจ. กลุ่มวินัยฯ), or "". */
  owner: string;
  /** Address of the KPI name cell. */
  cell: string;
  /** Targets for levels 1–5; null where the level is not defined ("-") or unreadable. */
  targets: (number | null)[];
  descending: boolean;
  weight: number | null;
  /** The actual result, when the sheet has a result column. */
  result: number | null;
  /** Address of the cell the status is about: the result cell, or the level cell when levels are typed. */
  resultCell: string;
  resultRow: number;
  resultCol: number;
  level: number | null;
  /** Whether the level was computed from the result (true) or typed in the level column (false). */
  levelComputed: boolean;
  status: KpiStatus;
  points: number;
  goalIndex: number;
  dimensionIndex: number;
}

export interface Goal {
  name: string;
  /** 5-point table: the group row that names it ("เป้าประสงค์ …"), where it has one. */
  labelRow?: number;
  /** First and last sheet rows of the goal's block. */
  top: number;
  bottom: number;
  weight: number | null;
  points: number;
  dimensionIndex: number;
  kpis: number[]; // indexes into Scorecard.kpis
}

export interface Dimension {
  name: string;
  /** 5-point table: the group row that names it ("มิติที่ 1 …", "ประเด็นยุทธศาสตร์ …"), where it has one. */
  labelRow?: number;
  top: number;
  bottom: number;
  weight: number | null;
  points: number;
  goals: number[]; // indexes into Scorecard.goals
}

export type Severity = "error" | "warning" | "info";

export type FlagCode =
  | "result-pending"
  | "result-overdue"
  | "result-missing"
  | "unreadable-number"
  | "targets-not-in-order"
  | "level-out-of-range"
  | "kpi-weights-sum"
  | "goal-weights-sum"
  | "dimension-weights-sum"
  | "kpi-incomplete"
  | "duplicate-kpi"
  | "formula-in-output"
  | "no-score-column"
  | "no-total-row-space"
  | "output-cell-merged"
  | "count-line-differs"
  | "weights-sum"
  | "weight-negative"
  | "result-excluded"
  | "score-typed"
  | "score-differs";

export interface Flag {
  code: FlagCode;
  severity: Severity;
  /** A1 address of the cell the flag is about (on Grid.sheetName). */
  cell: string;
  row: number;
  col: number;
  kpiId?: string;
  /** The cell's own text the message quotes, as typed: a pending note ("ทราบผล เดือน ก.ย. ๖๖"), an unreadable value. */
  quoted?: string;
  /** Thai message naming the cell. */
  message: string;
  messageEn: string;
}

/** What kind of output a planned cell is. */
export type OutputKind = "level" | "scoreKpi" | "scoreGoal" | "scoreDimension" | "total" | "totalLabel";

/** A cell's state before the plan touches it: what undo and the overwrite preview need. */
export interface PreviousCell {
  value: RawValue;
  formula: string | null;
  numberFormat: string | null;
}

export interface CellWrite {
  row: number;
  col: number;
  address: string;
  kind: OutputKind;
  value: number | string;
  /** Number format to give the cell (Thai digits where the sheet writes Thai digits). */
  numberFormat: string | null;
  previous: PreviousCell;
  /** The cell holds a formula now: hosts must not overwrite it without the user's consent. */
  overwritesFormula: boolean;
  /** The cell is not blank and holds something other than what will be written. */
  changesValue: boolean;
}

/** Why a result cell is painted; "reported": its result is in, and the highlight an earlier run left goes. */
export type HighlightReason = "pending" | "missing" | "invalid" | "reported";

export interface Highlight {
  row: number;
  col: number;
  address: string;
  reason: HighlightReason;
  /** Fill colour as #RRGGBB: amber for pending, red for missing or unreadable; null (reported): no fill. */
  color: string | null;
}

export interface WritePlan {
  sheetName: string;
  writes: CellWrite[];
  highlights: Highlight[];
}

export interface Scorecard {
  sheetName: string;
  /** 100: the HR Scorecard; 5: the 5-point table (a KPI's level is its score 0–5, its points its weighted score). */
  scale: Scale;
  /** The text above the header (the report's title: department, fiscal year, round), lines joined by "\n". */
  title: string;
  method: ScoringMethod;
  layout: TableLayout;
  dimensions: Dimension[];
  goals: Goal[];
  kpis: Kpi[];
  total: number;
  /** The total as Excel displays it: two decimals on the HR Scorecard (28.825 → "28.83"), four on the 5-point scale. */
  totalText: string;
  /** The sheet writes its numbers in Thai digits (outputs get a Thai-digit number format). */
  thaiDigits: boolean;
  flags: Flag[];
  plan: WritePlan;
  /**
   * The heading of the result block this scorecard scores ("รอบ 6 เดือน"), on a sheet that keeps several side by side:
   * its cell's text on one line, white space folded as every label is read (cellText).
   */
  block?: string;
  /**
   * Every result block of the sheet, in sheet order, when it has two or more (see analyze.ts: the scorecard itself
   * is the latest block with results, and its plan writes every block).
   */
  blocks?: BlockScorecard[];
}

/** One result block of a sheet: its heading as the sheet writes it, the heading's cell, and its own scorecard. */
export interface BlockScorecard {
  heading: string;
  cell: string;
  scorecard: Scorecard;
}

/** The sheet holds no scorecard: what was found and what is missing, for the message and the mapping UI. */
export interface NotAScorecard {
  sheetName: string;
  found: Partial<Record<ColumnRole, string>>;
  /** Where the found columns are, and the (last) header row they were read on: null when no column was recognised. */
  columns: Partial<Record<ColumnRole, number>>;
  headerRow: number | null;
  missing: ColumnRole[];
  /** What a 5-point table (one weight column, score and weighted score) would still need. */
  missingFivePoint?: ColumnRole[];
  /** Thai and English explanations. */
  message: string;
  messageEn: string;
}

export type AnalyzeResult = { ok: true; scorecard: Scorecard } | { ok: false; reason: NotAScorecard };
