// The summary as a worksheet of the open workbook, in Excel: the layout src/export renders to .xlsx and CSV,
// written as one 2D array of values (and one of number formats), formatted per run of rows that look alike,
// with merged titles, column widths, estimated row heights (Excel cannot autofit merged cells), A4 landscape
// one page wide, and beneath it native charts (src/export/chartPlacement.ts places them): with earlier rounds,
// the totals by round as columns, then points against weight per dimension as bars, each on a page of its own.
// Syncs: one to write; with `replace`, one before it to see whether the sheet is there, and one more when it is
// (its charts, every one of them, to delete).
// Replacing empties the old sheet and writes into it, rather than deleting it and adding another: the sheet
// keeps its tab, and formulas on other sheets that point into the summary keep pointing at it, as with the
// command, which rewrites the sheet's part (a deleted sheet would leave them #REF!).
// Loaded with import() from ExcelHost.writeSummarySheet: its code (and src/export's) stays out of the
// pane's first load.
import { type Cell, isNumberCell, type Row, SheetExistsError, type SheetLayout, SheetProtectedError, type SummaryChartData } from "../scorecard";
import { chartPlacement, type PlacedChart } from "../export/chartPlacement";
import { kindOf, rowHeight } from "../export/xlsxSheet";
import { FONT, numberFormatOf, rowLook } from "../export/xlsxStyles";
import type { ExcelCapabilities } from "./capabilities";

const BORDERS = ["EdgeTop", "EdgeBottom", "EdgeLeft", "EdgeRight", "InsideVertical", "InsideHorizontal"] as const;

/** Excel's column width in characters (of the default font's digits, ~7 px) → points, which Office.js sets. */
export function widthPoints(chars: number): number {
  return Math.round((chars * 7 + 5) * 0.75 * 100) / 100;
}

export async function writeSummarySheet(
  sheetName: string,
  layout: SheetLayout,
  charts: readonly SummaryChartData[],
  options: { replace: boolean },
  caps: ExcelCapabilities,
): Promise<void> {
  await Excel.run(async (context) => {
    const sheets = context.workbook.worksheets;
    let sheet: Excel.Worksheet | null = null;
    if (options.replace) {
      const old = sheets.getItemOrNullObject(sheetName);
      await context.sync(); // sync 1: is it there?
      if (!old.isNullObject) {
        old.charts.load("items/name");
        old.protection.load("protected");
        await context.sync(); // sync 2: its charts, which clearing cells leaves behind, and whether it may be cleared
        if (old.protection.protected) throw new SheetProtectedError(sheetName);
        clearSheet(old, caps);
        sheet = old;
      }
    }
    sheet ??= sheets.add(sheetName);
    const placement = chartPlacement(layout, charts);
    queueCells(sheet, { ...layout, widths: placement.widths, rows: [...layout.rows, ...placement.rows] }, caps);
    for (const placed of placement.charts) queueChart(sheet, placed);
    sheet.activate();
    sheet.getRange("A1").select();
    try {
      await context.sync(); // the write
    } catch (error) {
      if ((error as { code?: string }).code === "ItemAlreadyExists") throw new SheetExistsError(sheetName);
      throw error;
    }
  });
}

/**
 * Queues what empties a summary sheet for its next version (ExcelApi 1.7 unless said): cells with their values,
 * formats and merges; conditional formats; row heights and column widths back to the sheet's standard; frozen
 * panes; charts (loaded by the caller); page breaks (1.9). Pictures or shapes someone put there stay.
 */
function clearSheet(sheet: Excel.Worksheet, caps: ExcelCapabilities): void {
  const all = sheet.getRange();
  all.unmerge();
  all.clear("All");
  all.conditionalFormats.clearAll();
  all.format.useStandardHeight = true;
  all.format.useStandardWidth = true;
  sheet.freezePanes.unfreeze();
  for (const chart of sheet.charts.items) chart.delete();
  if (caps.pageLayout) sheet.horizontalPageBreaks.removePageBreaks();
}

/** Consecutive rows sharing a key, as [first, last] (0-based, inclusive). */
function runs<T>(rows: readonly T[], key: (row: T, index: number) => string | null): { from: number; to: number; key: string }[] {
  const out: { from: number; to: number; key: string }[] = [];
  rows.forEach((row, i) => {
    const k = key(row, i);
    if (k === null) return;
    const last = out[out.length - 1];
    if (last && last.key === k && last.to === i - 1) last.to = i;
    else out.push({ from: i, to: i, key: k });
  });
  return out;
}

function queueCells(sheet: Excel.Worksheet, layout: SheetLayout, caps: ExcelCapabilities): void {
  const width = layout.widths.length;
  const height = layout.rows.length;
  const cellAt = (row: Row, c: number): Cell => row.cells[c] ?? null;
  const all = sheet.getRangeByIndexes(0, 0, height, width);
  const band = (from: number, to: number, col = 0, cols = width) => sheet.getRangeByIndexes(from, col, to - from + 1, cols);

  // The whole sheet in the scorecard's font, text wrapped and set at the top of its cell.
  all.format.font.name = FONT;
  all.format.font.size = 14;
  all.format.verticalAlignment = "Top";
  all.format.wrapText = true;
  // Formats before values: text cells are "@" so that "3.7" or "=…" stays the text it is.
  all.numberFormat = layout.rows.map((row) =>
    Array.from({ length: width }, (_, c) => {
      const cell = cellAt(row, c);
      return isNumberCell(cell) ? (numberFormatOf(kindOf(row, cell, c), layout.thaiDigits) as string) : typeof cell === "string" && cell !== "" ? "@" : "General";
    }),
  );
  all.values = layout.rows.map((row) =>
    Array.from({ length: width }, (_, c) => {
      const cell = cellAt(row, c);
      return isNumberCell(cell) ? cell.number : (cell ?? "");
    }),
  );

  // Looks, per run of rows of one style over the same columns.
  for (const run of runs(layout.rows, (row) => `${row.style} ${row.styledColumns ?? width}`)) {
    const look = rowLook(layout.rows[run.from].style);
    const range = band(run.from, run.to, 0, Math.min(width, layout.rows[run.from].styledColumns ?? width));
    if (look.bold) range.format.font.bold = true;
    if (look.size !== 14) range.format.font.size = look.size;
    if (look.fill) range.format.fill.color = look.fill;
    if (look.color) range.format.font.color = look.color;
    if (look.center) range.format.horizontalAlignment = "Center";
    if (look.border) {
      for (const edge of BORDERS) {
        if (edge === "InsideHorizontal" && run.from === run.to) continue;
        const border = range.format.borders.getItem(edge);
        border.style = "Continuous";
        border.weight = "Thin";
        if (look.borderColor) border.color = look.borderColor;
      }
    }
    if (look.indent && caps.pageLayout) band(run.from, run.to, 1, 1).format.indentLevel = 1; // ExcelApi 1.9
  }
  // Column A of body rows holds running and KPI numbers: centred, unless merged into a row-wide text.
  const centredA = runs(layout.rows, (row) => (!rowLook(row.style).center && !row.merges?.some(([a, b]) => a === 0 && b > 0) && typeof row.cells[0] === "string" && row.cells[0] !== "" ? "a" : null));
  for (const run of centredA) band(run.from, run.to, 0, 1).format.horizontalAlignment = "Center";

  layout.rows.forEach((row, r) => {
    for (const [from, to] of row.merges ?? []) if (to > from) sheet.getRangeByIndexes(r, from, 1, Math.min(to, width - 1) - from + 1).merge(false);
  });
  layout.widths.forEach((w, c) => (sheet.getRangeByIndexes(0, c, 1, 1).format.columnWidth = widthPoints(w)));
  for (const run of runs(layout.rows, (row) => String(rowHeight(row, layout.widths)))) band(run.from, run.to).format.rowHeight = Number(run.key);
  if (layout.freezeRows) sheet.freezePanes.freezeRows(layout.freezeRows);

  if (!caps.pageLayout) return; // ExcelApi 1.7/1.8: the sheet prints with Excel's defaults
  sheet.showGridlines = false;
  const page = sheet.pageLayout;
  page.orientation = "Landscape";
  page.paperSize = "A4";
  page.zoom = { horizontalFitToPages: 1 }; // one page wide, as many tall as it takes
  page.centerHorizontally = true;
  page.leftMargin = 36;
  page.rightMargin = 36;
  page.topMargin = 43;
  page.bottomMargin = 43;
  page.headersFooters.defaultForAllPages.centerFooter = "หน้า &P / &N"; // Arabic digits whatever the sheet uses: see src/export/xlsxSheet.ts
  if (layout.printTitleRows) page.setPrintTitleRows(`$${layout.printTitleRows[0]}:$${layout.printTitleRows[1]}`);
  layout.rows.forEach((row, r) => {
    if (row.pageBreakBefore && r > 0) sheet.horizontalPageBreaks.add(sheet.getRangeByIndexes(r, 0, 1, 1));
  });
}

/** One native chart over the cells its placement gives it, drawn from its source table (ExcelApi 1.7 unless said). */
function queueChart(sheet: Excel.Worksheet, placed: PlacedChart): void {
  const data = placed.chart;
  const chart = sheet.charts.add(data.kind === "bar" ? "BarClustered" : "ColumnClustered", sheet.getRange(placed.source), "Columns");
  chart.name = data.name;
  chart.title.text = data.title;
  // One series needs no legend: the title says what the bars are.
  if (data.series.length > 1) chart.legend.position = "Bottom";
  else chart.legend.visible = false;
  chart.format.font.name = FONT;
  chart.format.font.size = 14;
  chart.dataLabels.showValue = true;
  // Bars list categories bottom-up; reversed, the first category is on top as in the table.
  if (data.kind === "bar") chart.axes.categoryAxis.reversePlotOrder = true;
  // Every category named: left automatic, Excel skips labels that do not fit (the long Thai dimension names).
  chart.axes.categoryAxis.tickLabelSpacing = 1;
  chart.axes.categoryAxis.format.font.size = 12; // a size smaller, so that the names have room beside the bars
  // From 0 (and to the full mark where the chart has one), never an automatic minimum near the values: ExcelApi 1.1.
  chart.axes.valueAxis.minimum = data.valueAxis.min;
  if (data.valueAxis.max !== undefined) chart.axes.valueAxis.maximum = data.valueAxis.max;
  chart.setPosition(placed.from.address, placed.to.address);
}
