// Reads a fixture .xlsx into mock-workbook cells: values, formulas, number formats, fills and merged areas,
// the way Excel would report them to the add-in. Only what the fixtures use; not a general xlsx reader.
import { readFileSync } from "fs";
import JSZip from "jszip";
import { parseRangeAddress } from "../a1";
import { type CellRange, parseAddress } from "../../scorecard";
import type { MockCell, MockSheetInit } from "./mockWorkbook";

const BUILTIN_FORMATS: Record<number, string> = { 0: "General", 1: "0", 2: "0.00", 9: "0%", 10: "0.00%", 49: "@" };

function unescapeXml(s: string): string {
  return s
    .replace(/&lt;/g, "<")
    .replace(/&gt;/g, ">")
    .replace(/&quot;/g, '"')
    .replace(/&apos;/g, "'")
    .replace(/&#(\d+);/g, (_, n) => String.fromCodePoint(Number(n)))
    .replace(/&amp;/g, "&");
}

const attr = (tag: string, name: string) => new RegExp(`\\b${name}="([^"]*)"`).exec(tag)?.[1];

function sharedStrings(xml: string | undefined): string[] {
  if (!xml) return [];
  return [...xml.matchAll(/<si>([\s\S]*?)<\/si>/g)].map((m) => unescapeXml([...m[1].matchAll(/<t[^>]*>([\s\S]*?)<\/t>/g)].map((t) => t[1]).join("")));
}

/** Style index → number format and fill colour. */
function styles(xml: string | undefined): { numberFormat: string; fill: string | null }[] {
  if (!xml) return [];
  const custom = new Map<number, string>();
  for (const m of xml.matchAll(/<numFmt\b[^>]*>/g)) custom.set(Number(attr(m[0], "numFmtId")), unescapeXml(attr(m[0], "formatCode") ?? "General"));
  const fills = [...(/<fills[^>]*>([\s\S]*?)<\/fills>/.exec(xml)?.[1] ?? "").matchAll(/<fill>([\s\S]*?)<\/fill>/g)].map((m) => {
    const solid = /patternType="solid"/.test(m[1]);
    const rgb = /<fgColor rgb="(?:FF)?([0-9A-Fa-f]{6})"/.exec(m[1])?.[1];
    return solid && rgb ? `#${rgb.toUpperCase()}` : null;
  });
  const xfs = /<cellXfs[^>]*>([\s\S]*?)<\/cellXfs>/.exec(xml)?.[1] ?? "";
  return [...xfs.matchAll(/<xf\b[^>]*>/g)].map((m) => {
    const id = Number(attr(m[0], "numFmtId") ?? 0);
    return { numberFormat: custom.get(id) ?? BUILTIN_FORMATS[id] ?? "General", fill: fills[Number(attr(m[0], "fillId") ?? 0)] ?? null };
  });
}

/** The first worksheet of an .xlsx as a mock sheet. */
export async function readFixtureSheet(path: string): Promise<MockSheetInit> {
  const zip = await JSZip.loadAsync(readFileSync(path));
  const text = (name: string) => zip.file(name)?.async("string");
  const [sheetXml, sst, stylesXml, workbookXml] = await Promise.all([
    text("xl/worksheets/sheet1.xml"),
    text("xl/sharedStrings.xml"),
    text("xl/styles.xml"),
    text("xl/workbook.xml"),
  ]);
  if (!sheetXml) throw new Error(`${path}: no xl/worksheets/sheet1.xml`);
  const strings = sharedStrings(sst);
  const xfs = styles(stylesXml);
  const name = unescapeXml(/<sheet\b[^>]*\bname="([^"]*)"/.exec(workbookXml ?? "")?.[1] ?? "Sheet1");

  const cells: MockSheetInit["cells"] = [];
  for (const m of sheetXml.matchAll(/<c\b([^>]*?)(?:\/>|>([\s\S]*?)<\/c>)/g)) {
    const ref = parseAddress(attr(m[1], "r") ?? "");
    if (!ref) continue;
    const style = xfs[Number(attr(m[1], "s") ?? 0)] ?? { numberFormat: "General", fill: null };
    const inner = m[2] ?? "";
    const v = /<v>([\s\S]*?)<\/v>/.exec(inner)?.[1];
    const f = /<f>([\s\S]*?)<\/f>/.exec(inner)?.[1];
    const t = attr(m[1], "t");
    let value: MockCell["value"] = "";
    if (t === "s" && v !== undefined) value = strings[Number(v)] ?? "";
    else if (t === "inlineStr") value = unescapeXml(/<t[^>]*>([\s\S]*?)<\/t>/.exec(inner)?.[1] ?? "");
    else if (t === "str" && v !== undefined) value = unescapeXml(v);
    else if (t === "b" && v !== undefined) value = v === "1";
    else if (v !== undefined) value = Number(v);
    cells.push({ row: ref.row, col: ref.col, cell: { value, formula: f ? `=${unescapeXml(f)}` : null, numberFormat: style.numberFormat, fill: style.fill } });
  }
  const merges: CellRange[] = [...sheetXml.matchAll(/<mergeCell ref="([^"]+)"/g)]
    .map((m) => parseRangeAddress(m[1]))
    .filter((r): r is CellRange => r !== null);
  return { name, cells, merges };
}
