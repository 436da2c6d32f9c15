// One worksheet's contents as the mock keeps them: cells, merges, protection, and what was set on it.
import type { CellRange } from "../../scorecard";
import type { MockCell, MockChart, MockValue } from "./types";

const BLANK: MockCell = { value: "", formula: null, numberFormat: "General", fill: null };
const cellKey = (row: number, col: number) => `${row}:${col}`;

export class SheetState {
  readonly cells = new Map<string, MockCell>();
  /** Every format set, in order: the range ("A1:E1"), the property path ("font.bold") and the value. */
  readonly formats: { range: CellRange; path: string; value: unknown }[] = [];
  /** Sheet-level sets and calls: "showGridlines", "pageLayout.orientation", "pageLayout.setPrintTitleRows()". */
  readonly props: Record<string, unknown> = {};
  readonly charts: MockChart[] = [];
  /** Rows (0-based) that start a printed page. */
  readonly pageBreaks: number[] = [];
  /** Value each formula gave, so that putting a formula back brings back its value (the mock does not calculate). */
  readonly formulaValues = new Map<string, MockValue>();
  constructor(
    public name: string,
    public merges: CellRange[],
    public isProtected = false,
  ) {}

  /** What Excel does with a write into a protected sheet whose cells are locked: fails the batch at that point. */
  assertWritable(): void {
    if (this.isProtected) throw Object.assign(new Error("The cell or chart you're trying to change is on a protected sheet."), { code: "AccessDenied" });
  }

  get(row: number, col: number): MockCell {
    return this.cells.get(cellKey(row, col)) ?? BLANK;
  }

  put(row: number, col: number, patch: Partial<MockCell>): void {
    const next = { ...this.get(row, col), ...patch };
    if (next.formula) this.formulaValues.set(`${row}:${col}:${next.formula}`, next.value);
    this.cells.set(cellKey(row, col), next);
  }

  /** Formatted or valued cells' bounding box, like getUsedRange(valuesOnly); null when the sheet is empty. */
  usedRect(valuesOnly = false): CellRange | null {
    let rect: CellRange | null = null;
    for (const [k, c] of this.cells) {
      if (c.value === "" && c.formula === null && (valuesOnly || (c.fill === null && c.numberFormat === "General"))) continue;
      const [row, col] = k.split(":").map(Number);
      rect = rect
        ? { top: Math.min(rect.top, row), left: Math.min(rect.left, col), bottom: Math.max(rect.bottom, row), right: Math.max(rect.right, col) }
        : { top: row, left: col, bottom: row, right: col };
    }
    for (const m of valuesOnly ? [] : this.merges) {
      if (!rect) rect = { ...m };
      else rect = { top: Math.min(rect.top, m.top), left: Math.min(rect.left, m.left), bottom: Math.max(rect.bottom, m.bottom), right: Math.max(rect.right, m.right) };
    }
    return rect;
  }
}

/** Where a proxy points, worked out at sync: the sheet and the rectangle (a name may be resolved late). */
export type Where = () => { sheet: SheetState; rect: CellRange };
