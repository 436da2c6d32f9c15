// The .xlsx reader on mutated packages: rows and columns anywhere (beyond Excel's limits too), cell types and
// values of any kind, other namespaces and prefixes, parts left out or too large, bytes cut or flipped. Every
// outcome is a result (a grid the engine reads) or a sentence (an XlsxError in Thai and English), never an
// internal error.
import fc from "fast-check";
import JSZip from "jszip";
import { analyze } from "../src/scorecard";
import { openXlsx, XlsxError } from "../src/xlsx";
import { INFLATE_LIMITS } from "../src/xlsx/inflateLimits";

const REL = "http://schemas.openxmlformats.org/officeDocument/2006/relationships";
const PKG_REL = "http://schemas.openxmlformats.org/package/2006/relationships";
const NAMESPACES = [
  "http://schemas.openxmlformats.org/spreadsheetml/2006/main",
  "http://purl.oclc.org/ooxml/spreadsheetml/main",
  "http://schemas.microsoft.com/office/excel/2006/2",
  "urn:something-else",
];
// Small limits, so that "too large" is reached by packages of a few kilobytes.
const LIMITS = { ...INFLATE_LIMITS, part: 24_000, total: 40_000, ratioFrom: 8_000, ratio: 50 };

const letters = fc.stringMatching(/^[A-Z]{0,7}$/);
const rowNumber = fc.oneof(
  fc.integer({ min: 1, max: 60 }),
  fc.constantFrom(0, 1048576, 1048577, 2_000_000_000, 231999999999940),
  fc.constant(-1),
);
const cellText = fc.oneof(fc.string({ maxLength: 12 }), fc.constantFrom("ตัวชี้วัด", "น้ำหนัก KPIs", "ระดับเป้าหมาย ๓", "#DIV/0!", "ทราบผล ก.ย. ๖๖", "&amp;", "<", "]]>"));

const escape = (t: string) => t.replace(/&(?!amp;)/g, "&amp;").replace(/</g, "&lt;");

const cell = fc.record({
  col: letters,
  row: fc.option(rowNumber),
  type: fc.constantFrom(undefined, "s", "n", "b", "e", "str", "inlineStr", "d", "zz"),
  value: fc.oneof(fc.integer({ min: -5, max: 40 }).map(String), cellText, fc.constant("1e400")),
  style: fc.option(fc.integer({ min: 0, max: 9 })),
  formula: fc.option(fc.constantFrom("SUM(A1:A3)", 'f t="shared" si="0"', 'f t="array" ref="A1:ZZZZ9"')),
});

type Cell = typeof cell extends fc.Arbitrary<infer T> ? T : never;

function cellXml(p: string, c: Cell, fallbackRow: number): string {
  const ref = c.row === null ? (c.col ? ` r="${c.col}${fallbackRow}"` : "") : ` r="${c.col}${c.row}"`;
  const t = c.type ? ` t="${c.type}"` : "";
  const s = c.style === null ? "" : ` s="${c.style}"`;
  const f = c.formula === null ? "" : c.formula.startsWith("f ") ? `<${p}${c.formula}/>` : `<${p}f>${c.formula}</${p}f>`;
  const v = c.type === "inlineStr" ? `<${p}is><${p}t>${escape(c.value)}</${p}t></${p}is>` : `<${p}v>${escape(c.value)}</${p}v>`;
  return `<${p}c${ref}${t}${s}>${f}${v}</${p}c>`;
}

const packageSpec = fc.record({
  namespace: fc.constantFrom(...NAMESPACES),
  prefix: fc.constantFrom("", "x:"),
  rows: fc.array(fc.record({ r: fc.option(rowNumber), cells: fc.array(cell, { maxLength: 6 }) }), { maxLength: 8 }),
  merges: fc.array(fc.tuple(letters, rowNumber, letters, rowNumber), { maxLength: 3 }),
  padding: fc.constantFrom(0, 0, 0, 10_000, 30_000, 50_000),
  sheetKind: fc.constantFrom("worksheet", "worksheet", "chartsheet", "nonsense"),
  drop: fc.subarray(["[Content_Types].xml", "_rels/.rels", "xl/workbook.xml", "xl/_rels/workbook.xml.rels", "xl/worksheets/sheet1.xml", "xl/styles.xml", "xl/sharedStrings.xml"], { maxLength: 2 }),
  emptySheets: fc.boolean(),
  styles: fc.constantFrom("full", "empty", "garbage"),
  damage: fc.option(fc.record({ at: fc.nat(), byte: fc.integer({ min: 0, max: 255 }), cut: fc.boolean() })),
});

type PackageSpec = typeof packageSpec extends fc.Arbitrary<infer T> ? T : never;

async function build(spec: PackageSpec): Promise<Uint8Array> {
  const { namespace: ns, prefix: p } = spec;
  const xmlns = p ? `xmlns:${p.slice(0, -1)}="${ns}"` : `xmlns="${ns}"`;
  const rows = spec.rows
    .map((row, i) => `<${p}row${row.r === null ? "" : ` r="${row.r}"`}>${row.cells.map((c) => cellXml(p, c, row.r ?? i + 1)).join("")}</${p}row>`)
    .join("");
  const merges = spec.merges.length ? `<${p}mergeCells>${spec.merges.map(([a, r1, b, r2]) => `<${p}mergeCell ref="${a}${r1}:${b}${r2}"/>`).join("")}</${p}mergeCells>` : "";
  const sheet = `<${p}worksheet ${xmlns}><${p}sheetData>${rows}</${p}sheetData>${merges}${" ".repeat(spec.padding)}</${p}worksheet>`;
  const styles = spec.styles === "full"
    ? `<styleSheet xmlns="${ns}"><numFmts><numFmt numFmtId="164" formatCode="0.00%"/></numFmts><fills><fill><patternFill patternType="none"/></fill><fill><patternFill patternType="solid"><fgColor rgb="FFFFEB9C"/></patternFill></fill></fills><cellXfs><xf numFmtId="0"/><xf numFmtId="164" fillId="1"/><xf numFmtId="10"/></cellXfs></styleSheet>`
    : spec.styles === "empty" ? `<styleSheet xmlns="${ns}"/>` : "<styleSheet";
  const parts: Record<string, string> = {
    "[Content_Types].xml": `<Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types"/>`,
    "_rels/.rels": `<Relationships xmlns="${PKG_REL}"><Relationship Id="rId1" Type="${REL}/officeDocument" Target="xl/workbook.xml"/></Relationships>`,
    "xl/workbook.xml": `<${p}workbook ${xmlns} xmlns:r="${REL}"><${p}sheets>${spec.emptySheets ? "" : `<${p}sheet name="S" sheetId="1" r:id="rId1"/>`}</${p}sheets></${p}workbook>`,
    "xl/_rels/workbook.xml.rels":
      `<Relationships xmlns="${PKG_REL}"><Relationship Id="rId1" Type="${REL}/${spec.sheetKind}" Target="worksheets/sheet1.xml"/>` +
      `<Relationship Id="rId2" Type="${REL}/styles" Target="styles.xml"/><Relationship Id="rId3" Type="${REL}/sharedStrings" Target="sharedStrings.xml"/></Relationships>`,
    "xl/worksheets/sheet1.xml": sheet,
    "xl/styles.xml": styles,
    "xl/sharedStrings.xml": `<sst xmlns="${ns}"><si><t>ตัวชี้วัด</t></si><si><r><t>น้ำหนัก</t></r><r><t> KPIs</t></r></si></sst>`,
  };
  const zip = new JSZip();
  for (const [name, text] of Object.entries(parts)) if (!(spec.drop as string[]).includes(name)) zip.file(name, text);
  let bytes = await zip.generateAsync({ type: "uint8array", compression: "DEFLATE" });
  if (spec.damage) {
    const at = spec.damage.at % bytes.length;
    bytes = spec.damage.cut ? bytes.slice(0, at) : bytes.slice();
    if (!spec.damage.cut) bytes[at] = spec.damage.byte;
  }
  return bytes;
}

/** A sentence for the officer: an XlsxError whose message is Thai, then " / ", then English. */
function expectSentence(e: unknown): void {
  if (!(e instanceof XlsxError)) throw new Error(`internal error: ${(e as Error)?.stack ?? e}`);
  expect(e.message).toMatch(/^[^/]*[\u0E00-\u0E7F][\s\S]* \/ [A-Z"][\s\S]*[.)]$/);
}

describe("the reader on mutated packages", () => {
  it("gives a result or a sentence, never an internal error", async () => {
    await fc.assert(
      fc.asyncProperty(packageSpec, async (spec) => {
        const bytes = await build(spec);
        try {
          const wb = await openXlsx(bytes, { limits: LIMITS });
          for (const name of wb.sheetNames()) {
            const grid = wb.readGrid(name);
            const result = analyze(grid);
            expect(typeof result.ok).toBe("boolean");
            if (!result.ok) expect(result.reason.message).toMatch(/แผ่นงาน/);
            wb.cellFill(name, 0, 0);
          }
        } catch (e) {
          expectSentence(e);
        }
      }),
      { numRuns: 250 },
    );
  });
});
