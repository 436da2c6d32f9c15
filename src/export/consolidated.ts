// Many units' workbooks in one sheet: a row per file and scorecard sheet (or per round of a sheet that keeps its
// rounds side by side, with --rounds) with the total, each dimension's
// points (by position: มิติ ๑ … มิติ n, since units name their dimensions differently), how many KPIs are
// reported, pending and missing, and a note for files that hold no scorecard or cannot be read. HR Scorecards
// (out of 100) and 5-point tables (out of 5) may sit side by side, each row saying its scale; never added up.
import { type Cell, namedGroups, SCALE_DECIMALS, num, numerals, type Row, type SheetLayout, type Summary, textRow } from "../scorecard";
import { layoutCsv } from "./csv";
import { layoutWorkbook } from "./xlsxPackage";

export interface ConsolidatedRow {
  /** The file as the user named it (path or name). */
  file: string;
  /** The sheet; "" when the file could not be read at all. */
  sheet: string;
  /**
   * The result block the row is of ("รอบ 6 เดือน", "ประเมินตนเอง"), its heading as the sheet writes it with its
   * whitespace folded, on a sheet that keeps several side by side; absent otherwise.
   */
  block?: string;
  /** The sheet's summary, when it holds a scorecard. */
  summary?: Summary;
  /** Why there is no summary (no scorecard, unreadable file: the message), or a remark; "" when none. */
  note: string;
}

export const CONSOLIDATED_SHEET = "รวมผล HR Scorecard";
/** The heading of the column naming each row's result block. */
export const BLOCK_COLUMN = "รอบ / ชุดผล";

/**
 * The consolidation. Where some sheets are 5-point tables (คำรับรองการปฏิบัติราชการ) it gains a column saying
 * what each total is out of (100 or 5) and one counting KPIs left out (cancelled, next round); a total out of 5
 * and its dimensions' weighted scores show 4 decimals, as those tables do. Where the two scales mix, a note under
 * the title says so: nothing in it adds or averages across rows, and nothing may, since 2.55 out of 5 and 28.83
 * out of 100 do not add up to anything. Where some row is of a result block, a column after the round names it
 * (รอบ / ชุดผล); the rows of sheets without blocks leave it empty.
 */
export function consolidatedLayout(rows: ConsolidatedRow[], title?: string): SheetLayout {
  const summaries = rows.flatMap((r) => (r.summary ? [r.summary] : []));
  // Thai digits unless most scorecards write Arabic ones: the official form writes Thai.
  const thaiDigits = summaries.filter((s) => s.thaiDigits).length * 2 >= summaries.length;
  const d = numerals(thaiDigits).plain;
  // The dimensions each sheet names: a 5-point table without group rows has none (its one made group is its total).
  const named = (s: Summary) => namedGroups(s.dimensions);
  const dims = Math.max(0, ...summaries.map((s) => named(s).length));
  const onFive = summaries.filter((s) => s.scale === 5).length;
  const onHundred = summaries.length - onFive;
  const scaled = onFive > 0; // the scale's columns only where a 5-point table is in: the HR-only sheet stays as it was
  const mixed = onFive > 0 && onHundred > 0;
  // The block's column only where some sheet keeps result blocks: the title's round alone cannot tell them apart.
  const blocks = rows.some((r) => r.block !== undefined);
  const header = [
    "ลำดับ", "ไฟล์", "แผ่นงาน", "หน่วยงาน", "ปีงบประมาณ / รอบ", ...(blocks ? [BLOCK_COLUMN] : []), "คะแนนรวม", ...(scaled ? ["คะแนนเต็ม"] : []),
    ...Array.from({ length: dims }, (_, i) => d(`มิติ ${i + 1}`)), "รายงานผลแล้ว", "รอผล", "ไม่มีข้อมูล", ...(scaled ? ["ไม่นับรวม"] : []), "ตัวชี้วัดทั้งหมด", "หมายเหตุ",
  ];
  const body: Row[] = rows.map((r, i) => {
    const s = r.summary;
    const places = SCALE_DECIMALS[s?.scale ?? 100];
    const counts: Cell[] = s ? [num(s.reportedCount, 0), num(s.pending.length, 0), num(s.missing.length, 0), ...(scaled ? [num(s.excluded.length, 0)] : []), num(s.kpiCount, 0)] : new Array(scaled ? 5 : 4).fill(null);
    const own = s ? named(s) : [];
    const points: Cell[] = Array.from({ length: dims }, (_, k) => (own[k] ? num(own[k].points, places) : null));
    const scale: Cell[] = scaled ? [s ? num(s.scale, 0) : null] : [];
    return { style: "item", cells: [d(String(i + 1)), r.file, r.sheet, s?.department ?? "", s?.heading ?? "", ...(blocks ? [r.block ?? ""] : []), s ? num(s.total, places) : null, ...scale, ...points, ...counts, r.note] };
  });
  const width = header.length;
  const line = (style: Row["style"], text: string) => textRow(style, text, width);
  const found = summaries.length;
  const subtitle = scaled
    ? d(`${rows.length} รายการ · พบตารางคะแนน ${found} รายการ (HR Scorecard เต็ม 100 คะแนน ${onHundred} รายการ · คำรับรองการปฏิบัติราชการ เต็ม 5 คะแนน ${onFive} รายการ)`)
    : d(`${rows.length} รายการ · พบตาราง HR Scorecard ${found} รายการ`);
  const notes = mixed
    ? [line("note", d("รวมคะแนนสองแบบ: เต็ม 100 คะแนน (HR Scorecard) และเต็ม 5 คะแนน (คำรับรองการปฏิบัติราชการ) ดูคอลัมน์คะแนนเต็ม · คะแนนต่างแบบกันนำมารวมหรือเฉลี่ยกันไม่ได้ จึงไม่มีผลรวมหรือค่าเฉลี่ยในตารางนี้"))]
    : [];
  const top = 3 + notes.length; // the header's 1-based row
  return {
    sheetName: CONSOLIDATED_SHEET,
    // The block's column fits "คณะกรรมการประเมิน" on one line; the page is fitted to one A4 landscape width.
    widths: [7, 34, 16, 20, 30, ...(blocks ? [18] : []), 11, ...(scaled ? [10] : []), ...new Array(dims).fill(9), 12, 8, 10, ...(scaled ? [10] : []), 12, 40],
    rows: [
      line("title", title ?? (scaled ? "สรุปผลคะแนนรวมทุกหน่วยงาน" : "สรุปผล HR Scorecard รวมทุกหน่วยงาน")),
      line("subtitle", subtitle),
      ...notes,
      { style: "header", cells: header },
      ...body,
    ],
    thaiDigits,
    printTitleRows: [top, top],
    freezeRows: top,
  };
}

export function consolidatedCsv(rows: ConsolidatedRow[]): string {
  return layoutCsv(consolidatedLayout(rows));
}

export function consolidatedWorkbook(rows: ConsolidatedRow[]): Promise<Uint8Array> {
  return layoutWorkbook(consolidatedLayout(rows));
}
