// Step 1, read cells: a view over the host's Grid in sheet coordinates, with merged areas resolved.
// Every step asks the sheet about the same cells many times. Whatever it keeps lives as long as the run, and
// on a large sheet the young-generation GC copies all of it, so it keeps only what is costly to redo and
// shared by many cells: the meaning of each distinct text and of each number format. Per cell it keeps nothing
// but the merge index (a typed array, outside the JS heap's young generation) — and only while the grid is of a
// size a table has: a grid a million rows tall (a value far out on a sheet) finds merged areas through a coarse
// index of row bands instead, sized by the merged areas rather than by the furthest address.
import { columnName } from "./address";
import { cellText, isSpace, parseCell, scalePercent } from "./cellContent";
import type { CellContent, CellRange, Grid, RawValue } from "./types";

/**
 * The most cells the dense merge index covers (16 MB of Int32): far above a 25,000-KPI sheet (~500,000 cells), far
 * below what a grid stretched to row 1,048,576 or column XFD would need (an "Invalid typed array length").
 */
const DENSE_MERGE_CELLS = 1 << 22;
/** Rows per band of the sparse merge index (a power of two: the band is row >> BAND_BITS). */
const BAND_BITS = 6;
/**
 * The most entries the band index holds. Merged areas do not overlap in a sound file, so a real sheet stays far
 * below it; a damaged one with thousands of merges down a million rows would not, and its merges past the budget
 * are left out (their hidden cells read blank) rather than exhausting memory.
 */
const BAND_ENTRIES = 1 << 22;

/**
 * The longest text read as a header label. Real labels are a few words ("ร้อยละของคะแนนที่ได้หลังจากถ่วงน้ำหนัก
 * KPIs" is 45 characters); a longer cell is a note or pasted text, and tidying and matching every such cell of the
 * rows searched for a header made 40,000 cells of 1 MB take 14 seconds to say "no scorecard".
 */
export const MAX_LABEL_LENGTH = 200;

/** How a number format shows numbers: as percentages, in Thai digits. */
interface FormatTraits {
  percent: boolean;
  thaiDigits: boolean;
}

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
  /** Per cell of the grid (row-major from the origin): 1 + the index of its merged area in `merges`, or 0; null when the grid is too large for it. */
  private readonly mergeOf: Int32Array | null;
  /** Without mergeOf: per band of 2^BAND_BITS grid rows, the indexes of the merged areas that reach into it. */
  private readonly mergeBands: number[][] | null;
  /** Text cells repeat (targets, weights, "ทราบผล เดือน ก.ย. ๖๖"): text content is parsed once per distinct text. */
  private readonly parsedText = new Map<string, CellContent>();
  /** Number formats repeat ("General" nearly everywhere): what one says is worked out once. */
  private readonly formats = new Map<string, FormatTraits>();
  /** Texts that need tidying (rare), tidied once. */
  private readonly tidied = new Map<string, string>();
  /** Column letters by sheet column: addresses are made for thousands of cells in a few columns. */
  private readonly letters: string[] = [];

  constructor(private readonly grid: Grid) {
    this.name = grid.sheetName;
    this.top = grid.origin.row;
    this.left = grid.origin.col;
    let width = 0;
    for (const row of grid.values) if (row && row.length > width) width = row.length;
    this.width = width;
    this.bottom = this.top + grid.values.length - 1;
    this.right = this.left + width - 1;
    this.mergesKnown = grid.merges !== undefined;
    this.merges = grid.merges ?? [];
    const height = grid.values.length;
    if (height * width <= DENSE_MERGE_CELLS) {
      this.mergeBands = null;
      this.mergeOf = new Int32Array(height * width);
      // Sound merged areas never overlap, so together they cover at most every cell once: a damaged file whose
      // merges cover more is cut off there (the rest read as unmerged) rather than painted over and over.
      let painted = 0;
      for (let i = 0; i < this.merges.length && painted <= height * width; i++) {
        const m = this.merges[i];
        // Only the part inside the grid matters; huge merges (whole columns) are clipped.
        const [top, bottom] = [Math.max(m.top, this.top), Math.min(m.bottom, this.bottom)];
        const [left, right] = [Math.max(m.left, this.left), Math.min(m.right, this.right)];
        if (top > bottom || left > right) continue;
        painted += (bottom - top + 1) * (right - left + 1);
        for (let r = top; r <= bottom; r++) {
          for (let c = left; c <= right; c++) this.mergeOf[(r - this.top) * width + (c - this.left)] = i + 1;
        }
      }
    } else {
      this.mergeOf = null;
      const bands: number[][] = (this.mergeBands = []);
      let entries = 0;
      for (let i = 0; i < this.merges.length; i++) {
        const m = this.merges[i];
        if (m.right < this.left || m.left > this.right || m.bottom < this.top || m.top > this.bottom) continue;
        const first = (Math.max(m.top, this.top) - this.top) >> BAND_BITS;
        const last = (Math.min(m.bottom, this.bottom) - this.top) >> BAND_BITS;
        if ((entries += last - first + 1) > BAND_ENTRIES) break;
        for (let b = first; b <= last; b++) (bands[b] ??= []).push(i);
      }
    }
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

  /** The cell's solid fill (#RRGGBB), null for none, undefined where the host did not read fills. */
  fill(row: number, col: number): string | null | undefined {
    return this.grid.fills?.[row - this.top]?.[col - this.left];
  }

  formula(row: number, col: number): string | null {
    const f = this.grid.formulas?.[row - this.top]?.[col - this.left];
    return typeof f === "string" && f.startsWith("=") ? f : null;
  }

  merge(row: number, col: number): CellRange | null {
    const dense = this.mergeOf;
    if (dense === null) return this.mergeInBands(row, col);
    const m = this.inGrid(row, col) ? dense[(row - this.top) * this.width + (col - this.left)] : 0;
    return m === 0 ? null : this.merges[m - 1];
  }

  /** merge() on a grid too large for the dense index: the merged areas of the row's band, checked in turn. */
  private mergeInBands(row: number, col: number): CellRange | null {
    if (!this.inGrid(row, col)) return null;
    const band = this.mergeBands![(row - this.top) >> BAND_BITS];
    if (band) {
      for (const i of band) {
        const m = this.merges[i];
        if (row >= m.top && row <= m.bottom && col >= m.left && col <= m.right) return m;
      }
    }
    return null;
  }

  /** The cell that holds the value shown here: the top-left cell of its merged area, or itself. */
  anchor(row: number, col: number): { row: number; col: number } {
    const m = this.merge(row, col);
    return m ? { row: m.top, col: m.left } : { row, col };
  }

  /** The row of the cell that holds the value shown here (anchor() without making an object). */
  anchorRow(row: number, col: number): number {
    const m = this.merge(row, col);
    return m ? m.top : row;
  }

  /** The column of the cell that holds the value shown here. */
  anchorCol(row: number, col: number): number {
    const m = this.merge(row, col);
    return m ? m.left : col;
  }

  /** The value shown in the cell: a merged area shows its top-left value in every cell. */
  shown(row: number, col: number): RawValue {
    const m = this.merge(row, col);
    return m ? this.raw(m.top, m.left) : this.raw(row, col);
  }

  /** What the cell means (see cellContent.ts); text cells share one object per distinct text, so treat it as read-only. */
  content(row: number, col: number): CellContent {
    const raw = this.raw(row, col);
    if (typeof raw === "string") {
      let content = this.parsedText.get(raw); // text means the same whatever the cell's number format
      if (content === undefined) this.parsedText.set(raw, (content = parseCell(raw)));
      return content;
    }
    if (typeof raw !== "number" || !Number.isFinite(raw)) return parseCell(raw);
    const format = this.numberFormat(row, col);
    if (format === null) return parseCell(raw, null);
    let traits = this.formats.get(format);
    if (traits === undefined) this.formats.set(format, (traits = formatTraits(format)));
    return { kind: "number", value: traits.percent ? scalePercent(raw) : raw, thaiDigits: traits.thaiDigits, percent: traits.percent };
  }

  text(row: number, col: number): string {
    const raw = this.raw(row, col);
    if (typeof raw !== "string") return cellText(raw);
    let text = this.tidied.get(raw);
    if (text === undefined) {
      text = cellText(raw);
      if (text !== raw) this.tidied.set(raw, text); // a tidy text is returned as it is; only copies are kept
    }
    return text;
  }

  shownText(row: number, col: number): string {
    const m = this.merge(row, col);
    return m ? this.text(m.top, m.left) : this.text(row, col);
  }

  /** shownText, when it can be a header label: "" for a text longer than MAX_LABEL_LENGTH, which is never tidied. */
  label(row: number, col: number): string {
    const m = this.merge(row, col);
    const r = m ? m.top : row;
    const c = m ? m.left : col;
    const raw = this.raw(r, c);
    return typeof raw === "string" && raw.length > MAX_LABEL_LENGTH ? "" : this.text(r, c);
  }

  /** text(row, col) === "", without making the text: blank, or whitespace only. */
  isBlank(row: number, col: number): boolean {
    const raw = this.raw(row, col);
    if (raw === null) return true;
    if (typeof raw !== "string") return false;
    for (let i = 0; i < raw.length; i++) if (!isSpace(raw.charCodeAt(i))) return false;
    return true;
  }

  address(row: number, col: number): string {
    return (this.letters[col] ??= columnName(col)) + (row + 1);
  }
}

function formatTraits(format: string): FormatTraits {
  const probe = parseCell(1, format) as Extract<CellContent, { kind: "number" }>;
  return { percent: probe.percent, thaiDigits: probe.thaiDigits };
}

