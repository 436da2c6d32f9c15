// Which column a header label names. Officers word their headers many ways (Thai or English, one header
// row or a group row over sub-columns), so a column's label is its group text and sub text joined,
// e.g. "น้ำหนัก KPIs", "ระดับเป้าหมาย 3", "Weighted score CSF".
import { fromThaiDigits } from "./display";
import type { ColumnRole } from "./types";
import type { Bilingual } from "./glossary";

type Part = "kpi" | "goal" | "dimension";

const LEVEL = /ผลงานตามระดับ|ระดับที่ได้|ค่าคะแนนที่ได้|ระดับผลงาน|ระดับคะแนนที่ได้|level\s*(achieved|reached|attained)|^level$|^ระดับ$/;
const SCORE = /ร้อยละของคะแนน|คะแนนถ่วงน้ำหนัก|คะแนนที่ได้หลัง|คะแนนหลังถ่วง|weighted\s*(score|points)|^scores?\b|^points?\b/;
const WEIGHT = /น้ำหนัก|weight/;
const RESULT = /ผลการดำเนินงาน|ผลดำเนินงาน|ผลงานจริง|ผลที่ได้|ผลการปฏิบัติงาน|actual|^results?\b/;
const TARGET = /ระดับเป้าหมาย|ระดับค่าเป้าหมาย|ค่าเป้าหมาย|เกณฑ์|เป้าหมาย|target/;
const KPI = /^kpis?\b|ตัวชี้วัด|indicator/;
const PROJECT = /แผนงาน|โครงการ|project|programme|program/;
const GOAL = /เป้าประสงค์|\bcsfs?\b|goal|objective/;
const DIMENSION = /^มิติ|dimension|perspective/;
const UNIT = /หน่วยนับ|หน่วยวัด|^units?\b/;
// The 5-point table's KPI-number column, apart from the names: "ตัวชี้วัดที่", "ที่", "ลำดับ", "No.".
const KPI_NUMBER = /^(ตัวชี้วัดที่|ที่|ลำดับ(ที่)?|no\.?|kpi\s*no\.?|#)$/;
const BUDGET = /งบประมาณ|budget/;

/** The sub-column a weight or score label names. */
function partOf(label: string): Part | null {
  if (/\bkpis?\b|ตัวชี้วัด/.test(label)) return "kpi";
  if (/\bcsfs?\b|เป้าประสงค์|goal/.test(label)) return "goal";
  if (/มิติ|dimension|perspective/.test(label)) return "dimension";
  return null;
}

const WEIGHT_ROLE: Record<Part, ColumnRole> = { kpi: "weightKpi", goal: "weightGoal", dimension: "weightDimension" };
const SCORE_ROLE: Record<Part, ColumnRole> = { kpi: "scoreKpi", goal: "scoreGoal", dimension: "scoreDimension" };

export function normalizeLabel(text: string): string {
  return fromThaiDigits(text).toLowerCase().replace(/\s+/g, " ").trim();
}

/** The level number (1–5) at the end of a target label: "ระดับเป้าหมาย ๓" → 3. */
function levelNumber(label: string): number | null {
  const m = /(?:^|[^\d.])([1-5])\s*\)?$/.exec(label);
  return m ? Number(m[1]) : null;
}

/** The role a header label names, or null. Order matters: "ผลงานตามระดับค่าเป้าหมาย" is a level, not a target. */
export function classifyLabel(text: string): ColumnRole | null {
  const label = normalizeLabel(text);
  if (label === "") return null;
  if (LEVEL.test(label)) return "level";
  if (SCORE.test(label)) {
    const part = partOf(label.replace(SCORE, ""));
    return part ? SCORE_ROLE[part] : null;
  }
  if (WEIGHT.test(label)) {
    const part = partOf(label);
    return part ? WEIGHT_ROLE[part] : null;
  }
  if (RESULT.test(label)) return "result";
  if (TARGET.test(label)) {
    const n = levelNumber(label);
    return n ? (`target${n}` as ColumnRole) : null;
  }
  if (KPI.test(label)) return "kpi";
  if (PROJECT.test(label)) return "project";
  if (GOAL.test(label)) return "goal";
  if (DIMENSION.test(label)) return "dimension";
  if (UNIT.test(label)) return "unit";
  if (BUDGET.test(label)) return "budget";
  return null;
}

/** The label of a KPI-number column ("ตัวชี้วัดที่"): read before classifyLabel, which would take it for the names. */
export function isKpiNumberLabel(text: string): boolean {
  return KPI_NUMBER.test(normalizeLabel(text));
}

/**
 * The role of a weight or weighted-score label that names no part ("น้ำหนัก (ร้อยละ)", "คะแนนถ่วงน้ำหนัก"): the
 * 5-point table's single weight and weighted-score columns. Only taken where no label names the part.
 */
export function singleColumnRole(text: string): "weightKpi" | "scoreKpi" | null {
  const label = normalizeLabel(text);
  if (label === "" || LEVEL.test(label)) return null;
  if (SCORE.test(label)) return partOf(label.replace(SCORE, "")) ? null : "scoreKpi";
  if (WEIGHT.test(label)) return partOf(label) ? null : "weightKpi";
  return null;
}

/** Text that only makes sense as a sub-column label under a group: "๑".."๕", "KPIs", "CSFs", "มิติ". */
export function isSubLabel(text: string): boolean {
  const label = normalizeLabel(text);
  return /^(ระดับ\s*)?[1-5]$/.test(label) || /^(kpis?|csfs?|มิติ|goals?|dimensions?|ตัวชี้วัด|เป้าประสงค์)$/.test(label);
}

/** The columns every scorecard must have; `result` or `level` must be there too. */
export const REQUIRED_ROLES: ColumnRole[] = [
  "kpi", "target1", "target2", "target3", "target4", "target5", "weightKpi", "weightGoal", "weightDimension",
];

/** The columns the 5-point table must have (a single weight column); its score (`level`) or `result` too. */
export const FIVE_POINT_REQUIRED: ColumnRole[] = ["kpi", "target1", "target2", "target3", "target4", "target5", "weightKpi", "scoreKpi"];

/** The 5-point table's own names for the roles it shares with the HR Scorecard. */
export const FIVE_POINT_NAMES: Partial<Record<ColumnRole, Bilingual>> = {
  weightKpi: { th: "น้ำหนัก (ร้อยละ)", en: "Weight (%)" },
  scoreKpi: { th: "คะแนนถ่วงน้ำหนัก", en: "Weighted score" },
  level: { th: "ค่าคะแนนที่ได้", en: "Score" },
};

/** Thai names of the roles, for messages and the mapping UI. */
export const ROLE_NAMES: Record<ColumnRole, Bilingual> = {
  dimension: { th: "มิติ", en: "Dimension" },
  goal: { th: "เป้าประสงค์ (CSF)", en: "Goal (CSF)" },
  project: { th: "แผนงาน/โครงการ", en: "Project" },
  kpi: { th: "ตัวชี้วัด (KPI)", en: "KPI" },
  unit: { th: "หน่วยนับ", en: "Unit" },
  target1: { th: "ระดับเป้าหมาย ๑", en: "Target level 1" },
  target2: { th: "ระดับเป้าหมาย ๒", en: "Target level 2" },
  target3: { th: "ระดับเป้าหมาย ๓", en: "Target level 3" },
  target4: { th: "ระดับเป้าหมาย ๔", en: "Target level 4" },
  target5: { th: "ระดับเป้าหมาย ๕", en: "Target level 5" },
  weightKpi: { th: "น้ำหนัก KPIs", en: "KPI weight" },
  weightGoal: { th: "น้ำหนัก CSFs", en: "Goal weight" },
  weightDimension: { th: "น้ำหนัก มิติ", en: "Dimension weight" },
  scoreKpi: { th: "คะแนนถ่วงน้ำหนัก KPIs", en: "KPI weighted score" },
  scoreGoal: { th: "คะแนนถ่วงน้ำหนัก CSFs", en: "Goal weighted score" },
  scoreDimension: { th: "คะแนนถ่วงน้ำหนัก มิติ", en: "Dimension weighted score" },
  budget: { th: "งบประมาณ", en: "Budget" },
  result: { th: "ผลการดำเนินงาน", en: "Actual result" },
  level: { th: "ผลงานตามระดับค่าเป้าหมาย", en: "Level achieved" },
};
