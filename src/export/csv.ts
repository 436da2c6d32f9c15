// A layout as CSV for Excel: UTF-8 with a byte-order mark (without it Excel reads Thai as mojibake),
// RFC 4180 quoting, CRLF line ends. Numbers are written as the workbook shows them (two decimals,
// Excel's rounding) in Arabic digits, so that Excel reads them back as numbers; texts keep their Thai digits.
// parseCsv reads such text back (tests, and a later import of consolidations).
import { type Cell, isNumberCell, roundForDisplay, type SheetLayout } from "../scorecard";

export const BOM = "\uFEFF";

export function csvField(cell: Cell): string {
  if (cell === null) return "";
  const text = isNumberCell(cell) ? String(roundForDisplay(cell.number, cell.decimals)) : cell;
  return /[",\r\n]/.test(text) ? `"${text.replace(/"/g, '""')}"` : text;
}

export function layoutCsv(layout: SheetLayout): string {
  const width = Math.max(...layout.rows.map((r) => r.cells.length), 1);
  const lines = layout.rows.map((r) => [...r.cells, ...new Array(width - r.cells.length).fill(null)].map(csvField).join(","));
  return `${BOM}${lines.join("\r\n")}\r\n`;
}

/** Reads RFC 4180 text (CRLF or LF line ends) back into rows; the BOM, if any, is dropped. */
export function parseCsv(text: string): string[][] {
  const rows: string[][] = [];
  let row: string[] = [];
  let field = "";
  let quoted = false;
  const src = text.startsWith(BOM) ? text.slice(1) : text;
  for (let i = 0; i < src.length; i++) {
    const c = src[i];
    if (quoted) {
      if (c === '"' && src[i + 1] === '"') {
        field += '"';
        i++;
      } else if (c === '"') quoted = false;
      else field += c;
    } else if (c === '"') quoted = true;
    else if (c === ",") {
      row.push(field);
      field = "";
    } else if (c === "\n" || c === "\r") {
      if (c === "\r" && src[i + 1] === "\n") i++;
      row.push(field);
      rows.push(row);
      row = [];
      field = "";
    } else field += c;
  }
  if (field !== "" || row.length) {
    row.push(field);
    rows.push(row);
  }
  return rows;
}
