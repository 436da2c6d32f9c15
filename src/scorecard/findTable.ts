// Step 2, find the table: the header (one row, or a group row over a sub-row), the columns it names,
// the body below it and the total row that ends it. The table may sit anywhere on the sheet.
import {
  classifyLabel, FIVE_POINT_NAMES, FIVE_POINT_REQUIRED, isKpiNumberLabel, isSubLabel, normalizeLabel, REQUIRED_ROLES, ROLE_NAMES, singleColumnRole,
} from "./columnLabels";
import { findBlocks, type ResultBlock } from "./blocks";
import type { Sheet } from "./sheet";
import { isSpace } from "./cellContent";
import { readCountLine } from "./countLine";
import type { ColumnMapping, ColumnRole, NotAScorecard, RawValue, Scale, TableLayout } from "./types";
import { TARGET_ROLES } from "./types";

/** How far down a sheet the header may start. */
const HEADER_SEARCH_ROWS = 60;
// Tested against the raw text (every label cell of every body row is looked at): the leading \s* stands for the
// trimming cellText does, and neither label has a space that collapsing whitespace could change.
const TOTAL_LABEL = /^\s*(คะแนน|รวม|ผลรวม|total|overall)/i;

interface HeaderReading {
  top: number;
  bottom: number;
  columns: Partial<Record<ColumnRole, number>>;
  labels: Partial<Record<ColumnRole, string>>;
  /** The weight column names no part ("น้ำหนัก (ร้อยละ)"): the 5-point table's single weight. */
  singleWeight?: boolean;
  kpiNumberColumn?: number;
}

type Columns = Partial<Record<ColumnRole, number>>;

function missingRoles(columns: Columns, required: ColumnRole[] = REQUIRED_ROLES): ColumnRole[] {
  const missing = required.filter((r) => columns[r] === undefined);
  if (columns.result === undefined && columns.level === undefined) missing.push("level");
  return missing;
}

/**
 * The scale the columns make, or null: KPI, goal and dimension weights make the HR Scorecard (100); a single weight
 * column with a weighted-score column beside the score (or result) makes the 5-point table.
 */
function scaleOf(h: Pick<HeaderReading, "columns" | "singleWeight">): Scale | null {
  if (missingRoles(h.columns).length === 0) return 100;
  if (h.singleWeight && missingRoles(h.columns, FIVE_POINT_REQUIRED).length === 0) return 5;
  return null;
}

function hasRequired(h: HeaderReading): boolean {
  return scaleOf(h) !== null;
}

// The header search reads labels through sheet.label, never sheet.text: a long text cell is no label, and it is
// neither tidied nor matched (the work per cell stays bounded whatever the cells hold).

/** A sub-row under `row` when at least three of its cells are sub-labels ("๑".."๕", "KPIs", "CSFs", "มิติ"). */
function hasSubRow(sheet: Sheet, row: number): boolean {
  if (row + 1 > sheet.bottom) return false;
  let subs = 0;
  for (let c = sheet.left; c <= sheet.right; c++) if (isSubLabel(sheet.label(row + 1, c))) subs++;
  return subs >= 3;
}

/** The group label over column `col` in header row `row`: its own text, its merged area's, or (merges unknown) the nearest to the left. */
function groupLabel(sheet: Sheet, row: number, col: number, twoRows: boolean): string {
  const own = sheet.label(row, col);
  if (own !== "" || !twoRows || sheet.merge(row, col)) return own;
  // Without a merged area (none read, or none made: "centre across selection"), a group label stands over the blank
  // cells to its right that have sub-labels.
  if (!isSubLabel(sheet.label(row + 1, col))) return "";
  for (let c = col - 1; c >= sheet.left; c--) {
    if (!sheet.isBlank(row, c)) return sheet.label(row, c);
    if (!isSubLabel(sheet.label(row + 1, c))) return "";
  }
  return "";
}

function readHeader(sheet: Sheet, row: number): HeaderReading {
  const twoRows = hasSubRow(sheet, row);
  const columns: Partial<Record<ColumnRole, number>> = {};
  const labels: Partial<Record<ColumnRole, string>> = {};
  const singles: [ColumnRole, number, string][] = [];
  let kpiNumberColumn: number | undefined;
  for (let c = sheet.left; c <= sheet.right; c++) {
    const group = groupLabel(sheet, row, c, twoRows);
    // A header cell merged down over the sub-row shows the same text there; count it once.
    const sub = twoRows && sheet.merge(row + 1, c)?.top !== row ? sheet.label(row + 1, c) : "";
    const label = `${group} ${sub}`.trim();
    if (kpiNumberColumn === undefined && columns.kpi === undefined && isKpiNumberLabel(label)) {
      kpiNumberColumn = c;
      continue;
    }
    const role = classifyLabel(label);
    if (role && columns[role] === undefined) {
      columns[role] = c;
      labels[role] = label;
    }
    const single = role ? null : singleColumnRole(label);
    if (single) singles.push([single, c, label]);
  }
  // A weight or weighted score that names no part counts only where no label names the KPI's.
  let singleWeight = false;
  for (const [role, c, label] of singles) {
    if (columns[role] !== undefined) continue;
    columns[role] = c;
    labels[role] = label;
    if (role === "weightKpi") singleWeight = true;
  }
  return { top: row, bottom: twoRows ? row + 1 : row, columns, labels, singleWeight, kpiNumberColumn };
}

function roleCount(h: HeaderReading): number {
  return Object.keys(h.columns).length;
}

/** More than `n` characters other than whitespace in a text cell: looks at no more than that many. */
function visibleLongerThan(raw: RawValue, n: number): boolean {
  if (typeof raw !== "string") return false;
  let visible = 0;
  for (let i = 0; i < raw.length && visible <= n; i++) if (!isSpace(raw.charCodeAt(i))) visible++;
  return visible > n;
}

/** A row that repeats the header inside the body (reports printed page by page repeat it). `kpiHeader`: the KPI column's header, normalized. */
function isRepeatedHeader(sheet: Sheet, row: number, header: HeaderReading, kpiHeader: string): boolean {
  const kpi = header.columns.kpi!;
  // Normalizing never shortens a cell's text (text() is already collapsed and trimmed; lower-casing never
  // shortens), so a longer text cannot be the header: most KPI names are skipped without normalizing them, and
  // without tidying them either (text() keeps every character other than whitespace).
  if (kpiHeader !== "" && !visibleLongerThan(sheet.raw(row, kpi), kpiHeader.length)) {
    const text = sheet.text(row, kpi);
    if (text.length <= kpiHeader.length && normalizeLabel(text) === kpiHeader) return true;
  }
  const weight = header.columns.weightKpi!;
  return sheet.isBlank(row, kpi) && isSubLabel(sheet.text(row, weight)) && !/^\d/.test(normalizeLabel(sheet.text(row, weight)));
}

// The body scan below runs once per row of the sheet: the columns it looks at are listed once, before it.

/**
 * What a label under the table says: "total" for the row that ends the table with the total score, "count" for a
 * line that only counts it ("รวมทั้งสิ้น ๕ มิติ ๑๔ CSF ๒๐ แผนงาน/โครงการ ๒๒ ตัวชี้วัด": it ends the body, holds no score).
 */
export function closingLabel(text: string): "total" | "count" | null {
  if (!TOTAL_LABEL.test(text)) return null;
  return readCountLine(text) ? "count" : "total";
}

/** The columns whose labels can close the table: the name columns, and the sheet's first column. */
export function labelColumns(sheet: Sheet, cols: Partial<Record<ColumnRole, number>>): number[] {
  return [cols.dimension, cols.goal, cols.project, cols.kpi, sheet.left].filter((c): c is number => c !== undefined);
}

/** closingLabel of the row: of the first label column that has one, unless the row holds a target (a KPI row). */
function closingRow(sheet: Sheet, row: number, targetCols: number[], labelCols: number[]): "total" | "count" | null {
  for (const c of targetCols) if (sheet.content(row, c).kind === "number") return null;
  for (const c of labelCols) {
    const text = sheet.shown(row, c);
    const kind = typeof text === "string" ? closingLabel(text) : null;
    if (kind) return kind;
  }
  return null;
}

/** The columns whose content makes a row a KPI row: the KPI name, its targets and its weight. */
export function kpiInputColumns(cols: Partial<Record<ColumnRole, number>>): number[] {
  return [cols.kpi, ...TARGET_ROLES.map((r) => cols[r]), cols.weightKpi].filter((c): c is number => c !== undefined);
}

/** Something is written in one of `inputs` (kpiInputColumns) on this row. */
export function rowHasData(sheet: Sheet, row: number, inputs: number[]): boolean {
  for (const c of inputs) if (!sheet.isBlank(row, c)) return true;
  return false;
}

function bodyAndTotal(sheet: Sheet, header: HeaderReading): { bodyBottom: number; totalRow: number | null; skipped: number[] } {
  const skipped: number[] = [];
  let last = header.bottom;
  const cols = header.columns;
  const targetCols = TARGET_ROLES.map((r) => cols[r]!);
  const labelCols = labelColumns(sheet, cols);
  const inputs = kpiInputColumns(cols);
  const kpiHeader = normalizeLabel(sheet.shownText(header.top, cols.kpi!));
  for (let r = header.bottom + 1; r <= sheet.bottom; r++) {
    const closing = closingRow(sheet, r, targetCols, labelCols);
    if (closing === "total") return { bodyBottom: r - 1, totalRow: r, skipped };
    if (closing === "count") return { bodyBottom: last, totalRow: null, skipped };
    if (isRepeatedHeader(sheet, r, header, kpiHeader)) {
      skipped.push(r);
      continue;
    }
    if (rowHasData(sheet, r, inputs)) last = r;
  }
  return { bodyBottom: last, totalRow: null, skipped };
}

export interface FoundTable {
  layout: TableLayout;
  /** Body rows that repeat the header and hold no KPI. */
  skippedRows: number[];
  /** The result blocks side by side (blocks.ts): empty for a table of one round, else two or more, in sheet order. */
  blocks: ResultBlock[];
}

const foundRolesOf = (h: HeaderReading) => Object.keys(h.columns) as ColumnRole[];

function notFound(sheet: Sheet, best: HeaderReading | null): NotAScorecard {
  const found = best?.labels ?? {};
  const missing = missingRoles(best?.columns ?? {});
  const missingFivePoint = missingRoles(best?.columns ?? {}, FIVE_POINT_REQUIRED);
  const names = (roles: ColumnRole[], lang: "th" | "en") => roles.map((r) => ROLE_NAMES[r][lang]).join(", ");
  const fivePointNames = (roles: ColumnRole[], lang: "th" | "en") => roles.map((r) => (FIVE_POINT_NAMES[r] ?? ROLE_NAMES[r])[lang]).join(", ");
  const foundRoles = Object.keys(found) as ColumnRole[];
  // The 5-point table wants one weight column that names no part: a KPI-weight column that names its part is no such column.
  if (best?.columns.weightKpi !== undefined && !best.singleWeight && !missingFivePoint.includes("weightKpi")) missingFivePoint.push("weightKpi");
  const fivePoint = {
    th: ` (ตารางคะแนนเต็ม ๕: ${missingFivePoint.length ? `ไม่พบ ${fivePointNames(missingFivePoint, "th")}` : "ครบ"})`,
    en: ` (a 5-point table: ${missingFivePoint.length ? `no ${fivePointNames(missingFivePoint, "en")}` : "complete"})`,
  };
  return {
    missingFivePoint,
    sheetName: sheet.name,
    found,
    columns: { ...best?.columns },
    headerRow: best && foundRolesOf(best).length > 0 ? best.bottom : null,
    missing,
    message:
      `แผ่นงาน "${sheet.name}" ไม่มีตาราง HR Scorecard: ` +
      (foundRoles.length ? `พบคอลัมน์ ${names(foundRoles, "th")} แต่ไม่พบ ${names(missing, "th")}` : `ไม่พบหัวตารางที่มีคอลัมน์ ${names(missing, "th")}`) +
      fivePoint.th,
    messageEn:
      `Sheet "${sheet.name}" holds no HR Scorecard: ` +
      (foundRoles.length ? `found ${names(foundRoles, "en")} but not ${names(missing, "en")}` : `no header with the columns ${names(missing, "en")}`) +
      fivePoint.en,
  };
}

function fromMapping(sheet: Sheet, mapping: ColumnMapping): HeaderReading {
  // Read what the header row says, then let the officer's choices win.
  const auto = readHeader(sheet, mapping.headerRow);
  const columns = { ...auto.columns, ...mapping.columns };
  const labels: Partial<Record<ColumnRole, string>> = { ...auto.labels };
  for (const [role, col] of Object.entries(mapping.columns) as [ColumnRole, number][]) {
    labels[role] = sheet.shownText(mapping.headerRow, col) || ROLE_NAMES[role].th;
  }
  return {
    top: mapping.headerRow, bottom: Math.max(auto.bottom, mapping.headerRow), columns, labels,
    singleWeight: auto.singleWeight, kpiNumberColumn: auto.kpiNumberColumn,
  };
}

export function findTable(sheet: Sheet, mapping?: ColumnMapping): FoundTable | NotAScorecard {
  let best: HeaderReading | null = null;
  if (mapping) {
    best = fromMapping(sheet, mapping);
  } else {
    let last = Math.min(sheet.bottom, sheet.top + HEADER_SEARCH_ROWS);
    for (let r = sheet.top; r <= last; r++) {
      const h = readHeader(sheet, r);
      const better = !best || (hasRequired(h) && !hasRequired(best)) ||
        (hasRequired(h) === hasRequired(best) && roleCount(h) > roleCount(best));
      if (better) best = h;
      // Once a complete header is found, only its own sub-row can follow; the rows below are data.
      if (better && hasRequired(h)) last = Math.min(last, h.bottom + 1);
    }
  }
  const scale = best && scaleOf(best);
  if (!best || !scale) return notFound(sheet, best);
  const { bodyBottom, totalRow, skipped } = bodyAndTotal(sheet, best);
  return {
    layout: {
      headerTop: best.top,
      headerBottom: best.bottom,
      bodyTop: best.bottom + 1,
      bodyBottom,
      totalRow,
      columns: best.columns,
      labels: best.labels,
      scale,
      ...(scale === 5 && best.kpiNumberColumn !== undefined ? { kpiNumberColumn: best.kpiNumberColumn } : {}),
    },
    skippedRows: skipped,
    // A hand-made mapping names one set of columns: the officer chose them, so no other block is looked for.
    blocks: mapping ? [] : findBlocks(sheet, best.top, best.bottom, best.columns),
  };
}

export function isNotAScorecard(x: FoundTable | NotAScorecard): x is NotAScorecard {
  return (x as NotAScorecard).missing !== undefined;
}
