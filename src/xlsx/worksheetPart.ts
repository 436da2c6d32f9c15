// Adding a worksheet to an existing package, losslessly: a new part xl/worksheets/sheetN.xml, its
// <sheet> in workbook.xml, its relationship in workbook.xml.rels and its content type override; nothing
// else is touched. Or, for a sheet that exists, its part text replaced in place (same part, relationship
// and sheetId). Print titles are the sheet's _xlnm.Print_Titles defined name.
import { XlsxError } from "./errors";
import { relsPathOf, type OpcPackage } from "./opcPackage";
import { encodeXml, escapeRegExp, findElement, prefixOf } from "./xmlText";

const REL_NS = "http://schemas.openxmlformats.org/officeDocument/2006/relationships";
const WORKSHEET_TYPE = `${REL_NS}/worksheet`;
const WORKSHEET_CT = "application/vnd.openxmlformats-officedocument.spreadsheetml.worksheet+xml";

/** Adds a new worksheet part named `name` at the end of the tabs; returns its package path. */
export function addWorksheetPart(pkg: OpcPackage, workbookPath: string, name: string, sheetXml: string): string {
  const folder = workbookPath.includes("/") ? workbookPath.slice(0, workbookPath.lastIndexOf("/") + 1) : "";
  let n = 1;
  while (pkg.has(`${folder}worksheets/sheet${n}.xml`)) n++;
  const path = `${folder}worksheets/sheet${n}.xml`;
  pkg.setText(path, sheetXml);

  // Relationship: the next free rIdN.
  const relsPath = relsPathOf(workbookPath);
  const rels = pkg.text(relsPath);
  if (rels === undefined) throw new XlsxError({ th: "ไฟล์ขาด workbook.xml.rels", en: "The file lacks workbook.xml.rels." });
  const ids = new Set(pkg.relationships(workbookPath).map((r) => r.id));
  let k = ids.size + 1;
  while (ids.has(`rId${k}`)) k++;
  const rId = `rId${k}`;
  const relsPrefix = prefixOf(rels, "Relationships");
  pkg.setText(relsPath, insertBefore(rels, `</${relsPrefix}Relationships>`, `<${relsPrefix}Relationship Id="${rId}" Type="${WORKSHEET_TYPE}" Target="worksheets/sheet${n}.xml"/>`));

  // Content type.
  const types = pkg.text("[Content_Types].xml");
  if (types === undefined) throw new XlsxError({ th: "ไฟล์ขาด [Content_Types].xml", en: "The file lacks [Content_Types].xml." });
  const typesPrefix = prefixOf(types, "Types");
  pkg.setText("[Content_Types].xml", insertBefore(types, `</${typesPrefix}Types>`, `<${typesPrefix}Override PartName="/${path}" ContentType="${WORKSHEET_CT}"/>`));

  // <sheet> at the end of <sheets>, with the next free sheetId.
  const book = pkg.text(workbookPath) ?? "";
  const p = prefixOf(book, "workbook");
  const sheets = findElement(book, `${p}sheets`);
  if (!sheets || sheets.inner === null) throw new XlsxError({ th: "workbook.xml เสียหาย", en: "workbook.xml is damaged (no <sheets>)." });
  const sheetIds = [...sheets.inner.matchAll(/\ssheetId="(\d+)"/g)].map((m) => Number(m[1]));
  const sheetId = Math.max(0, ...sheetIds) + 1;
  const r = new RegExp(`\\sxmlns:([\\w.-]+)="${escapeRegExp(REL_NS)}"`).exec(book.slice(0, book.indexOf(">", book.indexOf(`<${p}workbook`)) + 1));
  const idAttr = r ? `${r[1]}:id="${rId}"` : `xmlns:r="${REL_NS}" r:id="${rId}"`;
  const entry = `<${p}sheet name="${encodeXml(name)}" sheetId="${sheetId}" ${idAttr}/>`;
  pkg.setText(workbookPath, book.slice(0, sheets.end - `</${p}sheets>`.length) + entry + book.slice(sheets.end - `</${p}sheets>`.length));
  return path;
}

/**
 * The sheet's print titles (rows repeated on every printed page), replacing any it had; with `rows`
 * undefined only removes them. `localSheetId` is the sheet's 0-based position among all <sheet> elements.
 */
export function setPrintTitles(pkg: OpcPackage, workbookPath: string, localSheetId: number, sheetName: string, rows: [number, number] | undefined): void {
  let book = pkg.text(workbookPath) ?? "";
  const p = prefixOf(book, "workbook");
  const q = escapeRegExp(p);
  // Defined names are per sheet: drop this sheet's print titles and print area (they described the old sheet).
  const own = new RegExp(`<${q}definedName\\b(?=[^>]*\\bname="_xlnm\\.(?:Print_Titles|Print_Area)")(?=[^>]*\\blocalSheetId="${localSheetId}")[^>]*>[\\s\\S]*?<\\/${q}definedName>`, "g");
  book = book.replace(own, "");
  book = book.replace(new RegExp(`<${q}definedNames>\\s*<\\/${q}definedNames>`), "");
  if (rows) {
    const quoted = `'${sheetName.replace(/'/g, "''")}'`;
    const name = `<${p}definedName name="_xlnm.Print_Titles" localSheetId="${localSheetId}">${encodeXml(`${quoted}!$${rows[0]}:$${rows[1]}`)}</${p}definedName>`;
    const names = findElement(book, `${p}definedNames`);
    if (names && names.inner !== null) {
      book = insertBefore(book, `</${p}definedNames>`, name);
    } else if (names) {
      book = book.slice(0, names.start) + `<${p}definedNames>${name}</${p}definedNames>` + book.slice(names.end);
    } else {
      // CT_Workbook order: sheets, functionGroups?, externalReferences?, definedNames?, calcPr? …
      let at = findElement(book, `${p}sheets`)?.end ?? -1;
      for (const before of ["functionGroups", "externalReferences"]) {
        const el = findElement(book, `${p}${before}`);
        if (el && el.end > at) at = el.end;
      }
      if (at < 0) throw new XlsxError({ th: "workbook.xml เสียหาย", en: "workbook.xml is damaged (no <sheets>)." });
      book = book.slice(0, at) + `<${p}definedNames>${name}</${p}definedNames>` + book.slice(at);
    }
  }
  pkg.setText(workbookPath, book);
}

function insertBefore(xml: string, closing: string, text: string): string {
  const at = xml.lastIndexOf(closing);
  if (at < 0) throw new XlsxError({ th: `ไฟล์เสียหาย (ไม่พบ ${closing})`, en: `damaged part (no ${closing}).` });
  return xml.slice(0, at) + text + xml.slice(at);
}
