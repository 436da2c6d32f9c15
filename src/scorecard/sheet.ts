// Step 1, read cells: a view over the host's Grid in sheet coordinates, with merged areas resolved.
import { toAddress } from "./address";
import { cellText, parseCell } from "./cellContent";
import type { CellContent, CellRange, Grid, RawValue } from "./types";

const KEY_WIDTH = 16384; // Excel's column count: row * KEY_WIDTH + col is unique per cell

export class Sheet {
  readonly name: string;
  readonly top: number;
  readonly left: number;
  readonly bottom: number;
  readonly right: number;
  /** False when the host could not read merged areas (then blocks come from blanks under values). */
  readonly mergesKnown: boolean;
  private readonly mergeOf = new Map<number, CellRange>();

  constructor(private readonly grid: Grid) {
    this.name = grid.sheetName;
    this.top = grid.origin.row;
    this.left = grid.origin.col;
    const width = grid.values.reduce((w, row) => Math.max(w, row ? row.length : 0), 0);
    this.bottom = this.top + grid.values.length - 1;
    this.right = this.left + width - 1;
    this.mergesKnown = grid.merges !== undefined;
    for (const m of grid.merges ?? []) {
      // Only the part inside the grid matters; huge merges (whole columns) are clipped.
      for (let r = Math.max(m.top, this.top); r <= Math.min(m.bottom, this.bottom); r++) {
        for (let c = Math.max(m.left, this.left); c <= Math.min(m.right, this.right); c++) {
          this.mergeOf.set(r * KEY_WIDTH + c, m);
        }
      }
    }
  }

  /** The value stored in the cell itself (blank for the hidden cells of a merge). */
  raw(row: number, col: number): RawValue {
    const r = this.grid.values[row - this.top];
    const v = r ? r[col - this.left] : undefined;
    return v === undefined || v === "" ? null : v;
  }

  numberFormat(row: number, col: number): string | null {
    return this.grid.numberFormats?.[row - this.top]?.[col - this.left] ?? null;
  }

  formula(row: number, col: number): string | null {
    const f = this.grid.formulas?.[row - this.top]?.[col - this.left];
    return typeof f === "string" && f.startsWith("=") ? f : null;
  }

  merge(row: number, col: number): CellRange | null {
    return this.mergeOf.get(row * KEY_WIDTH + col) ?? null;
  }

  /** The cell that holds the value shown here: the top-left cell of its merged area, or itself. */
  anchor(row: number, col: number): { row: number; col: number } {
    const m = this.merge(row, col);
    return m ? { row: m.top, col: m.left } : { row, col };
  }

  /** The value shown in the cell: a merged area shows its top-left value in every cell. */
  shown(row: number, col: number): RawValue {
    const a = this.anchor(row, col);
    return this.raw(a.row, a.col);
  }

  content(row: number, col: number): CellContent {
    return parseCell(this.raw(row, col), this.numberFormat(row, col));
  }

  text(row: number, col: number): string {
    return cellText(this.raw(row, col));
  }

  shownText(row: number, col: number): string {
    return cellText(this.shown(row, col));
  }

  isBlank(row: number, col: number): boolean {
    return this.text(row, col) === "";
  }

  address(row: number, col: number): string {
    return toAddress(row, col);
  }
}
