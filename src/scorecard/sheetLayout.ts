// A sheet laid out as rows of cells, host-neutral: the summary (src/export/summaryLayout.ts) is laid out once
// and rendered by every writer — CSV and a new .xlsx (src/export), a sheet added to the open workbook in
// Excel (src/excel/exportSheet.ts) or to a file (src/xlsx) — so they all say the same thing. Types and tiny
// constructors only: the host interface (host.ts) names SheetLayout, and the engine stays pure.

/**
 * A number with the decimals it is shown with: 0 for weights and counts, 2 for points and percents, 4 for the
 * 5-point scale's scores and weighted scores (as its tables show them).
 */
export interface NumberCell {
  number: number;
  decimals: 0 | 2 | 4;
}

/** Text, a number, or nothing. Text in column A of body rows is centred (running numbers, KPI numbers). */
export type Cell = string | NumberCell | null;

/**
 * How a row looks; the writers map each to a font, fill, border and alignment (subitem: an indented item;
 * aside: a lighter box for a figure that must not be read as the official one).
 */
export type RowStyle = "title" | "subtitle" | "section" | "header" | "group" | "item" | "subitem" | "total" | "note" | "blank" | "aside";

export interface Row {
  style: RowStyle;
  cells: Cell[];
  /** Column spans (0-based, inclusive) merged into one cell; the value sits in the first: titles, notes, key figures. */
  merges?: [number, number][];
  /** Start a new printed page at this row (the KPI lists start on their own page). */
  pageBreakBefore?: boolean;
  /**
   * The columns the row's look (fill, borders, bold) covers, from A; the sheet's whole width when absent. A small
   * table under a wider sheet (a chart's source) keeps its borders to its own columns.
   */
  styledColumns?: number;
}

export interface SheetLayout {
  sheetName: string;
  /** Column widths in Excel's character units. */
  widths: number[];
  rows: Row[];
  /** Number formats use Thai digits ([$-D00041E]) as the source scorecard does. */
  thaiDigits: boolean;
  /** 1-based rows repeated at the top of every printed page. */
  printTitleRows?: [number, number];
  /** Rows frozen at the top when scrolling (0: none). */
  freezeRows?: number;
}

/**
 * One native chart beside the summary, drawn from a small table of its own written under the summary
 * (src/export/chartPlacement.ts): a category column and one column per series. Every writer that can draw
 * charts draws the same ones: Excel (src/excel/exportSheet.ts) and the new .xlsx (src/export/xlsxChart.ts).
 */
export interface SummaryChartData {
  /** Its name in Excel's list of charts (Selection Pane, Worksheet.charts). */
  name: string;
  /** Clustered bars (horizontal, categories top-down as in the table) or clustered columns (vertical). */
  kind: "bar" | "column";
  title: string;
  /** Heading of the source table's running number ("มิติที่", "รอบที่"). */
  numberHeading: string;
  /** Headings of the source table: the categories' column, then each series' (its name in the legend). */
  headings: string[];
  categories: string[];
  /** One list of values per series, one value per category. */
  series: number[][];
  /** Decimals each series is shown with (its cells' number format, which the data labels follow). */
  decimals: (0 | 2 | 4)[];
  /**
   * The value axis from `min` (0: a bar's length is its value, never a difference that an automatic minimum near
   * the values would make of it) to `max` (the scale's full mark where one applies), automatic when absent.
   */
  valueAxis: { min: number; max?: number };
}

/** One text across the whole row (titles, notes). */
export function textRow(style: RowStyle, text: string, columns: number): Row {
  return { style, cells: [text, ...new Array(columns - 1).fill(null)], merges: [[0, columns - 1]] };
}

export const num = (number: number, decimals: 0 | 2 | 4 = 2): NumberCell => ({ number, decimals });

export function isNumberCell(cell: Cell): cell is NumberCell {
  return cell !== null && typeof cell === "object";
}

/** Weights are usually whole; 12.5 keeps its decimals, a fraction of 1 such as 0.125 its four. */
export const weightCell = (w: number | null): Cell => (w === null ? "-" : num(w, Number.isInteger(w) ? 0 : Number.isInteger(Math.round(w * 1e6) / 1e4) ? 2 : 4));
