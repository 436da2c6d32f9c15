// What `recalc` names the file it writes, and which names it refuses: the output keeps the package's type
// (Excel refuses to open a macro-enabled workbook named .xlsx, or an .xlsx named .xlsm), and never names the input.
import { UsageError } from "./args";
import { bilingual, type PackageKind } from "./strings";

export type { PackageKind };

const KIND_BY_CONTENT_TYPE: [RegExp, PackageKind][] = [
  [/application\/vnd\.ms-excel\.sheet\.macroEnabled\.main\+xml/i, "xlsm"],
  [/application\/vnd\.ms-excel\.template\.macroEnabled\.main\+xml/i, "xltm"],
  [/application\/vnd\.openxmlformats-officedocument\.spreadsheetml\.template\.main\+xml/i, "xltx"],
];

const EXCEL_EXTENSION = /\.(xlsx|xlsm|xltx|xltm)$/i;

/** The type a package's [Content_Types].xml declares for its workbook part; an ordinary workbook when it cannot be told. */
export function packageKind(contentTypes: string): PackageKind {
  return KIND_BY_CONTENT_TYPE.find(([re]) => re.test(contentTypes))?.[1] ?? "xlsx";
}

/** Whether the name is one of our own outputs (FILE.recalc.xlsx, FILE.summary.xlsm …). */
export function isOwnOutput(name: string): boolean {
  return /\.(recalc|summary)\.(xlsx|xlsm|xltx|xltm)$/i.test(name);
}

/** FILE.recalc.EXT beside the input, EXT the package's own type. */
export function defaultOutput(file: string, kind: PackageKind = "xlsx"): string {
  return `${file.replace(EXCEL_EXTENSION, "")}.recalc.${kind}`;
}

/** Refuses an output name whose extension is not the package's type, saying which it must be. */
export function checkOutputExtension(output: string, kind: PackageKind): void {
  const ext = /\.([^./\\]+)$/.exec(output)?.[1]?.toLowerCase();
  if (ext === kind) return;
  throw new UsageError(bilingual((t) => t.wrongExtension(kind, output, ext)), "twoLines");
}

export function sameAsInput(output: string, file: string, named = true): UsageError {
  if (!named) {
    // The default output's name is a link to the input: nothing the user typed, so no -o to blame.
    return new UsageError(bilingual((t) => t.defaultOutputIsInput(output, file)), "twoLines");
  }
  return new UsageError(bilingual((t) => t.outputIsInput(output, file)), "twoLines");
}
