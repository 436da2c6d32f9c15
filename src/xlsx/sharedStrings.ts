// xl/sharedStrings.xml → the string table. Rich-text runs are concatenated; phonetic runs (<rPh>,
// Japanese furigana) are not part of the cell's text and are dropped, as Excel does when it reads a value.
import { decodeExcelEscapes, decodeXml, escapeRegExp, prefixOf } from "./xmlText";

export interface SharedStringTable {
  /** The text of each entry, by index. */
  texts: string[];
  /** Whether the entry is plain text (one <t>, no rich-text runs or phonetics): a cell may point at it for its text alone. */
  plain: boolean[];
}

export function parseSharedStringTable(xml: string | undefined): SharedStringTable {
  const table: SharedStringTable = { texts: [], plain: [] };
  if (!xml) return table;
  const p = escapeRegExp(prefixOf(xml, "sst"));
  const si = new RegExp(`<${p}si(?=[\\s/>])[^>]*?(?:\\/>|>([\\s\\S]*?)<\\/${p}si>)`, "g");
  const plainBody = new RegExp(`^\\s*<${p}t(?:\\s[^>]*)?>[^<]*<\\/${p}t>\\s*$`);
  for (let m = si.exec(xml); m; m = si.exec(xml)) {
    table.texts.push(m[1] === undefined ? "" : richText(m[1], p));
    table.plain.push(m[1] !== undefined && plainBody.test(m[1]));
  }
  return table;
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
