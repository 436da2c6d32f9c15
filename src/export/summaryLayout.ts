// The summary sheet, laid out once for both writers: title, the dimension table with its goals beneath,
// the total, how many KPIs have reported, the reported-only score (in its own lighter box, labelled as not official), and the
// lists of pending and missing KPIs with their owning units. A 5-point table (คำรับรองการปฏิบัติราชการ) gets a
// layout of its own: fivePointLayout.
import { type Cell, namedGroups, num, numerals, type Row, type SheetLayout, type Summary, SUMMARY_TITLE, type SummaryChartData, type SummaryKpi, textRow, titleSaysPeriod, weightCell } from "../scorecard";

/** Excel refuses sheet names over 31 characters; the summary's fits. */
export const SUMMARY_SHEET = SUMMARY_TITLE;

const COLUMNS = 5;

export function summaryLayout(s: Summary): SheetLayout {
  if (s.scale === 5) return fivePointLayout(s);
  const d = numerals(s.thaiDigits).plain;
  const ro = s.reportedOnly;
  // With a previous round, a sixth column says the change since it; the text rows span it too.
  const ch = s.change;
  const wide = ch ? 6 : COLUMNS;
  const line = (style: Row["style"], text: string): Row => textRow(style, text, wide);
  const keyFigure = (style: Row["style"], label: string, value: Cell): Row => ({ style, cells: [label, null, null, value, null, ...(ch ? [null] : [])], merges: [[0, 2], [3, wide - 1]] });
  const more = (text: string | null | undefined): Cell[] => (ch ? [text ?? null] : []);
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
    { style: "header", cells: ["มิติที่", "มิติ / เป้าประสงค์ (CSF)", "น้ำหนัก", "คะแนนที่ได้", "ร้อยละที่ได้", ...more(ch?.heading)] },
  ];
  for (const [di, dim] of s.dimensions.entries()) {
    rows.push({ style: "group", cells: [d(String(dim.position)), dim.name, weightCell(dim.weight), num(dim.points), dim.percent === null ? "-" : num(dim.percent), ...more(ch?.dimensions[di])] });
    for (const [gi, g] of dim.goals.entries()) {
      rows.push({ style: "subitem", cells: ["", g.name, weightCell(g.weight), num(g.points), g.percent === null ? "-" : num(g.percent), ...more(ch?.goals[di][gi])] });
    }
  }
  rows.push({ style: "total", cells: ["", d("คะแนน HR Scorecard (เต็ม 100 คะแนน)"), num(100, 0), num(s.total), null, ...more(ch?.totalText)] });
  rows.push(line("note", d("น้ำหนักของเป้าประสงค์ (CSF) เป็นร้อยละภายในมิติ · ร้อยละที่ได้ = คะแนนที่ได้ ÷ คะแนนเต็มของมิติหรือเป้าประสงค์ × 100 · ตัวชี้วัดที่รอผลนับเป็น 0 ตามแบบรายงาน")));
  rows.push(...kpiTable(`ตัวชี้วัดที่รอผล (${d(String(s.pending.length))} ตัวชี้วัด)`, s.pending, wide));
  rows.push(...kpiTable(`ตัวชี้วัดที่ไม่มีข้อมูลหรืออ่านค่าไม่ได้ (${d(String(s.missing.length))} ตัวชี้วัด)`, s.missing, wide));
  // The change column takes its width from the name's, so the page still prints one A4 landscape page wide.
  return { sheetName: SUMMARY_SHEET, widths: ch ? [8, 56, 14, 14, 12, 30] : [8, 74, 20, 20, 12], rows, thaiDigits: s.thaiDigits, printTitleRows: [1, 2] };
}

function kpiTable(title: string, kpis: SummaryKpi[], columns = COLUMNS): Row[] {
  const text = (style: Row["style"], t: string) => textRow(style, t, columns);
  const rows: Row[] = [text("blank", ""), text("section", title)];
  if (kpis.length === 0) return [...rows, text("note", "ไม่มี")];
  // Six or seven columns (5-point): the cell before the status, the status across the rest, so that a left-out KPI's
  // "ยกเลิกตัวชี้วัด (ไม่นับคะแนนและน้ำหนัก)" has room; the owner's column named as those tables name it.
  if (columns > COLUMNS) {
    const rest = new Array(columns - 5).fill(null);
    rows.push({ style: "header", cells: ["ตัวชี้วัดที่", "ชื่อตัวชี้วัด", "ผู้รับผิดชอบ", "เซลล์ผลงาน", "สถานะ", ...rest], merges: [[4, columns - 1]] });
    for (const k of kpis) rows.push({ style: "item", cells: [k.numberText, k.name, k.owner || "-", k.cell, k.statusText, ...rest], merges: [[4, columns - 1]] });
    return rows;
  }
  rows.push({ style: "header", cells: ["ตัวชี้วัดที่", "ชื่อตัวชี้วัด", "หน่วยงานรับผิดชอบ", "สถานะ", "เซลล์ผลงาน"] });
  for (const k of kpis) rows.push({ style: "item", cells: [k.numberText, k.name, k.owner || "-", k.statusText, k.cell] });
  return rows;
}

const score = (v: number | null): Cell => (v === null ? "-" : num(v, 4));

/**
 * The 5-point summary: the table's own title, the total out of 5 to 4 decimals, the score table as the sheet has
 * it (group rows, then each KPI's weight, score and weighted score, a remark for typed scores, pending and
 * left-out KPIs), and the lists of pending, left-out and missing KPIs.
 */
function fivePointLayout(s: Summary): SheetLayout {
  const d = numerals(s.thaiDigits).plain;
  const ro = s.reportedOnly;
  // With a previous round, a column after the weighted score says the change of each weighted score since it.
  const ch = s.change;
  const columns = ch ? 7 : 6;
  const fiveLine = (style: Row["style"], text: string): Row => textRow(style, text, columns);
  const blanks = (n: number): Cell[] => new Array(n).fill(null);
  /** A key figure: its label across A–C, its value across D–E, as the HR Scorecard's. */
  const fiveKeyFigure = (style: Row["style"], label: string, value: Cell): Row => ({ style, cells: [label, null, null, value, ...blanks(columns - 4)], merges: [[0, 2], [3, 4]] });
  const more = (text: string | undefined): Cell[] => (ch ? [text ?? null] : []);
  const title = s.department && !s.title.includes(s.department) ? `${s.title} ${s.department}` : s.title;
  const rows: Row[] = [
    fiveLine("title", title),
    fiveLine("subtitle", (!titleSaysPeriod(s) && s.heading) || `แผ่นงาน "${s.sheetName}"`),
    fiveLine("note", `ข้อมูล ณ วันที่ ${s.exportDateText} จากแผ่นงาน "${s.sheetName}"`),
    fiveKeyFigure("group", s.totalLabel, num(s.total, 4)),
    fiveLine("item", d(`${s.reportedText} · รอผล ${s.pending.length} · ไม่นับรวม (ยกเลิก/เริ่มรอบถัดไป) ${s.excluded.length} · ไม่มีข้อมูลหรืออ่านค่าไม่ได้ ${s.missing.length}`)),
    fiveLine("blank", ""),
  ];
  if (ro.shown) {
    rows.push(fiveKeyFigure("aside", ro.label, score(ro.score)));
    rows.push(fiveLine("aside", `${ro.note} (นับ ${d(String(ro.kpis))} ตัวชี้วัดที่รายงานผลแล้ว)`));
    rows.push(fiveLine("blank", ""));
  }
  rows.push({ style: "header", cells: ["ตัวชี้วัดที่", "ตัวชี้วัด", "น้ำหนัก (ร้อยละ)", "ค่าคะแนนที่ได้", "คะแนนถ่วงน้ำหนัก", ...more(ch?.heading), "หมายเหตุ"] });
  for (const l of s.lines ?? []) {
    // A group row as the sheet writes it, its label across the first three columns (its stated weight is in it).
    if (l.kind !== "kpi") rows.push({ style: l.kind === "dimension" ? "group" : "subitem", cells: [l.name, null, null, null, score(l.points), ...more(l.change), null], merges: [[0, 2]] });
    else rows.push({ style: "item", cells: [l.numberText, l.name, weightCell(l.weight), l.score === null ? "-" : score(l.score), l.points === null ? "-" : score(l.points), ...more(l.change), l.statusText] });
  }
  rows.push({ style: "total", cells: [s.totalLabel, null, null, null, num(s.total, 4), ...more(ch?.totalText), null], merges: [[0, 3]] });
  rows.push(fiveLine("note", "ค่าคะแนนที่ได้ ๐–๕ ตามเกณฑ์การให้คะแนน · คะแนนถ่วงน้ำหนัก = น้ำหนัก × ค่าคะแนนที่ได้ ÷ ผลรวมน้ำหนักของตัวชี้วัดที่นับ (ไม่นับที่ยกเลิกหรือเริ่มรอบถัดไป)"));
  // Only the lists that hold a KPI: the count line above already says "รอผล 0", and an empty list alone on a
  // printed page of its own says nothing more (these tables are short).
  const lists: [string, SummaryKpi[]][] = [
    ["ตัวชี้วัดที่รอผล", s.pending],
    ["ตัวชี้วัดที่ไม่นับรวม: ยกเลิกหรือเริ่มรอบถัดไป", s.excluded],
    ["ตัวชี้วัดที่ไม่มีข้อมูลหรืออ่านค่าไม่ได้", s.missing],
  ];
  for (const [title, kpis] of lists) if (kpis.length) rows.push(...kpiTable(`${title} (${d(String(kpis.length))} ตัวชี้วัด)`, kpis, columns));
  // 134 characters across, as the HR Scorecard's summary: what prints one A4 landscape page wide at 14 pt; the
  // numbers' headings each on one line, a left-out KPI's remark too. The change column takes its width from the
  // name's and the remark's.
  return { sheetName: SUMMARY_SHEET, widths: ch ? [9, 41, 14, 12, 16, 16, 26] : [9, 51, 14, 12, 16, 32], rows, thaiDigits: s.thaiDigits, printTitleRows: [1, 2] };
}

/** The chart of totals by round: its name in Excel's list of charts. */
export const ROUNDS_CHART = "HR Scorecard รายรอบ";
/** The chart of points per dimension: its name in Excel's list of charts. */
export const DIMENSIONS_CHART = "HR Scorecard รายมิติ";

/**
 * The charts beside the summary, in the order they are placed under it. With earlier rounds, first the totals by
 * round: one series of columns (no legend), the value axis from 0 to the full mark (100, or 5 on the 5-point
 * scale) so that a column's height is its share of the full mark. Then each dimension's points against its
 * weight. Categories as the sheet writes them ("๑. ความสอดคล้องเชิงยุทธศาสตร์", "รอบ ๖ เดือน"), the dimension
 * numbered when its name is not, since two dimensions may share a name.
 */
export function summaryCharts(s: Summary): SummaryChartData[] {
  const d = numerals(s.thaiDigits).plain;
  // 5-point: a dimension's weight (a percent) beside its weighted score (out of 5) would compare two scales;
  // its bar stands beside what its counted KPIs could reach instead.
  const five = s.scale === 5;
  // The dimensions the sheet names: a 5-point table without group rows has none (its one made group is the total).
  const named = namedGroups(s.dimensions);
  const weights = named.map((dim) => (five ? (dim.outOf ?? 0) : (dim.weight ?? 0)));
  const dimensions: SummaryChartData = {
    name: DIMENSIONS_CHART,
    kind: "bar",
    title: five ? "คะแนนถ่วงน้ำหนักที่ได้เทียบกับคะแนนเต็มรายมิติ" : "คะแนนที่ได้เทียบกับน้ำหนักรายมิติ",
    numberHeading: "มิติที่",
    headings: five ? ["มิติ", "คะแนนเต็ม", "คะแนนถ่วงน้ำหนักที่ได้"] : ["มิติ", "น้ำหนัก", "คะแนนที่ได้"],
    categories: named.map((dim) => (/^\s*[0-9๐-๙]/.test(dim.name) ? dim.name : d(`${dim.position}. ${dim.name}`))),
    series: [weights, named.map((dim) => dim.points)],
    decimals: five ? [4, 4] : [weights.every(Number.isInteger) ? 0 : 2, 2],
    valueAxis: { min: 0 },
  };
  const charts = named.length ? [dimensions] : [];
  if (!s.rounds?.length) return charts;
  const rounds: SummaryChartData = {
    name: ROUNDS_CHART,
    kind: "column",
    title: "คะแนนรวมแต่ละรอบ",
    numberHeading: "รอบที่",
    headings: ["รอบ", d(five ? "คะแนนรวม (เต็ม 5 คะแนน)" : "คะแนนรวม (เต็ม 100 คะแนน)")],
    categories: s.rounds.map((r) => r.label),
    series: [s.rounds.map((r) => r.total)],
    decimals: [s.decimals],
    valueAxis: { min: 0, max: s.scale },
  };
  return [rounds, ...charts];
}
