// The summary sheet, laid out once for both writers: title, the dimension table with its goals beneath,
// the total, how many KPIs have reported, the reported-only score (in its own lighter box, labelled as not official), and the
// lists of pending and missing KPIs with their owning units.
import { num, numerals, type Row, type SheetLayout, type Summary, SUMMARY_TITLE, type SummaryChartData, type SummaryKpi, textRow, weightCell } from "../scorecard";

/** Excel refuses sheet names over 31 characters; the summary's fits. */
export const SUMMARY_SHEET = SUMMARY_TITLE;

const COLUMNS = 5;
const line = (style: Row["style"], text: string): Row => textRow(style, text, COLUMNS);
/** A key figure: its label across A–C, its value across D–E. */
const keyFigure = (style: Row["style"], label: string, value: Row["cells"][number]): Row => ({ style, cells: [label, null, null, value, null], merges: [[0, 2], [3, 4]] });

export function summaryLayout(s: Summary): SheetLayout {
  const d = numerals(s.thaiDigits).plain;
  const ro = s.reportedOnly;
  // Key figures first: what the director reads before anything else. The score among reported KPIs is not
  // the score: it sits in a lighter box of its own under the official one, a blank row between, its label
  // ("… (ไม่ใช่คะแนนทางการ)") before its figure and its note inside the box, so that ๖๓.๐๐ is never read as
  // the total.
  const rows: Row[] = [
    line("title", s.department ? `${s.title} ${s.department}` : s.title),
    line("subtitle", s.heading || `แผ่นงาน "${s.sheetName}"`),
    line("note", `ข้อมูล ณ วันที่ ${s.exportDateText} จากแผ่นงาน "${s.sheetName}"`),
    keyFigure("group", d("คะแนน HR Scorecard (เต็ม 100 คะแนน)"), num(s.total)),
    line("item", d(`${s.reportedText} · รอผล ${s.pending.length} · ไม่มีข้อมูลหรืออ่านค่าไม่ได้ ${s.missing.length}`)),
    line("blank", ""),
    keyFigure("aside", ro.label, ro.score === null ? "-" : num(ro.score)),
    line("aside", `${ro.note} (นับ ${d(String(ro.kpis))} ตัวชี้วัด ใน ${d(String(ro.goals))} เป้าประสงค์ ${d(String(ro.dimensions))} มิติ)`),
    line("blank", ""),
    { style: "header", cells: ["มิติที่", "มิติ / เป้าประสงค์ (CSF)", "น้ำหนัก", "คะแนนที่ได้", "ร้อยละที่ได้"] },
  ];
  for (const dim of s.dimensions) {
    rows.push({ style: "group", cells: [d(String(dim.position)), dim.name, weightCell(dim.weight), num(dim.points), dim.percent === null ? "-" : num(dim.percent)] });
    for (const g of dim.goals) {
      rows.push({ style: "subitem", cells: ["", g.name, weightCell(g.weight), num(g.points), g.percent === null ? "-" : num(g.percent)] });
    }
  }
  rows.push({ style: "total", cells: ["", d("คะแนน HR Scorecard (เต็ม 100 คะแนน)"), num(100, 0), num(s.total), null] });
  rows.push(line("note", d("น้ำหนักของเป้าประสงค์ (CSF) เป็นร้อยละภายในมิติ · ร้อยละที่ได้ = คะแนนที่ได้ ÷ คะแนนเต็มของมิติหรือเป้าประสงค์ × 100 · ตัวชี้วัดที่รอผลนับเป็น 0 ตามแบบรายงาน")));
  rows.push(...kpiTable(`ตัวชี้วัดที่รอผล (${d(String(s.pending.length))} ตัวชี้วัด)`, s.pending));
  rows.push(...kpiTable(`ตัวชี้วัดที่ไม่มีข้อมูลหรืออ่านค่าไม่ได้ (${d(String(s.missing.length))} ตัวชี้วัด)`, s.missing));
  return { sheetName: SUMMARY_SHEET, widths: [8, 74, 20, 20, 12], rows, thaiDigits: s.thaiDigits, printTitleRows: [1, 2] };
}

function kpiTable(title: string, kpis: SummaryKpi[]): Row[] {
  const rows: Row[] = [line("blank", ""), line("section", title)];
  if (kpis.length === 0) return [...rows, line("note", "ไม่มี")];
  rows.push({ style: "header", cells: ["ตัวชี้วัดที่", "ชื่อตัวชี้วัด", "หน่วยงานรับผิดชอบ", "สถานะ", "เซลล์ผลงาน"] });
  for (const k of kpis) rows.push({ style: "item", cells: [k.numberText, k.name, k.owner || "-", k.statusText, k.cell] });
  return rows;
}

/**
 * The add-in's chart beside the summary sheet: each dimension's points against its weight. Categories are the
 * dimension names as the sheet writes them ("๑. ความสอดคล้องเชิงยุทธศาสตร์"), numbered when the name is not,
 * since two dimensions may share a name.
 */
export function summaryChart(s: Summary): SummaryChartData {
  const d = numerals(s.thaiDigits).plain;
  return {
    title: "คะแนนที่ได้เทียบกับน้ำหนักรายมิติ",
    headings: ["มิติ", "น้ำหนัก", "คะแนนที่ได้"],
    categories: s.dimensions.map((dim) => (/^\s*[0-9๐-๙]/.test(dim.name) ? dim.name : d(`${dim.position}. ${dim.name}`))),
    weights: s.dimensions.map((dim) => dim.weight ?? 0),
    points: s.dimensions.map((dim) => dim.points),
  };
}
