// The no-loss policy: before a value is written we check the cell against every part whose XML
// describes cells of this sheet and would have to change with it. Where our surgery cannot keep that
// part consistent, we refuse and name what would be lost, instead of writing a file Excel must repair.
import { parseRange, rangeAddress, rangeContains, toAddress, type CellRange } from "../grid";
import { XlsxError } from "./errors";
import type { SheetFormulas } from "./formulas";
import type { OpcPackage } from "./opcPackage";
import { attr, findElement, prefixOf } from "./xmlText";

interface Protected {
  range: CellRange;
  /** Thai and English reasons, completing "เซลล์ X …" / "Cell X …". */
  th: string;
  en: string;
}

/** Cells of `sheetPath` whose values only the owning part may change: table headers and totals, pivot tables. */
export function protectedAreas(pkg: OpcPackage, sheetPath: string): Protected[] {
  const areas: Protected[] = [];
  for (const rel of pkg.relatedOfType(sheetPath, "table")) {
    const xml = pkg.text(rel.target);
    if (!xml) continue;
    const p = prefixOf(xml, "table");
    const table = findElement(xml, `${p}table`);
    const range = table ? parseRange(attr(table.attrs, "ref") ?? "") : null;
    if (!table || !range) continue;
    const name = attr(table.attrs, "displayName") ?? attr(table.attrs, "name") ?? rel.target;
    const headers = Number(attr(table.attrs, "headerRowCount") ?? 1);
    const totals = Number(attr(table.attrs, "totalsRowCount") ?? 0);
    if (headers > 0) {
      areas.push({
        range: { ...range, bottom: range.top + headers - 1 },
        th: `เป็นหัวคอลัมน์ของตาราง "${name}" (ชื่อคอลัมน์เก็บไว้ในนิยามตารางด้วย)`,
        en: `is a header cell of table "${name}" (column names are also stored in the table definition)`,
      });
    }
    if (totals > 0) {
      areas.push({
        range: { ...range, top: range.bottom - totals + 1 },
        th: `อยู่ในแถวผลรวมของตาราง "${name}"`,
        en: `is in the totals row of table "${name}"`,
      });
    }
  }
  for (const rel of pkg.relatedOfType(sheetPath, "pivotTable")) {
    const xml = pkg.text(rel.target);
    const location = xml ? findElement(xml, `${prefixOf(xml, "pivotTableDefinition")}location`) : null;
    const range = location ? parseRange(attr(location.attrs, "ref") ?? "") : null;
    if (!range) continue;
    areas.push({ range, th: "อยู่ในตาราง Pivot (ค่าจะถูกคำนวณทับเมื่อรีเฟรช)", en: "is inside a pivot table (refreshing it would overwrite the value)" });
  }
  return areas;
}

/** Throws XlsxError naming the first cell that cannot be written without damaging another part. */
export function assertWritable(cells: { row: number; col: number }[], areas: Protected[], formulas: SheetFormulas): void {
  if (areas.length === 0 && formulas.arrays.length === 0) return; // nothing to hit: no per-cell work
  for (const { row, col } of cells) {
    const area = areas.find((a) => rangeContains(a.range, row, col));
    if (area) throw refusal(toAddress(row, col), area.th, area.en);
    const array = formulas.arrayAt(row, col);
    if (array && (array.range.top !== array.range.bottom || array.range.left !== array.range.right)) {
      const where = rangeAddress(array.range);
      throw refusal(toAddress(row, col), `เป็นส่วนหนึ่งของสูตรอาร์เรย์ ${where} (แก้บางเซลล์ไม่ได้)`, `is part of the array formula in ${where} (part of an array cannot be changed)`);
    }
  }
}

function refusal(ref: string, th: string, en: string): XlsxError {
  return new XlsxError({
    th: `ไม่ได้เขียนไฟล์: เซลล์ ${ref} ${th} การเขียนทับจะทำให้ข้อมูลส่วนนั้นเสียหาย`,
    en:
      `Nothing was written: cell ${ref} ${en}; writing it would damage that part of the workbook.`,
  });
}
