// Shared formulas: Excel stores a filled-down formula once, on the first cell (the master:
// <f t="shared" si="0" ref="O5:O26">SUM(M5:N5)</f>), and gives the other cells only <f t="shared" si="0"/>.
// Those cells are formula cells all the same; the engine must see their formula, moved by their
// offset from the master the way Excel moves a copied formula (relative references shift, $-anchored don't).
import { columnIndex, columnName, MAX_COLS, MAX_ROWS } from "../grid";

const CELL = /(\$?)([A-Za-z]{1,3})(\$?)(\d+)/y;
const COLS = /(\$?)([A-Za-z]{1,3}):(\$?)([A-Za-z]{1,3})(?![A-Za-z0-9_(])/y;
const ROWS = /(\$?)(\d+):(\$?)(\d+)/y;
const IDENT_START = /[A-Za-z_\\$]/;
const IDENT = /[A-Za-z0-9_.\\]/;

/** `formula` (no leading "="), as it reads when copied `dRow` rows down and `dCol` columns right. */
export function translateFormula(formula: string, dRow: number, dCol: number): string {
  if (dRow === 0 && dCol === 0) return formula;
  let out = "";
  let i = 0;
  const n = formula.length;
  while (i < n) {
    const ch = formula[i];
    if (ch === '"' || ch === "'") {
      // String literal or quoted sheet name: copy through, "" / '' being escaped quotes.
      let j = i + 1;
      while (j < n && !(formula[j] === ch && formula[j + 1] !== ch)) j += formula[j] === ch ? 2 : 1;
      out += formula.slice(i, j + 1);
      i = j + 1;
      continue;
    }
    if (ch === "[") {
      // Structured references and external-book indexes: not cell references, may nest.
      let depth = 0;
      let j = i;
      for (; j < n; j++) {
        if (formula[j] === "[") depth++;
        else if (formula[j] === "]" && --depth === 0) break;
      }
      out += formula.slice(i, j + 1);
      i = j + 1;
      continue;
    }
    const prev = i > 0 ? formula[i - 1] : "";
    const atBoundary = !IDENT.test(prev) && prev !== "$";
    if (atBoundary && (IDENT_START.test(ch) || (ch >= "0" && ch <= "9"))) {
      const moved = moveReferenceAt(formula, i, dRow, dCol);
      if (moved) {
        out += moved.text;
        i = moved.end;
        continue;
      }
      if (IDENT_START.test(ch)) {
        // A name or function (LOG10, Sheet1, _xlfn.XLOOKUP): copy the whole identifier.
        let j = i + 1;
        while (j < n && IDENT.test(formula[j])) j++;
        out += formula.slice(i, j);
        i = j;
        continue;
      }
      // A number: copy its digits so "12" is not re-read from "2".
      let j = i + 1;
      while (j < n && /[0-9.eE]/.test(formula[j])) j++;
      out += formula.slice(i, j);
      i = j;
      continue;
    }
    out += ch;
    i++;
  }
  return out;
}

function moveReferenceAt(f: string, i: number, dRow: number, dCol: number): { text: string; end: number } | null {
  const notFollowedByName = (end: number) => end >= f.length || !/[A-Za-z0-9_(.!]/.test(f[end]);
  COLS.lastIndex = i;
  let m = COLS.exec(f);
  if (m && columnIndex(m[2]) < MAX_COLS && columnIndex(m[4]) < MAX_COLS) {
    return { text: moveCol(m[1], m[2], dCol) + ":" + moveCol(m[3], m[4], dCol), end: COLS.lastIndex };
  }
  ROWS.lastIndex = i;
  m = ROWS.exec(f);
  if (m && notFollowedByName(ROWS.lastIndex)) {
    return { text: moveRow(m[1], m[2], dRow) + ":" + moveRow(m[3], m[4], dRow), end: ROWS.lastIndex };
  }
  CELL.lastIndex = i;
  m = CELL.exec(f);
  if (m && notFollowedByName(CELL.lastIndex) && columnIndex(m[2]) < MAX_COLS && Number(m[4]) >= 1 && Number(m[4]) <= MAX_ROWS) {
    const col = moveCol(m[1], m[2], dCol);
    const row = moveRow(m[3], m[4], dRow);
    if (col === "#REF!" || row === "#REF!") return { text: "#REF!", end: CELL.lastIndex };
    return { text: col + row, end: CELL.lastIndex };
  }
  return null;
}

function moveCol(dollar: string, letters: string, d: number): string {
  if (dollar) return dollar + letters.toUpperCase();
  const c = columnIndex(letters) + d;
  return c < 0 || c >= MAX_COLS ? "#REF!" : columnName(c);
}

function moveRow(dollar: string, digits: string, d: number): string {
  if (dollar) return dollar + digits;
  const r = Number(digits) + d;
  return r < 1 || r > MAX_ROWS ? "#REF!" : String(r);
}
