// xl/workbook.xml: which sheets exist, in tab order, and where their parts are; and the calculation
// flag we set after writing.
import { XlsxError } from "./errors";
import type { OpcPackage } from "./opcPackage";
import { attr, attrLocal, findElement, prefixOf, setAttr } from "./xmlText";

export interface SheetEntry {
  name: string;
  sheetId: string;
  state: "visible" | "hidden" | "veryHidden";
  /** Package path of the sheet part. */
  path: string;
  kind: "worksheet" | "chartsheet" | "dialogsheet" | "macrosheet" | "other";
}

export function readSheetEntries(pkg: OpcPackage, workbookPath: string): SheetEntry[] {
  const xml = pkg.text(workbookPath) ?? "";
  const p = prefixOf(xml, "workbook");
  const rels = new Map(pkg.relationships(workbookPath).map((r) => [r.id, r]));
  const sheets = findElement(xml, `${p}sheets`);
  const entries: SheetEntry[] = [];
  if (!sheets || sheets.inner === null) return entries;
  for (const m of sheets.inner.matchAll(new RegExp(`<${p}sheet\\b([^>]*?)\\/?>`, "g"))) {
    const a = m[1];
    const rel = rels.get(attrLocal(a, "id") ?? "");
    const type = rel?.type ?? "";
    const kind = (["worksheet", "chartsheet", "dialogsheet"] as const).find((k) => type.endsWith("/" + k)) ??
      (type.endsWith("/xlMacrosheet") ? "macrosheet" : "other");
    entries.push({
      name: attr(a, "name") ?? "",
      sheetId: attr(a, "sheetId") ?? "",
      state: (attr(a, "state") as SheetEntry["state"]) ?? "visible",
      path: rel?.target ?? "",
      kind,
    });
  }
  return entries;
}

/**
 * Asks Excel to recalculate every formula when the file is next opened. We write values into cells
 * that formulas elsewhere may depend on (a summary sheet's =SUM('HR Scorecard'!O5:O26)), but we do not
 * recompute those formulas ourselves, so their cached <v> values are stale until Excel recalculates.
 */
export function withFullCalcOnLoad(workbookXml: string): string {
  const p = prefixOf(workbookXml, "workbook");
  const calc = findElement(workbookXml, `${p}calcPr`);
  if (calc) {
    if (attr(calc.attrs, "fullCalcOnLoad") === "1") return workbookXml;
    const selfClosing = calc.inner === null;
    const attrs = setAttr(calc.attrs.replace(/\s*\/$/, ""), "fullCalcOnLoad", "1");
    const open = `<${p}calcPr${attrs.startsWith(" ") ? "" : " "}${attrs}${selfClosing ? "/>" : ">"}`;
    const openLength = workbookXml.indexOf(">", calc.start) + 1 - calc.start;
    return workbookXml.slice(0, calc.start) + open + workbookXml.slice(calc.start + openLength);
  }
  // calcPr comes after definedNames and before these (CT_Workbook sequence order).
  const after = ["oleSize", "customWorkbookViews", "pivotCaches", "smartTagPr", "smartTagTypes", "webPublishing",
    "fileRecoveryPr", "webPublishObjects", "extLst"];
  let at = workbookXml.lastIndexOf(`</${p}workbook>`);
  for (const name of after) {
    const found = findElement(workbookXml, `${p}${name}`);
    if (found && found.start < at) at = found.start;
  }
  if (at < 0) throw new XlsxError({ th: "workbook.xml เสียหาย", en: "workbook.xml is damaged (no </workbook>)." });
  return workbookXml.slice(0, at) + `<${p}calcPr fullCalcOnLoad="1"/>` + workbookXml.slice(at);
}
