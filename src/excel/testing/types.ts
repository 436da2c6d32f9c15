// The shapes a test builds a mock workbook from and reads back: cells, sheets, charts and the log of what the
// adapter asked of Excel.
import type { CellRange } from "../../scorecard";

export type MockValue = string | number | boolean;

export interface MockCell {
  value: MockValue; // "" for an empty cell, as Excel reports it
  formula: string | null;
  numberFormat: string;
  fill: string | null; // #RRGGBB or null for no fill
}

export interface MockSheetInit {
  name: string;
  cells?: { row: number; col: number; cell: Partial<MockCell> }[];
  merges?: CellRange[];
  /** Review › Protect Sheet, every cell locked: writes fail, as in Excel. */
  protected?: boolean;
}

/** A chart the adapter added: its type, source and everything set on it ("title.text", "setPosition()"). */
export interface MockChart {
  type: string;
  source: string;
  seriesBy: string | undefined;
  props: Record<string, unknown>;
}

/** Everything a test may want to know about what the adapter asked of Excel. */
export interface MockLog {
  syncs: number;
  /** Estimated request bytes of each sync (values and formats sent, plus a little per operation). */
  syncBytes: number[];
  /** Response bytes of each sync: everything loaded, as JSON in UTF-8. */
  responseBytes: number[];
  runOptions: (Record<string, unknown> | undefined)[];
  /** Every property set, in order: "Sheet!A1:B2 values". */
  sets: string[];
}
