// Where the summary's charts go, for every writer that draws them (Excel: src/excel/exportSheet.ts; the new
// .xlsx: xlsxPackage.ts): under the summary, each chart on a printed page of its own, its source table first
// (a section title, headings, one row per category: running number, category, each series' value), then the
// blank rows the chart covers, so that the next chart's table starts below the previous chart, never under it.
import { columnName, num, numerals, type Row, type SheetLayout, type SummaryChartData } from "../scorecard";
import { LINE_HEIGHT, rowHeight } from "./xlsxSheet";

/** A cell the chart's corner sits on, 0-based and as A1. */
export interface ChartCell {
  row: number;
  col: number;
  address: string;
}

export interface PlacedChart {
  chart: SummaryChartData;
  /** 0-based row of the chart's section title (a new printed page starts there). */
  top: number;
  /** A1 of the source table without its running numbers: headings and values ("B30:D35"). */
  source: string;
  /** A1 of the category cells, headings left out ("B31:B35"). */
  categories: string;
  /** Per series: A1 of its heading cell (the series' name) and of its values. */
  series: { name: string; values: string }[];
  /** The first cell the chart covers (top left) and the last (bottom right), both covered whole. */
  from: ChartCell;
  to: ChartCell;
}

export interface ChartPlacement {
  /** Rows to append under the layout's own: a blank row, then each chart's table and the rows it covers. */
  rows: Row[];
  charts: PlacedChart[];
  /** The layout's column widths, with a column added for each series a narrower layout has no room for. */
  widths: number[];
}

/**
 * The printable height of an A4 landscape page in points: 595 less the top and bottom margins both writers set
 * (0.6 inch in the .xlsx, 43 pt in Excel).
 */
const PAGE_HEIGHT = 595 - 2 * 43.2;

/**
 * Rows a chart covers: the dimension chart as before (three rows a category and one, at least 15), the chart of
 * totals by round small (13); fewer where its page, below the print titles and its table, has less room, so that
 * no chart is cut by a page break when printed (a row one line high; never fewer than 8).
 */
function coveredRows(chart: SummaryChartData, room: number): number {
  const wanted = chart.kind === "bar" ? Math.max(14, chart.categories.length * 3) + 1 : 13;
  return Math.max(8, Math.min(wanted, Math.floor(room / LINE_HEIGHT.normal)));
}

const cell = (row: number, col: number): ChartCell => ({ row, col, address: `${columnName(col)}${row + 1}` });

/** Charts without categories are left out: there is nothing to draw. */
export function chartPlacement(layout: SheetLayout, charts: readonly SummaryChartData[]): ChartPlacement {
  const need = Math.max(0, ...charts.filter((c) => c.categories.length).map((c) => 2 + c.series.length));
  const widths = [...layout.widths, ...new Array(Math.max(0, need - layout.widths.length)).fill(12)];
  const width = widths.length;
  const d = numerals(layout.thaiDigits).plain;
  const pad = (cells: Row["cells"]) => [...cells, ...new Array(Math.max(0, width - cells.length)).fill(null)];
  const rows: Row[] = [{ style: "blank", cells: [] }]; // one blank row after the summary
  const [titleFrom, titleTo] = layout.printTitleRows ?? [1, 0];
  const titles = layout.rows.slice(titleFrom - 1, titleTo).reduce((h, row) => h + rowHeight(row, widths), 0);
  const placed: PlacedChart[] = [];
  for (const chart of charts) {
    if (chart.categories.length === 0) continue;
    const top = layout.rows.length + rows.length;
    const header = top + 1;
    const first = header + 1;
    const last = header + chart.categories.length;
    const table: Row[] = [
      { style: "section", cells: pad([`ข้อมูลแผนภูมิ: ${chart.title}`]), merges: [[0, layout.widths.length - 1]], pageBreakBefore: true },
      // The table's borders and fill stop at its own columns (number, category, each series).
      { style: "header", cells: pad([chart.numberHeading, ...chart.headings]), styledColumns: 2 + chart.series.length },
      ...chart.categories.map((name, i): Row => ({ style: "item", cells: pad([d(String(i + 1)), name, ...chart.series.map((values, s) => num(values[i], chart.decimals[s]))]), styledColumns: 2 + chart.series.length })),
      { style: "blank", cells: [] }, // between the table and the chart
    ];
    rows.push(...table);
    const chartTop = last + 2;
    // One line's height kept free at the foot of the page, as rows may print a little taller than estimated.
    const room = PAGE_HEIGHT - titles - table.reduce((h, row) => h + rowHeight(row, widths), 0) - LINE_HEIGHT.normal;
    const height = coveredRows(chart, room) - 1;
    for (let r = chartTop; r <= chartTop + height; r++) rows.push({ style: "blank", cells: [] });
    const lastCol = columnName(1 + chart.series.length);
    placed.push({
      chart,
      top,
      source: `B${header + 1}:${lastCol}${last + 1}`,
      categories: `B${first + 1}:B${last + 1}`,
      series: chart.series.map((_, s) => ({ name: `${columnName(2 + s)}${header + 1}`, values: `${columnName(2 + s)}${first + 1}:${columnName(2 + s)}${last + 1}` })),
      from: cell(chartTop, 0),
      to: cell(chartTop + height, Math.min(width, 26) - 1),
    });
  }
  return placed.length ? { rows, charts: placed, widths } : { rows: [], charts: [], widths: layout.widths };
}
