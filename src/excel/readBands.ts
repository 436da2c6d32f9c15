// The read of a sheet's cells, sized to Excel on the web's limits ("Resource limits and performance
// optimization for Office Add-ins"): a response over 5 MB fails (ResponsePayloadSizeLimitExceeded), and so does
// reading more than 5,000,000 cells of a range at once. Values, formulas and number formats of 2,500 KPIs are
// already about 4 MB, so the cells are read in bands of rows: as many as fit in the first sync's response
// beside everything else it carries, the rest in as few further syncs as the estimate allows.
//
// The estimate counts JSON with every non-ASCII character escaped (\uXXXX, 6 bytes, where UTF-8 takes 3 for
// Thai): how the answer is encoded on the wire is not documented, so the larger is assumed.
import type { CellRange } from "../scorecard";
import { EXCEL_WEB_PAYLOAD_LIMIT } from "./payload";

/** What a sync's answer is planned to stay under: "each response under 4 MB", with room for the framing (3.9 MB). */
export const DEFAULT_RESPONSE_BUDGET = Math.floor(EXCEL_WEB_PAYLOAD_LIMIT * 0.75);
/** Excel on the web's cap on the cells of one range read. */
export const MAX_CELLS_PER_READ = 5_000_000;
/**
 * Response bytes per cell (values, formulas and number format together) assumed before any cell of the sheet
 * has been read: a scorecard of long Thai text measures ~100 in UTF-8, ~180 escaped.
 */
export const DEFAULT_BYTES_PER_CELL = 240;
/** A measured figure is raised by this much before use: rows further down may hold longer text. */
const MEASURE_MARGIN = 1.25;

/** Size of a value as JSON with non-ASCII characters escaped. */
export function escapedJsonBytes(value: unknown): number {
  const text = JSON.stringify(value) ?? "";
  let wide = 0;
  for (let i = 0; i < text.length; i++) if (text.charCodeAt(i) > 0x7f) wide++;
  return text.length + wide * 5;
}

/** Bytes per cell measured over what was read, with a margin; the default when nothing was read. */
export function measuredBytesPerCell(bytes: number, cells: number): number {
  return cells > 0 ? Math.max(16, (bytes / cells) * MEASURE_MARGIN) : DEFAULT_BYTES_PER_CELL;
}

/** Rows of `width` columns one sync can read within `budget` bytes: at least one, never past 5,000,000 cells. */
export function rowsWithin(budget: number, width: number, bytesPerCell: number): number {
  const byBytes = Math.floor(budget / Math.max(1, width * bytesPerCell));
  const byCells = Math.floor(MAX_CELLS_PER_READ / Math.max(1, width));
  return Math.max(1, Math.min(byBytes, byCells));
}

export interface RowSpan {
  top: number;
  rows: number;
}

/** The rows of `rect` outside `read`, in spans of at most `rowsPerSync` rows. */
export function remainingSpans(rect: CellRange, read: RowSpan | null, rowsPerSync: number): RowSpan[] {
  const gaps: [number, number][] = [];
  if (!read || read.rows === 0) gaps.push([rect.top, rect.bottom]);
  else {
    const end = read.top + read.rows - 1;
    if (rect.top < read.top) gaps.push([rect.top, Math.min(rect.bottom, read.top - 1)]);
    if (rect.bottom > end) gaps.push([Math.max(rect.top, end + 1), rect.bottom]);
  }
  const spans: RowSpan[] = [];
  for (const [from, to] of gaps) {
    for (let top = from; top <= to; top += rowsPerSync) spans.push({ top, rows: Math.min(rowsPerSync, to - top + 1) });
  }
  return spans;
}

/** The used range's cells, row by row: values, formulas and number formats as Excel gave them. */
export interface CellRows {
  values: unknown[][];
  formulas: unknown[][];
  formats: unknown[][];
  /** Response bytes per cell measured over the read (measuredBytesPerCell): for the next read's first sync. */
  bytesPerCell: number;
}

interface LoadedRows {
  rowIndex: number;
  values: unknown[][];
  formulas: unknown[][];
  numberFormat: unknown[][];
}

/**
 * After the first sync: the rows of `rect` (the used range) that `first` read, if it is not a null object,
 * and the rest band by band, a sync each, each band sized by what the rows read so far measured.
 */
export async function readRows(
  context: Excel.RequestContext,
  sheet: Excel.Worksheet,
  rect: CellRange,
  first: LoadedRows & { isNullObject: boolean; rowCount: number },
  budget: number,
): Promise<CellRows> {
  const cols = rect.right - rect.left + 1;
  const rows: CellRows = { values: new Array(rect.bottom - rect.top + 1), formulas: [], formats: [], bytesPerCell: DEFAULT_BYTES_PER_CELL };
  let bytes = 0;
  let cells = 0;
  const take = (range: LoadedRows) => {
    range.values.forEach((row, i) => {
      const at = range.rowIndex + i - rect.top;
      rows.values[at] = row;
      rows.formulas[at] = range.formulas[i];
      rows.formats[at] = range.numberFormat[i];
    });
    bytes += escapedJsonBytes(range.values) + escapedJsonBytes(range.formulas) + escapedJsonBytes(range.numberFormat);
    cells += range.values.length * cols;
  };
  const firstRead = first.isNullObject ? null : { top: first.rowIndex, rows: first.rowCount };
  if (!first.isNullObject) take(first);
  for (const span of remainingSpans(rect, firstRead, rowsWithin(budget, cols, measuredBytesPerCell(bytes, cells)))) {
    const band = sheet.getRangeByIndexes(span.top, rect.left, span.rows, cols);
    band.load("values, formulas, numberFormat, rowIndex");
    // eslint-disable-next-line office-addins/no-context-sync-in-loop -- one sync per row band, deliberately: each band's answer is sized to stay under Excel's response payload cap
    await context.sync();
    take(band);
  }
  rows.bytesPerCell = measuredBytesPerCell(bytes, cells);
  return rows;
}
