// xl/sharedStrings.xml → the string table. Rich-text runs are concatenated; phonetic runs (<rPh>,
// Japanese furigana) are not part of the cell's text and are dropped, as Excel does when it reads a value.
import { decodeExcelEscapes, decodeXml, escapeRegExp, prefixOf } from "./xmlText";

export function parseSharedStrings(xml: string | undefined): string[] {
  if (!xml) return [];
  const p = escapeRegExp(prefixOf(xml, "sst"));
  const items: string[] = [];
  const si = new RegExp(`<${p}si(?=[\\s/>])[^>]*?(?:\\/>|>([\\s\\S]*?)<\\/${p}si>)`, "g");
  for (let m = si.exec(xml); m; m = si.exec(xml)) items.push(m[1] === undefined ? "" : richText(m[1], p));
  return items;
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
