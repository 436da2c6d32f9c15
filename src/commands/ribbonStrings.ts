// The words of the notice a ribbon run leaves, in Thai and English: the ribbon has no language of its own to
// speak in, so it keeps both and the pane shows the one it speaks. Numbers come in already written in each
// language's digits.
import { TERMS as T, type Lang } from "../scorecard";

export interface RibbonStrings {
  total: (total: string) => string;
  /** On a sheet that keeps its rounds side by side: the round the total is of ("รอบ 9 เดือน"). */
  block: (heading: string) => string;
  pending: (n: string, zero: string) => string;
  /** The pending part, and how many of them are due by now. */
  overdue: (pending: string, n: string) => string;
  toCheck: (n: string) => string;
  formulasKept: (n: string) => string;
  cancelled: string;
  busy: string;
  failed: (error: string) => string;
}

const th: RibbonStrings = {
  total: (total) => `${T.total.th} ${total}`,
  block: (heading) => `ผล${heading}`,
  pending: (n, zero) => `${T.pending.th} ${n} ${T.kpi.th} (นับเป็น ${zero})`,
  overdue: (pending, n) => `${pending} ซึ่ง ${n} ${T.kpi.th}ควรทราบผลแล้ว`,
  toCheck: (n) => `มีประเด็นที่ต้องตรวจ ${n} รายการ`,
  formulasKept: (n) => `คง${T.formula.th}ไว้ ${n} ${T.cell.th}`,
  cancelled: "ยกเลิกการคำนวณ",
  busy: "กำลังคำนวณอยู่ โปรดรอสักครู่",
  failed: (error) => `คำนวณไม่สำเร็จ: ${error}`,
};

const en: RibbonStrings = {
  total: (total) => `Total ${total}`,
  block: (heading) => heading,
  pending: (n) => `${n} KPI(s) pending (counted as 0)`,
  overdue: (pending, n) => `${pending}, ${n} of them due by now`,
  toCheck: (n) => `${n} item(s) to check`,
  formulasKept: (n) => `${n} formula cell(s) kept`,
  cancelled: "Recalculation cancelled",
  busy: "A recalculation is already running",
  failed: (error) => `Recalculation failed: ${error}`,
};

export const RIBBON_STRINGS: Record<Lang, RibbonStrings> = { th, en };
