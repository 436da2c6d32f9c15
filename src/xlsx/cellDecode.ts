// What one scanned <c> holds: its value as the engine's RawValue, and its formula element if any.
// The one place that knows the cell types (t="s" | "str" | "inlineStr" | "b" | "e" | "d" | "n").
import type { RawValue } from "../grid";
import type { ScannedCell } from "./sheetScan";
import { richText } from "./sharedStrings";
import { attr, decodeXml, escapeRegExp } from "./xmlText";

export interface FormulaElement {
  /** "normal" | "shared" | "array" | "dataTable" */
  type: string;
  /** Decoded formula text without "="; "" for shared-formula followers. */
  text: string;
  /** Shared-formula group (t="shared"). */
  si?: string;
  /** Range a shared master or array formula covers. */
  ref?: string;
  attrs: string;
}

interface Patterns {
  v: RegExp;
  f: RegExp;
  is: RegExp;
  p: string;
}
const cache = new Map<string, Patterns>();

function patterns(prefix: string): Patterns {
  let pat = cache.get(prefix);
  if (!pat) {
    const p = escapeRegExp(prefix);
    pat = {
      v: new RegExp(`<${p}v(?=[\\s>/])[^>]*?(?:\\/>|>([\\s\\S]*?)<\\/${p}v>)`),
      f: new RegExp(`<${p}f(?=[\\s>/])([^>]*?)(?:\\/>|>([\\s\\S]*?)<\\/${p}f>)`),
      is: new RegExp(`<${p}is(?=[\\s>/])[^>]*?(?:\\/>|>([\\s\\S]*?)<\\/${p}is>)`),
      p,
    };
    cache.set(prefix, pat);
  }
  return pat;
}

export function decodeValue(cell: ScannedCell, sharedStrings: string[], prefix: string): RawValue {
  return cell.inner === null ? null : decodeValueOf(attr(cell.attrs, "t"), cell.inner, sharedStrings, prefix);
}

/** The value of a cell with type attribute `t` and content `inner` (the text inside <c>…</c>). */
export function decodeValueOf(t: string | undefined, inner: string, sharedStrings: string[], prefix: string): RawValue {
  if (inner === "") return null;
  const pat = patterns(prefix);
  if (t === "inlineStr") {
    const is = pat.is.exec(inner);
    return is ? richText(is[1] ?? "", pat.p) : null;
  }
  let v: string;
  // Fast path for a plain <v>…</v>; the regex handles attributes and prefixes.
  const vOpen = `<${prefix}v>`;
  const at = inner.indexOf(vOpen);
  if (at >= 0) {
    v = inner.slice(at + vOpen.length, inner.indexOf("<", at + vOpen.length));
  } else {
    const vm = pat.v.exec(inner);
    if (!vm || vm[1] === undefined) return null;
    v = vm[1];
  }
  switch (t) {
    case "s": {
      const s = sharedStrings[Number(v)];
      return s === undefined ? null : s;
    }
    case "str":
    case "e":
      return decodeXml(v);
    case "b":
      return v.trim() === "1" || v.trim() === "true";
    case "d":
      return isoDateToSerial(decodeXml(v));
    default: {
      const n = Number(v);
      return v.trim() === "" || Number.isNaN(n) ? decodeXml(v) : n;
    }
  }
}

/** The <f> element inside a cell's content (the text inside <c>…</c>), or null. */
export function decodeFormula(inner: string | null, prefix: string): FormulaElement | null {
  if (inner === null || inner.indexOf(`<${prefix}f`) < 0) return null;
  const m = patterns(prefix).f.exec(inner);
  if (!m) return null;
  const attrs = m[1];
  return {
    type: attr(attrs, "t") ?? "normal",
    text: m[2] ? decodeXml(m[2]) : "",
    si: attr(attrs, "si"),
    ref: attr(attrs, "ref"),
    attrs,
  };
}

/** t="d" cells (ISO 8601) become Excel serial numbers, the form Excel itself hands out for dates. */
function isoDateToSerial(iso: string): RawValue {
  const ms = Date.parse(/[zZ]|[+-]\d\d:?\d\d$/.test(iso) || !iso.includes("T") ? iso : iso + "Z");
  if (Number.isNaN(ms)) return iso;
  return ms / 86400000 + 25569;
}
