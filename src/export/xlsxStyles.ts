// The stylesheet of the workbooks we create: TH SarabunPSK (the font of the official scorecard) at 14 pt,
// 16 pt bold for titles, thin borders around tables, grey text in a grey box for a figure set aside from the
// official ones, and number formats with Thai digits where the scorecard writes Thai digits. Each row style × cell kind has one fixed xf index: styleIndex().
import type { RowStyle } from "../scorecard";
import type { CellStyleSpec } from "../xlsx/styles";

export const FONT = "TH SarabunPSK";
const ROW_STYLES: RowStyle[] = ["blank", "title", "subtitle", "section", "header", "group", "item", "subitem", "total", "note", "aside"];
/** text: left; center: running numbers in column A; int/dec/dec4: 0, 2 and 4 decimals (right). */
export type CellKind = "text" | "center" | "int" | "dec" | "dec4";
const KINDS: CellKind[] = ["text", "center", "int", "dec", "dec4"];

interface Look {
  font: 0 | 1 | 2 | 3; // 14 pt, 14 pt bold, 16 pt bold, 14 pt grey
  fill: 0 | 2 | 3; // none, header blue, group grey (1 is the gray125 every stylesheet must hold)
  border: 0 | 1 | 2; // none, thin black, thin grey
  align?: "center";
  indent?: boolean;
}

const LOOKS: Record<RowStyle, Look> = {
  blank: { font: 0, fill: 0, border: 0 },
  title: { font: 2, fill: 0, border: 0, align: "center" },
  subtitle: { font: 1, fill: 0, border: 0, align: "center" },
  section: { font: 1, fill: 0, border: 0 },
  header: { font: 1, fill: 2, border: 1, align: "center" },
  group: { font: 1, fill: 3, border: 1 },
  item: { font: 0, fill: 0, border: 1 },
  subitem: { font: 0, fill: 0, border: 1, indent: true },
  total: { font: 1, fill: 2, border: 1 },
  note: { font: 0, fill: 0, border: 0 },
  aside: { font: 3, fill: 0, border: 2 },
};

/** Grey of the aside box: its text (Excel's "Black, lighter 35%") and its border, lighter than the tables'. */
const ASIDE_TEXT = "595959";
const ASIDE_BORDER = "A6A6A6";

export function styleIndex(style: RowStyle, kind: CellKind): number {
  return ROW_STYLES.indexOf(style) * KINDS.length + KINDS.indexOf(kind);
}

/** How a row style looks, for writers that set formats one by one (Excel: src/excel/exportSheet.ts). */
export interface RowLook {
  size: 14 | 16;
  bold: boolean;
  /** Fill "#RRGGBB", or null for none. */
  fill: string | null;
  border: boolean;
  /** Text colour "#RRGGBB", or null for automatic (black). */
  color: string | null;
  /** Border colour "#RRGGBB", or null for automatic. */
  borderColor: string | null;
  center: boolean;
  indent: boolean;
}

const FILL_RGB: Record<Look["fill"], string | null> = { 0: null, 2: "D9E1F2", 3: "F2F2F2" };

export function rowLook(style: RowStyle): RowLook {
  const look = LOOKS[style];
  const rgb = FILL_RGB[look.fill];
  return {
    size: look.font === 2 ? 16 : 14,
    bold: look.font === 1 || look.font === 2,
    fill: rgb && `#${rgb}`,
    border: look.border !== 0,
    color: look.font === 3 ? `#${ASIDE_TEXT}` : null,
    borderColor: look.border === 2 ? `#${ASIDE_BORDER}` : null,
    center: look.align === "center",
    indent: !!look.indent,
  };
}

/** The number format of a cell kind: Excel's own, or with Thai digits ([$-D00041E]: Thai locale, native digits). */
export function numberFormatOf(kind: CellKind, thaiDigits: boolean): string | null {
  if (kind === "int") return thaiDigits ? "[$-D00041E]0" : "0";
  if (kind === "dec") return thaiDigits ? "[$-D00041E]0.00" : "0.00";
  if (kind === "dec4") return thaiDigits ? "[$-D00041E]0.0000" : "0.0000";
  return null;
}

const fontXml = (size: number, bold: boolean, rgb?: string) =>
  `<font>${bold ? "<b/>" : ""}<sz val="${size}"/>${rgb ? `<color rgb="FF${rgb}"/>` : ""}<name val="${FONT}"/><family val="2"/><charset val="222"/></font>`;
const FONTS = [fontXml(14, false), fontXml(14, true), fontXml(16, true), fontXml(14, false, ASIDE_TEXT)];
const fillXml = (rgb: string) => `<fill><patternFill patternType="solid"><fgColor rgb="FF${rgb}"/><bgColor indexed="64"/></patternFill></fill>`;
const NO_BORDER = `<border><left/><right/><top/><bottom/><diagonal/></border>`;
const thinBorder = (color: string) => `<border>${["left", "right", "top", "bottom"].map((side) => `<${side} style="thin">${color}</${side}>`).join("")}<diagonal/></border>`;
const BORDERS = [NO_BORDER, thinBorder(`<color auto="1"/>`), thinBorder(`<color rgb="FF${ASIDE_BORDER}"/>`)];

function alignmentXml(look: Look, kind: CellKind): string {
  const numeric = kind === "int" || kind === "dec" || kind === "dec4";
  const horizontal = look.align === "center" || kind === "center" ? ` horizontal="center"` : numeric ? "" : ` horizontal="left"`;
  const indent = look.indent && kind === "text" ? ` indent="1"` : "";
  const wrap = numeric ? "" : ` wrapText="1"`;
  return `<alignment${horizontal} vertical="top"${wrap}${indent}/>`;
}

/** One cell style of the layout, as parts an existing stylesheet can take in (src/xlsx StyleBook.addCellStyles). */
export type { CellStyleSpec };

/** Every row style × cell kind in styleIndex() order: what a sheet added to an existing workbook needs. */
export function cellStyleSpecs(thaiDigits: boolean): CellStyleSpec[] {
  return ROW_STYLES.flatMap((style) => {
    const look = LOOKS[style];
    const rgb = FILL_RGB[look.fill];
    return KINDS.map((kind) => ({
      numberFormat: numberFormatOf(kind, thaiDigits),
      font: FONTS[look.font],
      fill: rgb ? fillXml(rgb) : null,
      border: BORDERS[look.border],
      alignment: alignmentXml(look, kind),
    }));
  });
}

export function stylesXml(thaiDigits: boolean): string {
  // 1 and 2 are Excel's built-in "0" and "0.00" (none is built in for four decimals); [$-D00041E] asks for
  // Thai digits (Thai locale, native digits).
  const numFmts = thaiDigits
    ? `<numFmts count="3"><numFmt numFmtId="164" formatCode="[$-D00041E]0"/><numFmt numFmtId="165" formatCode="[$-D00041E]0.00"/><numFmt numFmtId="166" formatCode="[$-D00041E]0.0000"/></numFmts>`
    : `<numFmts count="1"><numFmt numFmtId="166" formatCode="0.0000"/></numFmts>`;
  const fmt = { text: 0, center: 0, int: thaiDigits ? 164 : 1, dec: thaiDigits ? 165 : 2, dec4: 166 };
  const xfs: string[] = [];
  for (const style of ROW_STYLES) {
    const look = LOOKS[style];
    for (const kind of KINDS) {
      xfs.push(
        `<xf numFmtId="${fmt[kind]}" fontId="${look.font}" fillId="${look.fill}" borderId="${look.border}" xfId="0" applyNumberFormat="1" applyFont="1" applyFill="1" applyBorder="1" applyAlignment="1">` +
          `${alignmentXml(look, kind)}</xf>`,
      );
    }
  }
  return (
    `<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n` +
    `<styleSheet xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main">${numFmts}` +
    `<fonts count="${FONTS.length}">${FONTS.join("")}</fonts>` +
    `<fills count="4"><fill><patternFill patternType="none"/></fill><fill><patternFill patternType="gray125"/></fill>${fillXml("D9E1F2")}${fillXml("F2F2F2")}</fills>` +
    `<borders count="${BORDERS.length}">${BORDERS.join("")}</borders>` +
    `<cellStyleXfs count="1"><xf numFmtId="0" fontId="0" fillId="0" borderId="0"/></cellStyleXfs>` +
    `<cellXfs count="${xfs.length}">${xfs.join("")}</cellXfs>` +
    `<cellStyles count="1"><cellStyle name="Normal" xfId="0" builtinId="0"/></cellStyles>` +
    `<dxfs count="0"/><tableStyles count="0"/></styleSheet>`
  );
}
