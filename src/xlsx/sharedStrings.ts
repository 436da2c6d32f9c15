// xl/sharedStrings.xml → the string table. Rich-text runs are concatenated; phonetic runs (<rPh>,
// Japanese furigana) are not part of the cell's text and are dropped, as Excel does when it reads a value.
import { decodeExcelEscapes, decodeXml, escapeRegExp, prefixOf } from "./xmlText";

/** The <si> elements of a table: each match's group 1 is the entry's body (undefined for a self-closing <si/>). */
function entryPattern(xml: string): { p: string; si: RegExp } {
  const p = escapeRegExp(prefixOf(xml, "sst"));
  return { p, si: new RegExp(`<${p}si(?=[\\s/>])[^>]*?(?:\\/>|>([\\s\\S]*?)<\\/${p}si>)`, "g") };
}

export function parseSharedStrings(xml: string | undefined): string[] {
  if (!xml) return [];
  const { p, si } = entryPattern(xml);
  const items: string[] = [];
  for (let m = si.exec(xml); m; m = si.exec(xml)) items.push(m[1] === undefined ? "" : richText(m[1], p));
  return items;
}

/**
 * Whether entry `index` is plain text (one <t>, no rich-text runs or phonetics), so that a cell may point at it
 * for its text alone. Asked only when writing, for the few entries whose text a plan writes: reading never pays it.
 */
export function isPlainEntry(xml: string, index: number): boolean {
  const { p, si } = entryPattern(xml);
  let m = si.exec(xml);
  for (let i = 0; m && i < index; i++) m = si.exec(xml);
  return m !== null && m[1] !== undefined && new RegExp(`^\\s*<${p}t(?:\\s[^>]*)?>[^<]*<\\/${p}t>\\s*$`).test(m[1]);
}

const textCache = new Map<string, { phonetic: RegExp; t: RegExp }>();

/** The text of an <si> or <is> body: every <t> outside <rPh>, joined. `p` is the escaped prefix. */
export function richText(body: string, p = ""): string {
  let re = textCache.get(p);
  if (!re) {
    re = {
      phonetic: new RegExp(`<${p}rPh\\b[\\s\\S]*?<\\/${p}rPh>`, "g"),
      t: new RegExp(`<${p}t(?=[\\s>/])[^>]*?(?:\\/>|>([\\s\\S]*?)<\\/${p}t>)`, "g"),
    };
    textCache.set(p, re);
  }
  const plain = body.indexOf("rPh") >= 0 ? body.replace(re.phonetic, "") : body;
  let text = "";
  re.t.lastIndex = 0;
  for (let m = re.t.exec(plain); m; m = re.t.exec(plain)) if (m[1]) text += m[1];
  return decodeExcelEscapes(decodeXml(text));
}
