// Many units' workbooks in one sheet: a row per file and scorecard sheet with the total, each dimension's
// points (by position: มิติ ๑ … มิติ n, since units name their dimensions differently), how many KPIs are
// reported, pending and missing, and a note for files that hold no scorecard or cannot be read.
import { type Cell, num, numerals, type Row, type SheetLayout, type Summary, textRow } from "../scorecard";
import { layoutCsv } from "./csv";
import { layoutWorkbook } from "./xlsxPackage";

export interface ConsolidatedRow {
  /** The file as the user named it (path or name). */
  file: string;
  /** The sheet; "" when the file could not be read at all. */
  sheet: string;
  /** The sheet's summary, when it holds a scorecard. */
  summary?: Summary;
  /** Why there is no summary (no scorecard, unreadable file: the message), or a remark; "" when none. */
  note: string;
}

export const CONSOLIDATED_SHEET = "รวมผล HR Scorecard";

export function consolidatedLayout(rows: ConsolidatedRow[], title = "สรุปผล HR Scorecard รวมทุกหน่วยงาน"): SheetLayout {
  const summaries = rows.flatMap((r) => (r.summary ? [r.summary] : []));
  // Thai digits unless most scorecards write Arabic ones: the official form writes Thai.
  const thaiDigits = summaries.filter((s) => s.thaiDigits).length * 2 >= summaries.length;
  const d = numerals(thaiDigits).plain;
  const dims = Math.max(0, ...summaries.map((s) => s.dimensions.length));
  const header = ["ลำดับ", "ไฟล์", "แผ่นงาน", "หน่วยงาน", "ปีงบประมาณ / รอบ", "คะแนนรวม", ...Array.from({ length: dims }, (_, i) => d(`มิติ ${i + 1}`)), "รายงานผลแล้ว", "รอผล", "ไม่มีข้อมูล", "ตัวชี้วัดทั้งหมด", "หมายเหตุ"];
  const body: Row[] = rows.map((r, i) => {
    const s = r.summary;
    const counts: Cell[] = s ? [num(s.reportedCount, 0), num(s.pending.length, 0), num(s.missing.length, 0), num(s.kpiCount, 0)] : [null, null, null, null];
    const points: Cell[] = Array.from({ length: dims }, (_, k) => (s?.dimensions[k] ? num(s.dimensions[k].points) : null));
    return { style: "item", cells: [d(String(i + 1)), r.file, r.sheet, s?.department ?? "", s?.heading ?? "", s ? num(s.total) : null, ...points, ...counts, r.note] };
  });
  const width = header.length;
  const line = (style: Row["style"], text: string) => textRow(style, text, width);
  const found = summaries.length;
  return {
    sheetName: CONSOLIDATED_SHEET,
    widths: [7, 34, 16, 20, 30, 11, ...new Array(dims).fill(9), 12, 8, 10, 12, 40],
    rows: [
      line("title", title),
      line("subtitle", d(`${rows.length} รายการ · พบตาราง HR Scorecard ${found} รายการ`)),
      { style: "header", cells: header },
      ...body,
    ],
    thaiDigits,
    printTitleRows: [3, 3],
    freezeRows: 3,
  };
}

export function consolidatedCsv(rows: ConsolidatedRow[]): string {
  return layoutCsv(consolidatedLayout(rows));
}

export function consolidatedWorkbook(rows: ConsolidatedRow[]): Promise<Uint8Array> {
  return layoutWorkbook(consolidatedLayout(rows));
}
