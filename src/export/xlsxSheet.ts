// A layout as the worksheet part of a new workbook: cells with fixed style indexes, column widths, merged
// title and note rows, estimated row heights for wrapped Thai text, and the page set up for printing on
// A4 landscape, one page wide.
import { type Cell, columnName, displayWidth, isNumberCell, type Row, type SheetLayout } from "../scorecard";
import { encodeCellText, encodeXml } from "../xlsx/xmlText";
import { styleIndex, type CellKind } from "./xlsxStyles";

/** Points per line of TH SarabunPSK: 14 pt text needs about 21.75 pt rows, 16 pt titles about 24.75. */
export const LINE_HEIGHT = { normal: 21.75, title: 24.75 };

/** Wrapped lines a text needs in `width` character units (a Thai letter is about a digit wide in Sarabun). */
function linesNeeded(text: string, width: number): number {
  const perLine = Math.max(1, Math.floor(width * 1.05) - 1);
  return text.split("\n").reduce((n, part) => n + Math.max(1, Math.ceil(displayWidth(part) / perLine)), 0);
}

/** Estimated height of a row in points, for wrapped Thai text (Excel cannot autofit merged cells). */
export function rowHeight(row: Row, widths: number[]): number {
  const line = row.style === "title" ? LINE_HEIGHT.title : LINE_HEIGHT.normal;
  let lines = 1;
  row.cells.forEach((cell, c) => {
    if (typeof cell !== "string" || cell === "") return;
    const merge = row.merges?.find(([from]) => from === c);
    const span = merge ? widths.slice(merge[0], merge[1] + 1).reduce((a, b) => a + b, 0) : widths[c] ?? 10;
    lines = Math.max(lines, linesNeeded(cell, span));
  });
  return lines * line;
}

/** Column A holds running and KPI numbers, centred; a text merged across columns reads from the left. */
export function kindOf(row: Row, cell: Cell, col: number): CellKind {
  if (isNumberCell(cell)) return cell.decimals === 0 ? "int" : cell.decimals === 4 ? "dec4" : "dec";
  return col === 0 && !row.merges?.some(([from, to]) => from === 0 && to > 0) ? "center" : "text";
}

export interface SheetPart {
  xml: string;
  sharedStrings: string[];
}

export interface SheetXmlOptions {
  /** The cell style index of a row style × cell kind; default: the fixed indexes of our own stylesheet. */
  styleIndex?: (style: Row["style"], kind: CellKind) => number;
  /**
   * Strings inline (t="inlineStr") rather than shared: for a sheet added to an existing workbook, whose
   * sharedStrings.xml then stays byte-identical (as src/xlsx writes cells).
   */
  inlineStrings?: boolean;
  /** The relationship id of the sheet's drawing part (its charts: xlsxChart.ts), written as <drawing r:id=…/>. */
  drawingRelId?: string;
}

export function sheetXml(layout: SheetLayout, options: SheetXmlOptions = {}): SheetPart {
  const style = options.styleIndex ?? styleIndex;
  const strings: string[] = [];
  const index = new Map<string, number>();
  const stringId = (s: string) => {
    if (!index.has(s)) index.set(s, strings.push(s) - 1);
    return index.get(s)!;
  };
  const lastCol = layout.widths.length - 1;
  const merges: string[] = [];
  const rowsXml = layout.rows.map((row, r) => {
    const ref = (c: number) => `${columnName(c)}${r + 1}`;
    for (const [from, to] of row.merges ?? []) if (to > from) merges.push(`${ref(from)}:${ref(Math.min(to, lastCol))}`);
    const cells: string[] = [];
    for (let c = 0; c <= lastCol; c++) {
      const cell = row.cells[c] ?? null;
      const s = row.styledColumns !== undefined && c >= row.styledColumns ? 0 : style(row.style, kindOf(row, cell, c));
      if (isNumberCell(cell)) cells.push(`<c r="${ref(c)}" s="${s}"><v>${cell.number}</v></c>`);
      else if (cell && options.inlineStrings) cells.push(`<c r="${ref(c)}" s="${s}" t="inlineStr"><is><t xml:space="preserve">${encodeCellText(cell)}</t></is></c>`);
      else if (cell) cells.push(`<c r="${ref(c)}" s="${s}" t="s"><v>${stringId(cell)}</v></c>`);
      else if (s !== 0) cells.push(`<c r="${ref(c)}" s="${s}"/>`); // styled blanks keep borders and fills whole
    }
    return `<row r="${r + 1}" spans="1:${lastCol + 1}" ht="${rowHeight(row, layout.widths)}">${cells.join("")}</row>`;
  });
  // <brk id="n"/> breaks after the n-th row (1-based), i.e. before 0-based row n.
  const breaks = layout.rows.flatMap((row, r) => (row.pageBreakBefore && r > 0 ? [r] : []));
  const lastRef = `${columnName(lastCol)}${Math.max(layout.rows.length, 1)}`;
  const freeze = layout.freezeRows
    ? `<pane ySplit="${layout.freezeRows}" topLeftCell="A${layout.freezeRows + 1}" activePane="bottomLeft" state="frozen"/><selection pane="bottomLeft" activeCell="A${layout.freezeRows + 1}" sqref="A${layout.freezeRows + 1}"/>`
    : "";
  // The page number stays in Arabic digits even where the sheet writes Thai ones: Excel's header and footer
  // fields (&P, &N) print the page number as Arabic digits, none of their codes chooses a numeral system (the
  // header/footer grammar, ECMA-376 and [MS-XLSB] 2.5.73, has &P, &N and &N±n, nothing more), and
  // number formats such as [$-D00041E] reach cells only. Writing "หน้า ๑ / ๒" as text would need the page count,
  // which only the printer knows, and a footer has at most three variants (first, odd, even page).
  const xml =
    `<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n` +
    `<worksheet xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main" xmlns:r="http://schemas.openxmlformats.org/officeDocument/2006/relationships">` +
    `<sheetPr><pageSetUpPr fitToPage="1"/></sheetPr>` +
    `<dimension ref="A1:${lastRef}"/>` +
    `<sheetViews><sheetView workbookViewId="0" showGridLines="0">${freeze}</sheetView></sheetViews>` +
    `<sheetFormatPr defaultRowHeight="${LINE_HEIGHT.normal}"/>` +
    `<cols>${layout.widths.map((w, c) => `<col min="${c + 1}" max="${c + 1}" width="${w}" customWidth="1"/>`).join("")}</cols>` +
    `<sheetData>${rowsXml.join("")}</sheetData>` +
    (merges.length ? `<mergeCells count="${merges.length}">${merges.map((m) => `<mergeCell ref="${m}"/>`).join("")}</mergeCells>` : "") +
    `<printOptions horizontalCentered="1"/>` +
    `<pageMargins left="0.5" right="0.5" top="0.6" bottom="0.6" header="0.3" footer="0.3"/>` +
    `<pageSetup paperSize="9" orientation="landscape" fitToWidth="1" fitToHeight="0"/>` +
    `<headerFooter><oddFooter>${encodeXml("&Cหน้า &P / &N")}</oddFooter></headerFooter>` +
    (breaks.length ? `<rowBreaks count="${breaks.length}" manualBreakCount="${breaks.length}">${breaks.map((b) => `<brk id="${b}" max="16383" man="1"/>`).join("")}</rowBreaks>` : "") +
    // CT_Worksheet's order: the drawing comes after headerFooter and rowBreaks.
    (options.drawingRelId ? `<drawing r:id="${encodeXml(options.drawingRelId)}"/>` : "") +
    `</worksheet>`;
  return { xml, sharedStrings: strings };
}
