// `scorecard compare … -o CHANGES.xlsx|.csv`: what changed between two rounds as a sheet the officer can file,
// filter and forward: the two rounds named, the total and each dimension before and after, then every KPI under
// what happened to it, in the order a director asks (CHANGE_ORDER): its level or score and its weighted score in
// each round and the change. Changes are texts with an arrow and a sign ("▲ +6.75"), as in the summary, so that a
// printout in black and white still says which way; "สิ่งที่เกิดขึ้น" repeats the KPI's group on every row so that
// Excel's filter keeps it. In Thai, as the summary: the file is the office's record, whatever --lang the report
// was printed in.
import {
  CHANGE_ORDER, CHANGE_TERMS, SCALE_DECIMALS, type Cell, type Comparison, namedGroups, type GroupComparison, type KpiComparison, type KpiSide, kpiNumber, num, numerals, withoutKpiNumber,
  type Numerals, periodText, type RoundSide, type Row, type SheetLayout, signedChange, STATUS_TEXT, TERMS, textRow,
} from "../scorecard";

export const CHANGES_SHEET = "เทียบผลสองรอบ";

const COLUMNS = 8;

/** The file and sheet each side came from, as the user named them. */
export interface ChangeSides {
  old: { file: string };
  new: { file: string };
}

/** "ปีงบประมาณ พ.ศ. ๒๕๖๖ รอบ ๖ เดือน · รอบ 6 เดือน": the title's year and round, and the block on a sheet of blocks. */
export function roundName(r: RoundSide, n: Numerals): string {
  const title = n.plain(periodText(r));
  return [title, r.block?.replace(/\s+/g, " ").trim() ?? ""].filter(Boolean).join(" · ");
}

export function changesLayout(c: Comparison, sides: ChangeSides, thaiDigits: boolean): SheetLayout {
  const n = numerals(thaiDigits);
  const d = SCALE_DECIMALS[c.scale];
  const line = (style: Row["style"], text: string): Row => textRow(style, text, COLUMNS);
  const points = (v: number | null): Cell => (v === null ? "-" : num(v, d));
  const side = (label: string, file: string, r: RoundSide) => {
    const name = roundName(r, n);
    return line("item", `${label}: ${name ? `${name} · ` : ""}${file} ${TERMS.sheet.th} "${r.sheetName}"`);
  };
  const title = c.scale === 5 ? "เทียบผลตามคำรับรองการปฏิบัติราชการ สองรอบ" : "เทียบผล HR Scorecard สองรอบ";
  const totalLabel = c.scale === 5 ? `${TERMS.total.th} (เต็ม ${n.plain(5)})` : `คะแนน HR Scorecard (เต็ม ${n.plain(100)})`;
  const rows: Row[] = [
    line("title", title),
    side("ก่อน", sides.old.file, c.old),
    side("หลัง", sides.new.file, c.new),
    line("blank", ""),
    { style: "header", cells: ["ที่", c.scale === 5 ? "กลุ่ม" : TERMS.dimension.th, null, null, "คะแนนก่อน", "คะแนนหลัง", "เปลี่ยนแปลง", null], merges: [[1, 3]] },
  ];
  // The groups the sheet names (GroupComparison.made): dimensions, then their goals, then the total.
  const group = (style: Row["style"], g: GroupComparison, number: string): Row => ({
    style, cells: [number, g.name, null, null, points(g.old), points(g.new), g.old === null ? "ใหม่" : signedChange(g.change, n, d), g.new === null ? "ไม่มีแล้ว" : null], merges: [[1, 3]],
  });
  namedGroups(c.dimensions).forEach((g, i) => rows.push(group("group", g, n.plain(i + 1))));
  const goals = namedGroups(c.goals);
  if (goals.length > 0) {
    rows.push({ style: "header", cells: ["", c.scale === 5 ? "กลุ่มย่อย" : TERMS.goal.th, null, null, "คะแนนก่อน", "คะแนนหลัง", "เปลี่ยนแปลง", null], merges: [[1, 3]] });
    for (const g of goals) rows.push(group("subitem", g, ""));
  }
  rows.push({ style: "total", cells: ["", totalLabel, null, null, num(c.old.total, d), num(c.new.total, d), signedChange(c.totalChange, n, d), null], merges: [[1, 3]] });
  rows.push(line("blank", ""));
  const level = c.scale === 5 ? "ค่าคะแนนที่ได้" : TERMS.level.th;
  rows.push({ style: "header", cells: ["ตัวชี้วัดที่", TERMS.kpi.th, `${level}ก่อน`, `${level}หลัง`, "คะแนนก่อน", "คะแนนหลัง", "เปลี่ยนแปลง", "สิ่งที่เกิดขึ้น"] });
  for (const change of CHANGE_ORDER) {
    const group = c.kpis.filter((k) => k.change === change);
    if (group.length === 0) continue;
    rows.push(line("section", `${CHANGE_TERMS[change].th} (${n.plain(group.length)})`));
    for (const k of group) rows.push(kpiRow(k, c, n, d));
  }
  rows.push(line("note", n.plain(`คะแนน = คะแนนถ่วงน้ำหนักของตัวชี้วัดในคะแนนรวม · ตัวชี้วัดจับคู่กันด้วยเลขตัวชี้วัด แล้วด้วยชื่อ · ที่จับคู่ไม่ได้ให้ตรวจดูเอง`)));
  return { sheetName: CHANGES_SHEET, widths: [10, 56, 12, 12, 12, 12, 14, 22], rows, thaiDigits, printTitleRows: [1, 3] };
}

function kpiRow(k: KpiComparison, c: Comparison, n: Numerals, d: 2 | 4): Row {
  const main = (k.new ?? k.old)!;
  const numberOf = (s: KpiSide) => kpiNumber(s.name) ?? (s.id.startsWith("row ") ? "" : s.id);
  const renamed = k.old && k.new && k.old.name !== k.new.name ? ` (เดิม "${withoutKpiNumber(k.old.name)}")` : "";
  const state = (s: KpiSide | null): Cell => {
    if (!s) return "-";
    if (s.status !== "ok" || s.level === null) return STATUS_TEXT[s.status];
    return num(s.level, Number.isInteger(s.level) ? 0 : d);
  };
  // A KPI the rules could not pair: which KPIs of the other round it could be.
  const could = c.ambiguous.find((a) => [...a.old, ...a.new].some((x) => x.cell === main.cell && x.id === main.id));
  const others = could ? (k.old ? could.new : could.old).map((x) => n.plain(x.id)).join(" หรือ ") : "";
  const what = k.change === "unmatched" && others ? `${CHANGE_TERMS.unmatched.th}: อาจเป็น ${others}` : CHANGE_TERMS[k.change].th;
  return {
    style: "item",
    cells: [n.plain(numberOf(main)), `${withoutKpiNumber(main.name)}${renamed}`, state(k.old), state(k.new), k.old ? num(k.old.points, d) : "-", k.new ? num(k.new.points, d) : "-", signedChange(k.pointsChange, n, d), what],
  };
}
