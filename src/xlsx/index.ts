// The .xlsx package: read and edit workbooks losslessly, bytes in and bytes out. No Node APIs, so the
// command line and the browser preview page share it.
export { XlsxError } from "./errors";
export { openXlsx } from "./open";
export type { PackageOptions as OpenOptions } from "./opcPackage";
export type { DeflateRaw } from "./zipArchive";
export type { XlsxWorkbook } from "./workbook";
