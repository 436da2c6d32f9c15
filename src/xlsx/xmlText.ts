// Small XML text helpers for string surgery. We never round-trip a part through a DOM (that would
// reorder attributes, namespaces and whitespace); we read with these and splice text.

const NAMED: Record<string, string> = { lt: "<", gt: ">", amp: "&", quot: '"', apos: "'" };

/** Decodes XML entities (&amp; &#3585; &#x0E01;). */
export function decodeXml(s: string): string {
  if (s.indexOf("&") < 0) return s;
  return s.replace(/&(#x[0-9a-fA-F]+|#\d+|lt|gt|amp|quot|apos);/g, (_, e: string) => {
    if (e[0] !== "#") return NAMED[e];
    const code = e[1] === "x" ? parseInt(e.slice(2), 16) : parseInt(e.slice(1), 10);
    return String.fromCodePoint(code);
  });
}

/** Excel escapes characters XML cannot carry (and literal "_xHHHH_") as _xHHHH_ inside strings. */
export function decodeExcelEscapes(s: string): string {
  if (s.indexOf("_x") < 0) return s;
  return s.replace(/_x([0-9A-Fa-f]{4})_/g, (_, h: string) => String.fromCharCode(parseInt(h, 16)));
}

/** Escapes text content and attribute values alike (quotes included, so one function serves both). */
export function encodeXml(s: string): string {
  return s.replace(/[<>&"]/g, (c) => (c === "<" ? "&lt;" : c === ">" ? "&gt;" : c === "&" ? "&amp;" : "&quot;"));
}

/** Encodes a string for a cell's <t>: XML escapes plus Excel's _xHHHH_ for control characters. */
export function encodeCellText(s: string): string {
  return encodeXml(s.replace(/_x[0-9A-Fa-f]{4}_/g, (m) => "_x005F" + m)).replace(
    /[\x00-\x08\x0B\x0C\x0E-\x1F]/g,
    (c) => "_x" + c.charCodeAt(0).toString(16).toUpperCase().padStart(4, "0") + "_",
  );
}

const attrPatterns = new Map<string, RegExp>();

/** The value of attribute `name` (exact qualified name) in a tag's attribute text, decoded; undefined if absent. */
export function attr(attrs: string, name: string): string | undefined {
  // Fast path for the form every spreadsheet writer uses (name="value", one space before): this runs
  // for every cell of every sheet we read, so it must not cost a regex.
  const at = attrs.indexOf(` ${name}="`);
  if (at >= 0) {
    const from = at + name.length + 3;
    const value = attrs.slice(from, attrs.indexOf('"', from));
    return value.indexOf("&") < 0 ? value : decodeXml(value);
  }
  if (attrs.indexOf(name) < 0) return undefined;
  let re = attrPatterns.get(name);
  if (!re) {
    re = new RegExp(`(?:^|\\s)${name.replace(/[.:]/g, "\\$&")}\\s*=\\s*(?:"([^"]*)"|'([^']*)')`);
    attrPatterns.set(name, re);
  }
  const m = re.exec(attrs);
  if (!m) return undefined;
  return decodeXml(m[1] ?? m[2]);
}

/** The value of the first attribute whose local name is `local` (any prefix): r:id, x:id… */
export function attrLocal(attrs: string, local: string): string | undefined {
  const m = new RegExp(`(?:^|\\s)(?:[\\w.-]+:)?${local}\\s*=\\s*(?:"([^"]*)"|'([^']*)')`).exec(attrs);
  return m ? decodeXml(m[1] ?? m[2]) : undefined;
}

/** Sets (or adds) attribute `name` in a tag's attribute text, leaving the others as they are. */
export function setAttr(attrs: string, name: string, value: string): string {
  const re = new RegExp(`(^|\\s)${name.replace(/[.:]/g, "\\$&")}\\s*=\\s*(?:"[^"]*"|'[^']*')`);
  const encoded = `${name}="${encodeXml(value)}"`;
  if (re.test(attrs)) return attrs.replace(re, (_m, lead: string) => lead + encoded);
  const trimmed = attrs.replace(/\s+$/, "");
  return `${trimmed} ${encoded}`;
}

/** Removes attribute `name` from a tag's attribute text. */
export function removeAttr(attrs: string, name: string): string {
  return attrs.replace(new RegExp(`\\s+${name.replace(/[.:]/g, "\\$&")}\\s*=\\s*(?:"[^"]*"|'[^']*')`), "");
}

/** The namespace prefix ("" or "x:") a part uses for its root element, so scanners match `<x:row>` too. */
export function prefixOf(xml: string, rootLocalName: string): string {
  const m = new RegExp(`<([\\w.-]+:)?${rootLocalName}[\\s>/]`).exec(xml);
  return m && m[1] ? m[1] : "";
}

export function escapeRegExp(s: string): string {
  return s.replace(/[.*+?^${}()|[\]\\]/g, "\\$&");
}

/**
 * Finds the element `<{p}name …>…</{p}name>` or `<{p}name …/>` (first occurrence, no nesting of the
 * same name, true of every element we look up this way). Returns its span and the attribute/inner text.
 */
export function findElement(
  xml: string,
  qname: string,
  from = 0,
): { start: number; end: number; attrs: string; inner: string | null; innerStart: number } | null {
  const re = new RegExp(`<${escapeRegExp(qname)}(?=[\\s/>])([^>]*?)(\\/?)>`, "g");
  re.lastIndex = from;
  const m = re.exec(xml);
  if (!m) return null;
  const start = m.index;
  const openEnd = start + m[0].length;
  if (m[2] === "/") return { start, end: openEnd, attrs: m[1], inner: null, innerStart: openEnd };
  const close = xml.indexOf(`</${qname}>`, openEnd);
  if (close < 0) return null;
  return { start, end: close + qname.length + 3, attrs: m[1], inner: xml.slice(openEnd, close), innerStart: openEnd };
}
