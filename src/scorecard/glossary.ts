// The one table of the words the pane, the command, the summary and the engine's messages use for the
// things an officer deals with, in Thai and English. Where Thai has several words for one thing (ชีต or
// แผ่นงาน, ช่อง or เซลล์), the one Excel's own Thai interface uses is chosen, so what the add-in says matches
// what the officer sees in Excel's menus. New text takes its words from here rather than writing them anew.

/** The two languages the add-in and the command speak: Thai first, English where Office's language is not Thai. */
export type Lang = "th" | "en";

/** Any text in both languages: the one shape bilingual text takes. */
export type Bilingual = { readonly [L in Lang]: string };

/** A word or phrase of the glossary. */
export type Term = Bilingual;

export const TERMS = {
  workbook: { th: "สมุดงาน", en: "workbook" },
  sheet: { th: "แผ่นงาน", en: "sheet" },
  cell: { th: "เซลล์", en: "cell" },
  row: { th: "แถว", en: "row" },
  column: { th: "คอลัมน์", en: "column" },
  formula: { th: "สูตร", en: "formula" },
  error: { th: "ข้อผิดพลาด", en: "error" },
  warning: { th: "คำเตือน", en: "warning" },
  dimension: { th: "มิติ", en: "dimension" },
  goal: { th: "เป้าประสงค์ (CSF)", en: "goal (CSF)" },
  project: { th: "แผนงาน/โครงการ", en: "project" },
  kpi: { th: "ตัวชี้วัด", en: "KPI" },
  target: { th: "ค่าเป้าหมาย", en: "target" },
  weight: { th: "น้ำหนัก", en: "weight" },
  result: { th: "ผลการดำเนินงาน", en: "result" },
  level: { th: "ระดับ", en: "level" },
  points: { th: "คะแนนถ่วงน้ำหนัก", en: "weighted score" },
  total: { th: "คะแนนรวม", en: "total" },
  pending: { th: "รอผล", en: "pending" },
  missing: { th: "ไม่มีข้อมูล", en: "missing" },
  reported: { th: "รายงานผลแล้ว", en: "reported" },
  recalculate: { th: "คำนวณคะแนน", en: "Recalculate" },
  undo: { th: "ย้อนกลับ", en: "Undo" },
  highlight: { th: "ไฮไลต์", en: "highlight" },
  summary: { th: "สรุปผล", en: "summary" },
  export: { th: "ส่งออก", en: "Export" },
  settings: { th: "การตั้งค่า", en: "Settings" },
  // What happened to a KPI between two rounds (compare.ts CHANGE_TERMS): the report, the pane and the changes file.
  cameIn: { th: "ผลเข้ามาแล้ว", en: "Results came in" },
  wentUp: { th: "ดีขึ้น", en: "Went up" },
  wentDown: { th: "ลดลง", en: "Went down" },
  pendingAgain: { th: "กลับเป็นรอผล", en: "Pending again" },
  stillPending: { th: "ยังรอผล", en: "Still pending" },
  unchanged: { th: "เท่าเดิม", en: "Unchanged" },
  newKpi: { th: "ตัวชี้วัดใหม่", en: "New KPIs" },
  goneKpi: { th: "ตัวชี้วัดที่ไม่มีแล้ว", en: "KPIs no longer there" },
  unpaired: { th: "จับคู่ไม่ได้", en: "Could not be paired" },
} as const satisfies Record<string, Term>;

export type TermName = keyof typeof TERMS;

/** A table of terms in one language: { up: "ดีขึ้น", … } from { up: { th: "ดีขึ้น", en: "Went up" }, … }. */
export function termsOf<K extends string>(terms: Readonly<Record<K, Term>>, lang: Lang): Record<K, string> {
  return Object.fromEntries(Object.entries<Term>(terms).map(([k, t]) => [k, t[lang]])) as Record<K, string>;
}
