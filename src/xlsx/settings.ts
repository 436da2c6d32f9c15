// Add-in settings inside the package. Office keeps Office.context.document.settings in the task-pane
// web extension part (xl/webextensions/webextension*.xml) as <we:property name="…" value="…"/>, each
// value the JSON text of what the add-in stored. Reading them here lets the CLI honour the same per-sheet
// choices (scoring method, column mapping) that the task pane saved.
import { XlsxError } from "./errors";
import type { OpcPackage } from "./opcPackage";
import { attr, encodeXml, escapeRegExp, findElement, prefixOf } from "./xmlText";

const PART = /^xl\/webextensions\/webextension\d*\.xml$/i;

function settingsParts(pkg: OpcPackage): string[] {
  return pkg.paths().filter((p) => PART.test(p)).sort((a, b) => a.localeCompare(b, "en", { numeric: true }));
}

export function readSettings(pkg: OpcPackage): Record<string, string> {
  const out: Record<string, string> = {};
  for (const path of settingsParts(pkg)) {
    const xml = pkg.text(path) ?? "";
    const p = escapeRegExp(prefixOf(xml, "webextension"));
    for (const m of xml.matchAll(new RegExp(`<${p}property\\b([^>]*?)\\/?>`, "g"))) {
      const name = attr(m[1], "name");
      const value = attr(m[1], "value");
      if (name !== undefined && value !== undefined && !(name in out)) out[name] = value;
    }
  }
  return out;
}

/**
 * Sets one property in the first web extension part (replacing it where it is, or appending it).
 * We do not create the part: it must carry the add-in's store reference, which only Office writes
 * when the add-in is inserted, so a workbook that never had the add-in cannot hold its settings.
 */
export function writeSetting(pkg: OpcPackage, name: string, value: string): void {
  const path = settingsParts(pkg).find((p) => {
    const xml = pkg.text(p) ?? "";
    return new RegExp(`\\sname="${escapeRegExp(encodeXml(name))}"`).test(xml);
  }) ?? settingsParts(pkg)[0];
  if (!path) {
    throw new XlsxError({
      th: "บันทึกการตั้งค่าลงไฟล์ไม่ได้: ไฟล์นี้ยังไม่เคยเปิดใช้ Add-in HR Scorecard ใน Excel",
      en:
        "Cannot save settings: this workbook has never had the HR Scorecard add-in inserted in Excel.",
    });
  }
  const xml = pkg.text(path) as string;
  const pfx = prefixOf(xml, "webextension");
  const p = escapeRegExp(pfx);
  const property = `<${pfx}property name="${encodeXml(name)}" value="${encodeXml(value)}"/>`;
  const existing = new RegExp(`<${p}property\\b[^>]*?\\sname="${escapeRegExp(encodeXml(name))}"[^>]*?\\/?>(?:<\\/${p}property>)?`).exec(xml);
  if (existing) {
    pkg.setText(path, xml.slice(0, existing.index) + property + xml.slice(existing.index + existing[0].length));
    return;
  }
  const props = findElement(xml, `${pfx}properties`);
  if (props) {
    const inner = (props.inner ?? "") + property;
    pkg.setText(path, xml.slice(0, props.start) + `<${pfx}properties${props.attrs}>${inner}</${pfx}properties>` + xml.slice(props.end));
    return;
  }
  // No <we:properties> yet: it follows <we:alternateReferences> (or <we:reference>) in CT_OsfWebExtension.
  const anchor = findElement(xml, `${pfx}alternateReferences`) ?? findElement(xml, `${pfx}reference`);
  if (!anchor) throw new XlsxError({ th: `${path} เสียหาย`, en: `${path} is damaged (no <reference>).` });
  pkg.setText(path, xml.slice(0, anchor.end) + `<${pfx}properties>${property}</${pfx}properties>` + xml.slice(anchor.end));
}
