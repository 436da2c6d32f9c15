// Every word the pane shows, in Thai (first) and English. Flag and sheet messages are the engine's own
// (Flag.message / messageEn, NotAScorecard.message / messageEn); the pane only picks the language.
import { TERMS as T, type ColumnRole, type RecalcStep } from "../../scorecard";

export type Lang = "th" | "en";

/** Office gives "th-TH", "en-US", …: Thai for Thai, English for everything else. */
export function langFromLocale(locale: string | undefined | null): Lang {
  return (locale ?? "").toLowerCase().startsWith("th") ? "th" : "en";
}

export interface Strings {
  appTitle: string;
  recalculate: string;
  steps: Record<RecalcStep, string>;
  total: string;
  outOf: (n: string) => string;
  dimensionLabel: (n: string, points: string, weight: string) => string;
  dimensions: string;
  counts: { pending: string; missing: string; errors: string };
  groups: { overdue: string; pending: string; missing: string; errors: string; warnings: string };
  /** A group's heading: its name, the note all its items quote (if they share one), and how many there are. */
  groupHeading: (group: string, count: string, quoted: string | undefined) => string;
  flagsHeading: string;
  noFlags: string;
  /** As the summary says it: "รายงานผลแล้ว ๘ จาก ๒๒ ตัวชี้วัด". */
  reported: (n: string, total: string) => string;
  flagCell: (cell: string) => string;
  goToCell: (kpi: string, cell: string) => string;
  confirmTitle: (n: string) => string;
  confirmFormulasOnly: string;
  confirmIntro: string;
  confirmMore: (n: string) => string;
  overwriteFormulas: (n: string) => string;
  formulasKept: (n: string) => string;
  highlightsTakenOff: (n: string) => string;
  cancel: string;
  confirm: string;
  blank: string;
  cancelled: string;
  done: (n: string) => string;
  undo: string;
  undone: string;
  clearHighlights: string;
  highlightsCleared: string;
  settings: string;
  method: string;
  methodStep: string;
  methodLinear: string;
  /** Said beside the method choice once the sheet is recalculated with it. */
  methodApplied: (total: string, before: string) => string;
  methodSaved: string;
  mapping: string;
  mappingNone: string;
  mappingSaved: (row: string, n: string) => string;
  editMapping: string;
  removeMapping: string;
  notAScorecard: string;
  missing: string;
  mapTitle: string;
  mapIntro: string;
  headerRow: string;
  rowRange: (first: string, last: string) => string;
  pickColumn: string;
  columnOption: (letter: string, header: string) => string;
  emptyColumn: string;
  moreColumns: string;
  /** The form's one list when nothing is missing: every column, as the engine found them. */
  allColumns: string;
  saveAndRun: string;
  cancelMapping: string;
  mapNeedsAll: string;
  /** What the chosen columns still lack, said before saving. */
  mapStillMissing: (roles: string) => string;
  mapReads: (n: string) => string;
  mapWorse: (n: string, auto: string) => string;
  roles: Record<ColumnRole, string>;
  sheet: (name: string) => string;
  export: {
    menu: string;
    sheet: string;
    xlsx: string;
    csv: string;
    working: string;
    sheetDone: (name: string) => string;
    downloaded: (file: string) => string;
    replaceTitle: (name: string) => string;
    replaceBody: string;
    replace: string;
    notAScorecard: string;
    isSummary: string;
  };
  error: string;
  outsideTitle: string;
  outsideBody: string;
}

const th: Strings = {
  appTitle: "HR Scorecard",
  recalculate: "คำนวณคะแนนใหม่",
  steps: {
    reading: "กำลังอ่านข้อมูลในแผ่นงาน…",
    analyzing: "กำลังคำนวณระดับและคะแนน…",
    confirming: "รอการยืนยัน…",
    writing: "กำลังเขียนผลลงแผ่นงาน…",
    done: "เสร็จแล้ว",
  },
  total: "คะแนน HR Scorecard รวม",
  outOf: (n) => `จาก ${n}`,
  dimensionLabel: (n, points, weight) => `มิติ ${n}: ${points} จาก ${weight}`,
  dimensions: "คะแนนรายมิติ",
  counts: { pending: T.pending.th, missing: T.missing.th, errors: T.error.th },
  groups: { overdue: "ควรทราบผลแล้ว", pending: T.pending.th, missing: T.missing.th, errors: T.error.th, warnings: T.warning.th },
  groupHeading: (group, count, quoted) => (quoted === undefined ? `${group} (${count})` : `${group} "${quoted}" (${count})`),
  flagsHeading: "รายการที่ต้องตรวจสอบ",
  noFlags: "ไม่มีรายการที่ต้องตรวจสอบ",
  reported: (n, total) => `${T.reported.th} ${n} จาก ${total} ${T.kpi.th}`,
  flagCell: (cell) => `${T.cell.th} ${cell}`,
  goToCell: (kpi, cell) => `ไปที่${T.cell.th} ${cell} (${T.kpi.th} ${kpi})`,
  confirmTitle: (n) => `${n} ${T.cell.th}จะเปลี่ยนค่า`,
  confirmFormulasOnly: "มีเซลล์ที่เป็นสูตร",
  confirmIntro: "ค่าเดิม → ค่าใหม่",
  confirmMore: (n) => `และอีก ${n} เซลล์`,
  overwriteFormulas: (n) => `เขียนทับสูตร ${n} เซลล์`,
  formulasKept: (n) => `คงสูตรไว้ ${n} เซลล์ (ไม่ได้เขียนทับ)`,
  highlightsTakenOff: (n) => `เอาไฮไลต์ของการคำนวณครั้งก่อนออก ${n} เซลล์ เพราะผลงานเข้ามาแล้ว`,
  cancel: "ยกเลิก",
  confirm: "ยืนยัน",
  blank: "(ว่าง)",
  cancelled: "ยกเลิกแล้ว ไม่มีการเปลี่ยนแปลงในแผ่นงาน",
  done: (n) => `เขียนผลลงแผ่นงานแล้ว ${n} เซลล์`,
  undo: T.undo.th,
  undone: "ย้อนกลับแล้ว แผ่นงานกลับเป็นเหมือนก่อนคำนวณ",
  clearHighlights: "ล้างไฮไลต์",
  highlightsCleared: "ล้างไฮไลต์แล้ว",
  settings: "การตั้งค่าของแผ่นงานนี้",
  method: "วิธีให้คะแนน",
  methodStep: "ตามระดับ (ขั้นบันได)",
  methodLinear: "เทียบสัดส่วนระหว่างระดับ (เชิงเส้น)",
  methodApplied: (total, before) => `คำนวณใหม่ตามวิธีนี้แล้ว: ${T.total.th} ${total} (เดิม ${before})`,
  methodSaved: "บันทึกวิธีให้คะแนนแล้ว: ใช้เมื่อกดคำนวณคะแนนใหม่",
  mapping: "การจับคู่คอลัมน์",
  mappingNone: "อ่านหัวตารางอัตโนมัติ",
  mappingSaved: (row, n) => `หัวตารางแถว ${row}, จับคู่ไว้ ${n} คอลัมน์`,
  editMapping: "กำหนดคอลัมน์เอง",
  removeMapping: "ใช้การอ่านอัตโนมัติ",
  notAScorecard: "แผ่นงานนี้ยังอ่านเป็น HR Scorecard ไม่ได้",
  missing: "คอลัมน์ที่ยังไม่พบ: เลือกให้ครบ",
  mapTitle: "กำหนดคอลัมน์เอง",
  mapIntro: "เลือกแถวหัวตาราง แล้วเลือกคอลัมน์ของแต่ละรายการ ระบบจะจำไว้สำหรับแผ่นงานนี้",
  headerRow: "แถวหัวตาราง (แถวสุดท้ายของหัวตาราง)",
  rowRange: (first, last) => `แถว ${first}–${last}`,
  pickColumn: "เลือกคอลัมน์",
  columnOption: (letter, header) => (header ? `${letter} — ${header}` : letter),
  emptyColumn: "(ไม่มีหัวคอลัมน์)",
  moreColumns: "คอลัมน์อื่น",
  allColumns: `${T.column.th}ทั้งหมด`,
  saveAndRun: "บันทึกและคำนวณ",
  cancelMapping: "ยกเลิก",
  mapNeedsAll: "ยังไม่ได้เลือกคอลัมน์ที่จำเป็น",
  mapStillMissing: (roles) => `ยังขาด${T.column.th}: ${roles}`,
  mapReads: (n) => `อ่านได้ ${n} ${T.kpi.th}`,
  mapWorse: (n, auto) => `การจับคู่นี้อ่านได้ ${n} ${T.kpi.th} น้อยกว่าการอ่านอัตโนมัติ (${auto}): ยังไม่บันทึก`,
  roles: {
    dimension: "มิติ",
    goal: "เป้าประสงค์ (CSF)",
    project: "แผนงาน/โครงการ",
    kpi: "ตัวชี้วัด",
    unit: "หน่วยนับ",
    target1: "ระดับเป้าหมาย ๑",
    target2: "ระดับเป้าหมาย ๒",
    target3: "ระดับเป้าหมาย ๓",
    target4: "ระดับเป้าหมาย ๔",
    target5: "ระดับเป้าหมาย ๕",
    weightKpi: "น้ำหนักตัวชี้วัด",
    weightGoal: "น้ำหนักเป้าประสงค์",
    weightDimension: "น้ำหนักมิติ",
    scoreKpi: "คะแนนถ่วงน้ำหนัก (ตัวชี้วัด)",
    scoreGoal: "คะแนนถ่วงน้ำหนัก (เป้าประสงค์)",
    scoreDimension: "คะแนนถ่วงน้ำหนัก (มิติ)",
    budget: "งบประมาณ",
    result: "ผลการดำเนินงาน",
    level: "ผลงานตามระดับค่าเป้าหมาย",
  },
  sheet: (name) => `${T.sheet.th} ${name}`,
  export: {
    menu: T.export.th,
    sheet: "สร้างแผ่นงานสรุปผลในไฟล์นี้",
    xlsx: "ดาวน์โหลดสรุปผล (.xlsx)",
    csv: "ดาวน์โหลดสรุปผล (.csv)",
    working: "กำลังจัดทำสรุปผล…",
    sheetDone: (name) => `สร้างแผ่นงาน "${name}" แล้ว`,
    downloaded: (file) => `ดาวน์โหลดแล้ว: ${file}`,
    replaceTitle: (name) => `มีแผ่นงาน "${name}" อยู่แล้ว`,
    replaceBody: "แทนที่ด้วยสรุปผลล่าสุดหรือไม่ ข้อมูลเดิมทั้งหมดในแผ่นงานนั้นจะถูกลบ",
    replace: "แทนที่",
    notAScorecard: "แผ่นงานนี้ไม่มีตาราง HR Scorecard ให้สรุปผล",
    isSummary: "แผ่นงานนี้เป็นแผ่นงานสรุปผล: เลือกแผ่นงาน HR Scorecard แล้วกดคำนวณคะแนนใหม่ก่อนส่งออก",
  },
  error: `เกิด${T.error.th}`,
  outsideTitle: "เปิดหน้านี้ใน Excel",
  outsideBody: "HR Scorecard เป็น Add-in ของ Excel: เปิดแผ่นงาน HR Scorecard ใน Excel แล้วกด แผงงาน ในกลุ่ม HR Scorecard บนแท็บหน้าแรก (Home)",
};

const en: Strings = {
  appTitle: "HR Scorecard",
  recalculate: "Recalculate",
  steps: {
    reading: "Reading the sheet…",
    analyzing: "Working out levels and points…",
    confirming: "Waiting for your confirmation…",
    writing: "Writing results to the sheet…",
    done: "Done",
  },
  total: "HR Scorecard total",
  outOf: (n) => `out of ${n}`,
  dimensionLabel: (n, points, weight) => `Dimension ${n}: ${points} of ${weight}`,
  dimensions: "Points by dimension",
  counts: { pending: "Pending", missing: "Missing", errors: "Errors" },
  groups: { overdue: "Due by now", pending: "Pending", missing: "No data", errors: "Errors", warnings: "Warnings" },
  groupHeading: (group, count, quoted) => (quoted === undefined ? `${group} (${count})` : `${group}: "${quoted}" (${count})`),
  flagsHeading: "To check",
  noFlags: "Nothing to check",
  reported: (n, total) => `${n} of ${total} KPIs ${T.reported.en}`,
  flagCell: (cell) => `Cell ${cell}`,
  goToCell: (kpi, cell) => `Go to cell ${cell} (KPI ${kpi})`,
  confirmTitle: (n) => `${n} cells will change`,
  confirmFormulasOnly: "Some cells hold formulas",
  confirmIntro: "Old value → new value",
  confirmMore: (n) => `and ${n} more`,
  overwriteFormulas: (n) => `Overwrite ${n} formula cells`,
  formulasKept: (n) => `${n} formula cells kept (not overwritten)`,
  highlightsTakenOff: (n) => `Took an earlier run's highlight off ${n} cell(s): their results are in`,
  cancel: "Cancel",
  confirm: "Confirm",
  blank: "(blank)",
  cancelled: "Cancelled: the sheet was not changed",
  done: (n) => `Wrote ${n} cells to the sheet`,
  undo: "Undo",
  undone: "Undone: the sheet is back as it was before the recalculation",
  clearHighlights: "Clear highlights",
  highlightsCleared: "Highlights cleared",
  settings: "Settings for this sheet",
  method: "Scoring method",
  methodStep: "By level (step)",
  methodLinear: "Proportional between levels (linear)",
  methodApplied: (total, before) => `Recalculated with this method: ${T.total.en} ${total} (was ${before})`,
  methodSaved: "Scoring method saved: it applies when you recalculate",
  mapping: "Column mapping",
  mappingNone: "Headers read automatically",
  mappingSaved: (row, n) => `Header row ${row}, ${n} columns mapped`,
  editMapping: "Map columns myself",
  removeMapping: "Read headers automatically",
  notAScorecard: "This sheet can't be read as an HR Scorecard yet",
  missing: "Columns not found: choose each one",
  mapTitle: "Map columns",
  mapIntro: "Choose the header row, then the column for each item. The choice is kept for this sheet.",
  headerRow: "Header row (the last row of the header)",
  rowRange: (first, last) => `Rows ${first}–${last}`,
  pickColumn: "Choose a column",
  columnOption: (letter, header) => (header ? `${letter} — ${header}` : letter),
  emptyColumn: "(no header)",
  moreColumns: "Other columns",
  allColumns: "All columns",
  saveAndRun: "Save and recalculate",
  cancelMapping: "Cancel",
  mapNeedsAll: "Some required columns are not chosen yet",
  mapStillMissing: (roles) => `Columns still missing: ${roles}`,
  mapReads: (n) => `Reads ${n} KPIs`,
  mapWorse: (n, auto) => `This mapping reads ${n} KPIs, fewer than automatic reading (${auto}): not saved`,
  roles: {
    dimension: "Dimension",
    goal: "Goal (CSF)",
    project: "Project",
    kpi: "KPI",
    unit: "Unit of measure",
    target1: "Target level 1",
    target2: "Target level 2",
    target3: "Target level 3",
    target4: "Target level 4",
    target5: "Target level 5",
    weightKpi: "KPI weight",
    weightGoal: "Goal weight",
    weightDimension: "Dimension weight",
    scoreKpi: "Weighted score (KPI)",
    scoreGoal: "Weighted score (goal)",
    scoreDimension: "Weighted score (dimension)",
    budget: "Budget",
    result: "Result",
    level: "Level reached",
  },
  sheet: (name) => `Sheet ${name}`,
  export: {
    menu: "Export",
    sheet: "Create a summary sheet in this workbook",
    xlsx: "Download the summary (.xlsx)",
    csv: "Download the summary (.csv)",
    working: "Preparing the summary…",
    sheetDone: (name) => `Created the sheet "${name}"`,
    downloaded: (file) => `Downloaded: ${file}`,
    replaceTitle: (name) => `A sheet "${name}" already exists`,
    replaceBody: "Replace it with the latest summary? Everything that sheet holds now will be deleted.",
    replace: "Replace",
    notAScorecard: "This sheet holds no HR Scorecard to summarise",
    isSummary: "This is the summary sheet: choose the HR Scorecard sheet and recalculate before exporting",
  },
  error: "Something went wrong",
  outsideTitle: "Open this page in Excel",
  outsideBody: "HR Scorecard is an Excel add-in: open your HR Scorecard sheet in Excel, then choose แผงงาน (task pane) in the HR Scorecard group on the Home tab.",
};

export const STRINGS: Record<Lang, Strings> = { th, en };
