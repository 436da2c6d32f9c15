// Sheets and write plans for the adapter's tests: the official fixture's layout (outputs in M/N/O, levels
// typed in Q, total on row 27) and a generated sheet of the same shape with any number of KPIs.
import { type CellRange, type CellWrite, type Highlight, type OutputKind, toAddress, type WritePlan } from "../../scorecard";
import type { MockCell, MockSheetInit } from "./mockWorkbook";

export const COL = { dimension: 0, goal: 1, project: 2, kpi: 3, target1: 4, weightKpi: 9, weightGoal: 10, weightDimension: 11, scoreKpi: 12, scoreGoal: 13, scoreDimension: 14, budget: 15, level: 16 };
export const THAI_2DP = "[$-D00041E]0.00";
export const PENDING = "ทราบผล เดือน ก.ย. ๖๖";
export const AMBER = "#FFE699";

const indexes = new WeakMap<MockSheetInit, Map<string, Partial<MockCell>>>();

function cellAt(sheet: MockSheetInit, row: number, col: number): Partial<MockCell> {
  let index = indexes.get(sheet);
  if (!index) {
    index = new Map((sheet.cells ?? []).map((c) => [`${c.row}:${c.col}`, c.cell]));
    indexes.set(sheet, index);
  }
  return index.get(`${row}:${col}`) ?? {};
}

const filled = (v: unknown) => v !== undefined && v !== "";

function write(sheet: MockSheetInit, row: number, col: number, kind: OutputKind, value: number): CellWrite {
  const before = cellAt(sheet, row, col);
  const prevValue = before.value === undefined || before.value === "" ? null : before.value;
  return {
    row,
    col,
    address: toAddress(row, col),
    kind,
    value,
    numberFormat: THAI_2DP,
    previous: { value: prevValue, formula: before.formula ?? null, numberFormat: before.numberFormat ?? "General" },
    overwritesFormula: Boolean(before.formula),
    changesValue: prevValue !== null && prevValue !== value,
  };
}

/**
 * A plan of the engine's shape for a sheet laid out like the fixture: KPI points in M for each KPI row,
 * goal points in N and dimension points in O on the first row of each block, the total in O of the total
 * row, and amber highlights on pending levels in Q.
 */
export function planFor(sheet: MockSheetInit, body: { top: number; bottom: number; totalRow: number }): WritePlan {
  const writes: CellWrite[] = [];
  const highlights: Highlight[] = [];
  for (let row = body.top; row <= body.bottom; row++) {
    const points = Number((((row * 7) % 50) / 10).toFixed(3));
    writes.push(write(sheet, row, COL.scoreKpi, "scoreKpi", points));
    if (filled(cellAt(sheet, row, COL.weightGoal).value)) writes.push(write(sheet, row, COL.scoreGoal, "scoreGoal", points * 2));
    if (filled(cellAt(sheet, row, COL.weightDimension).value)) writes.push(write(sheet, row, COL.scoreDimension, "scoreDimension", points * 3));
    const level = cellAt(sheet, row, COL.level).value;
    if (typeof level === "string" && level.startsWith("ทราบผล")) {
      highlights.push({ row, col: COL.level, address: toAddress(row, COL.level), reason: "pending", color: AMBER });
    }
  }
  writes.push(write(sheet, body.totalRow, COL.scoreDimension, "total", 28.825));
  return { sheetName: sheet.name, writes, highlights };
}

/** The fixture's body: rows 5–26, total on row 27 (0-based 4–25 and 26). */
export const FIXTURE_BODY = { top: 4, bottom: 25, totalRow: 26 };

const THAI = "๐๑๒๓๔๕๖๗๘๙";
const thai = (n: number) => String(n).replace(/\d/g, (d) => THAI[Number(d)]);

/**
 * A sheet like the fixture with `kpis` KPI rows: 5 dimensions, goals of 5 KPIs, Thai digits, a third of the
 * levels pending. Dimension cells are merged down their block; goal cells are not (many officers type the
 * goal once and leave the cells below blank), so the sheet stays under Excel's 512 merged areas unless
 * `mergeGoals` is set: then, as in the fixture, the goal, its project, goal weight and goal points (B, C, K,
 * N) are merged down each goal and the dimension weight (L) down each dimension: 4 areas a goal, ~2,000 for
 * 2,500 KPIs.
 */
export function generatedSheet(kpis: number, options: { name?: string; mergeGoals?: boolean } = {}): { sheet: MockSheetInit; body: { top: number; bottom: number; totalRow: number } } {
  const top = 4;
  const bottom = top + kpis - 1;
  const cells: NonNullable<MockSheetInit["cells"]> = [];
  const merges: CellRange[] = [{ top: 0, left: 0, bottom: 0, right: 16 }];
  const put = (row: number, col: number, value: MockCell["value"], extra: Partial<MockCell> = {}) => cells.push({ row, col, cell: { value, ...extra } });
  put(0, 0, "ผลการดำเนินงานตามแผนกลยุทธ์การบริหารทรัพยากรบุคคล (ทดสอบ)");
  const headers = ["มิติ", "เป้าประสงค์ (CSF)", "แผนงาน/โครงการ", "KPI", "ระดับเป้าหมาย", "", "", "", "", "น้ำหนัก", "", "", "ร้อยละของคะแนนที่ได้หลังจากถ่วงน้ำหนัก", "", "", "งบประมาณ", "ผลงานตามระดับค่าเป้าหมาย"];
  headers.forEach((h, col) => put(2, col, h, { fill: "#D9E1F2" }));
  ["๑", "๒", "๓", "๔", "๕", "KPIs", "CSFs", "มิติ", "KPIs", "CSFs", "มิติ"].forEach((h, i) => put(3, 4 + i, h, { fill: "#D9E1F2" }));
  // The fixture's two header rows: group labels merged across their columns, the others merged down.
  merges.push({ top: 2, left: COL.target1, bottom: 2, right: COL.target1 + 4 }, { top: 2, left: COL.weightKpi, bottom: 2, right: COL.weightDimension }, { top: 2, left: COL.scoreKpi, bottom: 2, right: COL.scoreDimension });
  for (const col of [COL.dimension, COL.goal, COL.project, COL.kpi, COL.budget, COL.level]) merges.push({ top: 2, left: col, bottom: 3, right: col });
  const perDimension = Math.ceil(kpis / 5);
  for (let i = 0; i < kpis; i++) {
    const row = top + i;
    const goalStart = i % 5 === 0;
    const dimStart = i % perDimension === 0;
    if (dimStart) {
      put(row, COL.dimension, `${thai(i / perDimension + 1)}. มิติที่ ${thai(i / perDimension + 1)}`);
      put(row, COL.weightDimension, thai(20));
      const end = Math.min(row + perDimension - 1, bottom);
      if (end > row) merges.push({ top: row, left: COL.dimension, bottom: end, right: COL.dimension }, { top: row, left: COL.scoreDimension, bottom: end, right: COL.scoreDimension });
      if (options.mergeGoals && end > row) merges.push({ top: row, left: COL.weightDimension, bottom: end, right: COL.weightDimension });
    }
    if (goalStart) {
      put(row, COL.goal, `${thai(i / 5 + 1)}. เป้าประสงค์ที่ ${thai(i / 5 + 1)} เพื่อพัฒนาบุคลากรของกรมให้มีสมรรถนะตามตำแหน่ง`);
      put(row, COL.weightGoal, thai(10));
      const end = Math.min(row + 4, bottom);
      if (options.mergeGoals && end > row) {
        for (const col of [COL.goal, COL.project, COL.weightGoal, COL.scoreGoal]) merges.push({ top: row, left: col, bottom: end, right: col });
      }
    }
    // A merged project is typed once, in its top cell.
    if (!options.mergeGoals || goalStart) put(row, COL.project, `${thai(i + 1)}. โครงการพัฒนาศักยภาพบุคลากรด้านการบริหารทรัพยากรบุคคล`);
    put(row, COL.kpi, `${thai(Math.floor(i / 5) + 1)}.${thai((i % 5) + 1)} ร้อยละของบุคลากรที่ได้รับการพัฒนาตามแผนพัฒนารายบุคคล (กกจ.)`);
    [60, 65, 70, 75, 80].forEach((t, k) => put(row, COL.target1 + k, thai(t)));
    put(row, COL.weightKpi, thai(20));
    put(row, COL.budget, "ไม่ได้ใช้งบประมาณดำเนินการ");
    put(row, COL.level, i % 3 === 0 ? PENDING : thai((i % 5) + 1));
  }
  const totalRow = bottom + 1;
  put(totalRow, 0, "คะแนน HR Scorecard (เต็ม ๑๐๐ คะแนน)");
  merges.push({ top: totalRow, left: 0, bottom: totalRow, right: 13 });
  return { sheet: { name: options.name ?? "HR Scorecard", cells, merges }, body: { top, bottom, totalRow } };
}
