// Step 1, read cells: a view over the host's Grid in sheet coordinates, with merged areas resolved.
// Every step asks the sheet about the same cells many times (finding the table, the hierarchy, levels,
// flags, the plan), so what a cell means and its text are worked out once per cell and kept.
import { toAddress } from "./address";
import { cellText, parseCell } from "./cellContent";
import type { CellContent, CellRange, Grid, RawValue } from "./types";

export class Sheet {
  readonly name: string;
  readonly top: number;
  readonly left: number;
  readonly bottom: number;
  readonly right: number;
  /** False when the host could not read merged areas (then blocks come from blanks under values). */
  readonly mergesKnown: boolean;
  private readonly width: number;
  private readonly merges: readonly CellRange[];
  /** Per cell of the grid (row-major from the origin): 1 + the index of its merged area in `merges`, or 0. */
  private readonly mergeOf: Int32Array;
  /** What each cell means and its text, by grid row, filled as cells are asked about. */
  private readonly contents: (CellContent | undefined)[][] = [];
  private readonly texts: (string | undefined)[][] = [];
  /** Text cells repeat (targets, weights, "ทราบผล เดือน ก.ย. ๖๖"): text content is parsed once per distinct text. */
  private readonly parsedText = new Map<string, CellContent>();

  constructor(private readonly grid: Grid) {
    this.name = grid.sheetName;
    this.top = grid.origin.row;
    this.left = grid.origin.col;
    const width = grid.values.reduce((w, row) => Math.max(w, row ? row.length : 0), 0);
    this.width = width;
    this.bottom = this.top + grid.values.length - 1;
    this.right = this.left + width - 1;
    this.mergesKnown = grid.merges !== undefined;
    this.merges = grid.merges ?? [];
    this.mergeOf = new Int32Array(grid.values.length * width);
    this.merges.forEach((m, i) => {
      // Only the part inside the grid matters; huge merges (whole columns) are clipped.
      for (let r = Math.max(m.top, this.top); r <= Math.min(m.bottom, this.bottom); r++) {
        for (let c = Math.max(m.left, this.left); c <= Math.min(m.right, this.right); c++) {
          this.mergeOf[(r - this.top) * width + (c - this.left)] = i + 1;
        }
      }
    });
  }

  private inGrid(row: number, col: number): boolean {
    return row >= this.top && row <= this.bottom && col >= this.left && col <= this.right;
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
    const m = this.inGrid(row, col) ? this.mergeOf[(row - this.top) * this.width + (col - this.left)] : 0;
    return m === 0 ? null : this.merges[m - 1];
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

  /** What the cell means (see cellContent.ts); the same object on every call, so treat it as read-only. */
  content(row: number, col: number): CellContent {
    if (!this.inGrid(row, col)) return this.parse(row, col);
    const cached = (this.contents[row - this.top] ??= new Array<CellContent | undefined>(this.width));
    return (cached[col - this.left] ??= this.parse(row, col));
  }

  private parse(row: number, col: number): CellContent {
    const raw = this.raw(row, col);
    if (typeof raw !== "string") return parseCell(raw, this.numberFormat(row, col));
    let content = this.parsedText.get(raw); // text means the same whatever the cell's number format
    if (content === undefined) this.parsedText.set(raw, (content = parseCell(raw)));
    return content;
  }

  text(row: number, col: number): string {
    if (!this.inGrid(row, col)) return cellText(this.raw(row, col));
    const cached = (this.texts[row - this.top] ??= new Array<string | undefined>(this.width));
    return (cached[col - this.left] ??= cellText(this.raw(row, col)));
  }

  shownText(row: number, col: number): string {
    const a = this.anchor(row, col);
    return this.text(a.row, a.col);
  }

  isBlank(row: number, col: number): boolean {
    return this.text(row, col) === "";
  }

  address(row: number, col: number): string {
    return toAddress(row, col);
  }
}
