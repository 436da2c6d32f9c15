// The grid view's table model: rows of cells with their text, spans and fills, merged areas folded in.
import { columnName, formatNumber, isThaiDigitFormat, toAddress, type Grid, type RawValue } from "../scorecard";

export interface ViewCell {
  row: number;
  col: number;
  address: string;
  text: string;
  rowSpan: number;
  colSpan: number;
  fill: string | null;
  /** Numbers sit right, as in Excel. */
  numeric: boolean;
  /** Numbers and short texts ("๑๐๐", "๔๐") don't wrap. */
  nowrap: boolean;
}

export interface ViewModel {
  columns: { col: number; name: string }[];
  rows: { row: number; cells: ViewCell[] }[];
}

function display(value: RawValue, format: string | undefined): string {
  if (value === null) return "";
  if (typeof value === "number") {
    const decimals = Number.isInteger(value) ? 0 : 2;
    return formatNumber(value, { decimals, thaiDigits: isThaiDigitFormat(format) });
  }
  if (typeof value === "boolean") return value ? "TRUE" : "FALSE";
  return value;
}

export function viewModel(grid: Grid, fill: (row: number, col: number) => string | null): ViewModel {
  const width = grid.values.reduce((w, r) => Math.max(w, r.length), 0);
  const columns = Array.from({ length: width }, (_, i) => ({ col: grid.origin.col + i, name: columnName(grid.origin.col + i) }));
  const covered = new Set<string>();
  const spans = new Map<string, { rowSpan: number; colSpan: number }>();
  for (const m of grid.merges ?? []) {
    spans.set(`${m.top}:${m.left}`, { rowSpan: m.bottom - m.top + 1, colSpan: m.right - m.left + 1 });
    for (let r = m.top; r <= m.bottom; r++) for (let c = m.left; c <= m.right; c++) if (r !== m.top || c !== m.left) covered.add(`${r}:${c}`);
  }
  const rows = grid.values.map((values, i) => {
    const row = grid.origin.row + i;
    const cells: ViewCell[] = [];
    for (const { col } of columns) {
      if (covered.has(`${row}:${col}`)) continue;
      const j = col - grid.origin.col;
      const span = spans.get(`${row}:${col}`) ?? { rowSpan: 1, colSpan: 1 };
      cells.push({
        row,
        col,
        address: toAddress(row, col),
        text: display(values[j] ?? null, grid.numberFormats?.[i]?.[j]),
        ...span,
        fill: fill(row, col),
        numeric: typeof values[j] === "number",
        nowrap: typeof values[j] === "number" || String(values[j] ?? "").length <= 6,
      });
    }
    return { row, cells };
  });
  return { columns, rows };
}
