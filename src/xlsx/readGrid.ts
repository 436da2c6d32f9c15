// A worksheet → the engine's Grid: values, number formats, formulas, solid fills and merged areas of the cells
// present, origin at their top-left. The grid spans only the cells that hold a value or a formula: a stray
// formatted cell far out (an officer who formatted a whole column or row, up to XFD1048576) holds nothing the
// engine reads, and must not make the grid a million rows tall or 16,384 columns wide. Rows are ragged (each
// ends at its last present cell, within that span) and rows without cells share one empty array. One
// streaming pass over the sheet text, no per-cell objects: this is the path that must read 25,000-row sheets
// quickly.
import { decodeFormula, decodeValueOf } from "./cellDecode";
import { parseRange, type CellRange, type Grid, type RawValue } from "../grid";
import { isSharedMaster } from "./formulas";
import { translateFormula } from "./sharedFormula";
import { visitCells } from "./sheetScan";
import type { StyleBook } from "./styles";
import { attr, escapeRegExp, findElement } from "./xmlText";

export interface GridContext {
  sharedStrings: string[];
  styles: StyleBook;
}

export function buildGrid(sheetName: string, xml: string, p: string, ctx: GridContext): Grid {
  const merges = readMerges(xml, p);
  // Indexed by absolute sheet row and column while reading; trimmed to the origin at the end.
  // Styles are kept as indexes (small integers, no allocation) and formulas only where present.
  const values: RawValue[][] = [];
  const styles: number[][] = [];
  const formulas = new Map<number, Map<number, string>>();
  const setFormula = (row: number, col: number, text: string) => {
    let m = formulas.get(row);
    if (!m) formulas.set(row, (m = new Map()));
    m.set(col, text);
  };
  const masters = new Map<string, { row: number; col: number; text: string }>();
  const followers: { row: number; col: number; si: string }[] = [];
  const arrays: { range: CellRange; text: string }[] = [];
  const fTag = `<${p}f`;
  // The span of the cells that hold something (a value or a formula).
  let top = Infinity;
  let bottom = -1;
  let left = Infinity;
  let right = -1;

  visitCells(xml, p, (row, col, attrs, inner) => {
    let vals = values[row];
    if (!vals) {
      vals = values[row] = [];
      styles[row] = [];
    }
    const value = inner === null ? null : decodeValueOf(cellType(attrs), inner, ctx.sharedStrings, p);
    vals[col] = value;
    styles[row][col] = styleIndex(attrs);
    const hasFormula = inner !== null && inner.indexOf(fTag) >= 0;
    if ((value !== null && value !== "") || hasFormula) {
      if (row < top) top = row;
      if (row > bottom) bottom = row;
      if (col < left) left = col;
      if (col > right) right = col;
    }
    if (!hasFormula) return;
    const f = decodeFormula(inner as string, p);
    if (!f) return;
    if (f.type === "shared" && f.si !== undefined && !isSharedMaster(f)) {
      followers.push({ row, col, si: f.si }); // resolved once every master has been seen
      return;
    }
    if (f.type === "shared" && f.si !== undefined && !masters.has(f.si)) masters.set(f.si, { row, col, text: f.text });
    if ((f.type === "array" || f.type === "dataTable") && f.ref) {
      const range = parseRange(f.ref);
      const text = f.type === "array" ? f.text : `TABLE(${[attr(f.attrs, "r1"), attr(f.attrs, "r2")].filter(Boolean).join(",")})`;
      if (range) arrays.push({ range, text });
      setFormula(row, col, "=" + text);
      return;
    }
    setFormula(row, col, "=" + f.text);
  });
  if (bottom < 0) return { sheetName, origin: { row: 0, col: 0 }, values: [], numberFormats: [], formulas: [], merges };

  for (const { row, col, si } of followers) {
    const m = masters.get(si);
    // A follower whose master is missing still holds a formula; say so rather than report a constant.
    setFormula(row, col, m ? "=" + translateFormula(m.text, row - m.row, col - m.col) : "=");
  }
  for (const a of arrays) {
    // Only cells present can be in the grid: an array's range is clipped to the rows and columns read.
    for (let r = Math.max(a.range.top, top); r <= Math.min(a.range.bottom, bottom); r++) {
      for (let c = Math.max(a.range.left, left); c <= Math.min(a.range.right, right); c++) {
        if (values[r] && c in values[r] && !formulas.get(r)?.has(c)) setFormula(r, c, "=" + a.text);
      }
    }
  }
  const formatOf: string[] = [];
  const format = (s: number | undefined) => (s === undefined ? "General" : (formatOf[s] ??= ctx.styles.numberFormat(s)));

  // Few styles have a solid fill: a cell's style index is checked against them before any colour is looked up.
  const filled = ctx.styles.solidFilled();

  const height = bottom - top + 1;
  const grid = {
    sheetName, origin: { row: top, col: left }, values: new Array<RawValue[]>(height), numberFormats: new Array<string[]>(height),
    // Most rows have no fill at all: only rows that do get an array (a missing row or cell has no fill).
    formulas: new Array<(string | null)[]>(height), fills: new Array<(string | null)[]>(height), merges,
  };
  for (let r = 0; r < height; r++) {
    const vals = values[r + top];
    const width = vals ? Math.max(Math.min(vals.length, right + 1) - left, 0) : 0;
    if (width === 0) {
      // Rows between the cells that hold something (possibly a million of them): one shared, frozen empty row.
      grid.values[r] = EMPTY_ROW;
      grid.numberFormats[r] = EMPTY_ROW;
      grid.formulas[r] = EMPTY_ROW;
      continue;
    }
    const v = (grid.values[r] = new Array<RawValue>(width));
    const n = (grid.numberFormats[r] = new Array<string>(width));
    const f = (grid.formulas[r] = new Array<string | null>(width));
    const rowStyles = styles[r + top];
    const rowFormulas = formulas.get(r + top);
    let fl: (string | null)[] | undefined;
    for (let c = 0; c < width; c++) {
      const style = rowStyles[c + left];
      v[c] = vals[c + left] ?? null;
      n[c] = format(style);
      f[c] = rowFormulas?.get(c + left) ?? null;
      if (style !== undefined && filled[style] === 1) (fl ??= grid.fills[r] = new Array<string | null>(width).fill(null))[c] = ctx.styles.fill(style);
    }
  }
  return grid;
}

// Frozen: a host that wrote into it would throw rather than change every empty row at once.
const EMPTY_ROW = Object.freeze([]) as unknown as never[];

const S_ATTR = ' s="';
const T_ATTR = ' t="';

/** The style index of a <c> tag (0 when absent), read without allocating. */
function styleIndex(attrs: string): number {
  let at = attrs.indexOf(S_ATTR);
  if (at < 0) return attrs.indexOf("s") < 0 ? 0 : Number(attr(attrs, "s") ?? 0);
  let n = 0;
  for (let code = attrs.charCodeAt((at += 4)); code >= 48 && code <= 57; code = attrs.charCodeAt(++at)) n = n * 10 + code - 48;
  return n;
}

/** The t attribute of a <c> tag as one of the constant type names (no substring per cell). */
function cellType(attrs: string): string | undefined {
  const at = attrs.indexOf(T_ATTR);
  if (at < 0) return attrs.indexOf("t") < 0 ? undefined : attr(attrs, "t");
  switch (attrs.charCodeAt(at + 4)) {
    case 115: // s | str
      return attrs.charCodeAt(at + 5) === 34 ? "s" : "str";
    case 110:
      return "n";
    case 98:
      return "b";
    case 101:
      return "e";
    case 100:
      return "d";
    case 105:
      return "inlineStr";
    default:
      return attr(attrs, "t");
  }
}

export function readMerges(xml: string, p: string): CellRange[] {
  const el = findElement(xml, `${p}mergeCells`);
  if (!el || !el.inner) return [];
  const merges: CellRange[] = [];
  for (const m of el.inner.matchAll(new RegExp(`<${escapeRegExp(p)}mergeCell\\b([^>]*?)\\/?>`, "g"))) {
    const range = parseRange(attr(m[1], "ref") ?? "");
    if (range) merges.push(range);
  }
  return merges;
}
