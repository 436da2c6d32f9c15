// A1 references for the package: the engine's implementation under the names this package uses.
export {
  MAX_ROWS, MAX_COLS, columnIndex, columnName as columnLetters, toAddress as toRef, parseAddress as parseRef, parseRange,
  rangeContains, rangeAddress as rangeRef,
} from "../scorecard/address";
