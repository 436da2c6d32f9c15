// xl/calcChain.xml lists every formula cell in calculation order. Once a formula cell holds a constant
// the chain points at a cell without a formula and Excel reports the file as damaged. The chain is only a
// cache that Excel rebuilds on load, so we remove it (part, relationship, content type) instead.
import type { OpcPackage } from "./opcPackage";
import { relsPathOf } from "./opcPackage";
import { escapeRegExp } from "./xmlText";

export function dropCalcChain(pkg: OpcPackage, workbookPath: string): void {
  const rel = pkg.relatedOfType(workbookPath, "calcChain")[0];
  if (!rel) return;
  pkg.remove(rel.target);
  const relsPath = relsPathOf(workbookPath);
  const rels = pkg.text(relsPath);
  if (rels) {
    pkg.setText(relsPath, rels.replace(new RegExp(`<(?:[\\w.-]+:)?Relationship\\b[^>]*?\\sId="${escapeRegExp(rel.id)}"[^>]*?\\/?>(?:<\\/(?:[\\w.-]+:)?Relationship>)?`), ""));
  }
  const types = pkg.text("[Content_Types].xml");
  if (types) {
    const part = escapeRegExp("/" + rel.target);
    pkg.setText("[Content_Types].xml", types.replace(new RegExp(`<(?:[\\w.-]+:)?Override\\b[^>]*?PartName="${part}"[^>]*?\\/?>(?:<\\/(?:[\\w.-]+:)?Override>)?`, "i"), ""));
  }
}
