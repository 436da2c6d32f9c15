// The <c> elements we write. xl/sharedStrings.xml stays byte-identical: a string already in it as plain text
// (a pending note copied from the result cell, as the official sheet writes it) is pointed at (t="s"), as Excel
// itself stores text; any other string goes inline (t="inlineStr"). Pointing keeps the sheet's text ASCII, so a
// large edited sheet is joined and encoded as one-byte text. The table's optional count attribute is then low;
// it is advisory (writers such as openpyxl leave it out), so it is not rewritten. The cell's other markup (value
// metadata, old formula) belongs to the old value and goes.
import { XlsxError } from "./errors";
import { encodeCellText, escapeRegExp, removeAttr, setAttr } from "./xmlText";

function styleAttr(s: number): string {
  return s > 0 ? ` s="${s}"` : "";
}

/** `sharedIndex`: for a string, the index of a plain shared-string entry holding exactly that text, or -1. */
export function valueCellXml(p: string, ref: string, s: number, value: number | string | boolean, sharedIndex = -1): string {
  if (typeof value === "number") {
    if (!Number.isFinite(value)) throw new XlsxError({ th: `เขียนค่า ${value} ลงเซลล์ ${ref} ไม่ได้`, en: `Cannot write ${value} to ${ref}.` });
    return `<${p}c r="${ref}"${styleAttr(s)}><${p}v>${Object.is(value, -0) ? 0 : value}</${p}v></${p}c>`;
  }
  if (typeof value === "boolean") return `<${p}c r="${ref}"${styleAttr(s)} t="b"><${p}v>${value ? 1 : 0}</${p}v></${p}c>`;
  if (sharedIndex >= 0) return `<${p}c r="${ref}"${styleAttr(s)} t="s"><${p}v>${sharedIndex}</${p}v></${p}c>`;
  const space = /^\s|\s$|\n/.test(value) ? ' xml:space="preserve"' : "";
  return `<${p}c r="${ref}"${styleAttr(s)} t="inlineStr"><${p}is><${p}t${space}>${encodeCellText(value)}</${p}t></${p}is></${p}c>`;
}

export function formulaCellXml(p: string, ref: string, s: number, formula: string): string {
  return `<${p}c r="${ref}"${styleAttr(s)}><${p}f>${encodeCellText(formula.replace(/^=/, ""))}</${p}f></${p}c>`;
}

/** A cell with a style and no content: what a highlight creates where no <c> existed. */
export function emptyCellXml(p: string, ref: string, s: number): string {
  return `<${p}c r="${ref}"${styleAttr(s)}/>`;
}

/** The same <c> element text with only its style index changed (content untouched): what a highlight does. */
const cellOpenPatterns = new Map<string, RegExp>();

export function restyleCellXml(p: string, cellXml: string, s: number): string {
  let pattern = cellOpenPatterns.get(p);
  if (!pattern) cellOpenPatterns.set(p, (pattern = new RegExp(`^<${escapeRegExp(p)}c(?=[\\s/>])([^>]*?)(\\/?>)`)));
  const open = pattern.exec(cellXml);
  if (!open) return cellXml;
  let attrs = s > 0 ? setStyleAttr(open[1], s) : removeAttr(open[1], "s");
  if (attrs !== "" && !/^\s/.test(attrs)) attrs = " " + attrs;
  return `<${p}c${attrs}${open[2]}` + cellXml.slice(open[0].length);
}

/** setAttr(attrs, "s", …) without building a pattern per cell: the usual ` s="12"` form is replaced in place. */
function setStyleAttr(attrs: string, s: number): string {
  const at = attrs.indexOf(' s="');
  if (at < 0 || attrs.indexOf(" s=", at + 1) >= 0) return setAttr(attrs, "s", String(s)); // absent, or unusual: the general path
  const close = attrs.indexOf('"', at + 4);
  if (close < 0) return setAttr(attrs, "s", String(s));
  return `${attrs.slice(0, at)} s="${s}"${attrs.slice(close + 1)}`;
}
