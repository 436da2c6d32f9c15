// Step 2b, result blocks: one sheet may keep several rounds side by side. After the KPI, weight and criteria
// columns come blocks, each a group heading ("รอบ 6 เดือน", "ผล เดือน มีนาคม", "ประเมินตนเอง") merged or centred over
// its own result, level or score, and weighted-score sub-columns, sometimes with a weight of its own. The header
// reading (findTable) keeps the first of each column it meets, so it reads the first block; this step lists every
// block, so that analyze can run the level, points, flags and plan steps once per block.
import { classifyLabel, normalizeLabel, singleColumnRole } from "./columnLabels";
import type { Sheet } from "./sheet";
import type { ColumnRole } from "./types";

/** The roles a block has of its own; every other column (names, criteria, shared weights) belongs to the table. */
export const BLOCK_ROLES: readonly ColumnRole[] = [
  "result", "level", "scoreKpi", "scoreGoal", "scoreDimension", "weightKpi", "weightGoal", "weightDimension",
];

export interface ResultBlock {
  /** The heading as the sheet writes it ("รอบ 6 เดือน"). */
  heading: string;
  headingRow: number;
  headingCol: number;
  /** The block's own columns; weights only where it has its own. */
  columns: Partial<Record<ColumnRole, number>>;
}

function roleOf(label: string): ColumnRole | null {
  return classifyLabel(label) ?? singleColumnRole(label);
}

/** The heading cell over (top, col) of a two-row header: a merged area of the top row, or the nearest label to the left over filled sub-cells (centred). */
function headingCol(sheet: Sheet, top: number, col: number): number | null {
  const m = sheet.merge(top, col);
  if (m) return m.bottom === top && m.left < m.right ? m.left : null;
  for (let c = col; c >= sheet.left; c--) {
    if (sheet.isBlank(top + 1, c)) return null;
    if (!sheet.isBlank(top, c)) return sheet.merge(top, c) ? null : c;
  }
  return null;
}

/**
 * The result blocks of a two-row header (top, top + 1), in sheet order; fewer than two means the sheet keeps one
 * round, read as it always was. A heading that itself names a role ("ผลการดำเนินงาน" over its sub-columns, as a
 * one-round table writes it) is no block; nor is a group with neither result nor level (ข้อมูลพื้นฐาน ปี 65 | ปี 66).
 */
export function findBlocks(sheet: Sheet, top: number, bottom: number, shared: Partial<Record<ColumnRole, number>>): ResultBlock[] {
  if (bottom !== top + 1) return [];
  const byHeading = new Map<number, ResultBlock>();
  const loose: [ColumnRole, number, string][] = []; // one-row weight columns that may name a block ("น้ำหนัก (ร้อยละ) รอบ 9 เดือน")
  for (let c = sheet.left; c <= sheet.right; c++) {
    const at = headingCol(sheet, top, c);
    if (at === null) {
      const label = sheet.label(top, c);
      const role = label ? roleOf(label) : null;
      if (role && role.startsWith("weight") && shared[role] !== c) loose.push([role, c, normalizeLabel(label)]);
      continue;
    }
    const heading = sheet.label(top, at);
    if (heading === "" || roleOf(heading) !== null) continue;
    // The sub-label read with its heading, as the header reading does, or alone: "ระดับ" names the level only alone.
    const sub = sheet.label(top + 1, c);
    const role = roleOf(`${heading} ${sub}`) ?? roleOf(sub);
    if (!role || !BLOCK_ROLES.includes(role)) continue;
    let block = byHeading.get(at);
    if (!block) byHeading.set(at, (block = { heading, headingRow: top, headingCol: at, columns: {} }));
    block.columns[role] ??= c;
  }
  const blocks = [...byHeading.values()].filter((b) => b.columns.result !== undefined || b.columns.level !== undefined);
  if (blocks.length < 2) return [];
  for (const [role, c, label] of loose) {
    // The longest heading the label names: "รอบ 12 เดือน" and not a shorter heading it happens to contain.
    const named = blocks.filter((b) => label.includes(normalizeLabel(b.heading))).sort((a, b) => b.heading.length - a.heading.length)[0];
    if (named) named.columns[role] ??= c;
  }
  return blocks;
}

/** The columns one block is scored with: the table's shared columns, the block's own in place of the first block's. */
export function blockColumns(shared: Partial<Record<ColumnRole, number>>, block: ResultBlock): Partial<Record<ColumnRole, number>> {
  const columns = { ...shared };
  for (const role of BLOCK_ROLES) if (!role.startsWith("weight")) delete columns[role];
  return { ...columns, ...block.columns };
}
