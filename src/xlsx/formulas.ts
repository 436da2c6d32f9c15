// Which cells of a sheet hold formulas, and their text: plain formulas, shared-formula followers
// (translated from their master) and every cell an array formula covers (Excel reports the array
// formula for each of them, and none of them may be written on its own).
import { decodeFormula, type FormulaElement } from "./cellDecode";
import { parseRange, type CellRange } from "../grid";
import { translateFormula } from "./sharedFormula";
import { formulaCells, type ScannedCell, type ScannedSheet } from "./sheetScan";

interface Master {
  row: number;
  col: number;
  text: string;
}

export interface ArrayArea {
  range: CellRange;
  text: string;
  master: { row: number; col: number };
}

/** A shared formula's master carries the text (and the range); followers carry only si. */
export function isSharedMaster(f: FormulaElement): boolean {
  return f.ref !== undefined || f.text !== "";
}

export class SheetFormulas {
  readonly sharedMasters = new Map<string, Master>();
  readonly arrays: ArrayArea[] = [];
  /** Shared-formula group of each follower cell, keyed "row,col" (for edits that remove a master). */
  readonly followers = new Map<string, ScannedCell[]>();

  constructor(sheet: ScannedSheet) {
    for (const cell of formulaCells(sheet)) {
      const f = decodeFormula(cell.inner, sheet.p);
      if (!f) continue;
      if (f.type === "shared" && f.si !== undefined) {
        if (isSharedMaster(f)) {
          if (!this.sharedMasters.has(f.si)) this.sharedMasters.set(f.si, { row: cell.row, col: cell.col, text: f.text });
        } else {
          const list = this.followers.get(f.si) ?? [];
          list.push(cell);
          this.followers.set(f.si, list);
        }
      } else if ((f.type === "array" || f.type === "dataTable") && f.ref) {
        const range = parseRange(f.ref);
        const text = f.type === "array" ? f.text : `TABLE(${[attrOf(f, "r1"), attrOf(f, "r2")].filter(Boolean).join(",")})`;
        if (range) this.arrays.push({ range, text, master: { row: cell.row, col: cell.col } });
      }
    }
  }

  /** The cell's formula as "=…", or null for a constant. `f` is its decoded <f>, if it has one. */
  formulaOf(cell: ScannedCell, f: FormulaElement | null): string | null {
    if (f) {
      if (f.type === "shared" && f.text === "" && f.si !== undefined) {
        const m = this.sharedMasters.get(f.si);
        return m ? "=" + translateFormula(m.text, cell.row - m.row, cell.col - m.col) : null;
      }
      if (f.type === "dataTable") return "=" + (this.arrayAt(cell.row, cell.col)?.text ?? "TABLE()");
      return "=" + f.text;
    }
    return this.arrayFormulaAt(cell.row, cell.col);
  }

  /** Formula reported for a cell covered by an array formula (also cells without a <c>), else null. */
  arrayFormulaAt(row: number, col: number): string | null {
    const a = this.arrayAt(row, col);
    return a ? "=" + a.text : null;
  }

  arrayAt(row: number, col: number): ArrayArea | undefined {
    if (this.arrays.length === 0) return undefined;
    return this.arrays.find((a) => row >= a.range.top && row <= a.range.bottom && col >= a.range.left && col <= a.range.right);
  }
}

function attrOf(f: FormulaElement, name: string): string | undefined {
  const m = new RegExp(`\\s${name}="([^"]*)"`).exec(f.attrs);
  return m ? m[1] : undefined;
}

