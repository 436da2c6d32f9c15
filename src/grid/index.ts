// Grid types and A1 address helpers: the vocabulary shared by the engine, the .xlsx package and the Excel
// adapter, with no dependency on any of them.
export type { CellRange, Grid, RawValue } from "./types";
export { MAX_ROWS, MAX_COLS, columnName, columnIndex, toAddress, parseAddress, parseRange, rangeContains, rangeAddress } from "./address";
