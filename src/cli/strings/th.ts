// The command in Thai: the default language, with the glossary's words (src/scorecard/glossary.ts).
import { numerals, TERMS } from "../../scorecard";
import type { CliStrings } from "./types";

export const th: CliStrings = {
  thaiDigits: true,
  sheet: TERMS.sheet.th,
  kpis: TERMS.kpi.th,
  ok: TERMS.reported.th,
  pending: TERMS.pending.th,
  missing: TERMS.missing.th,
  invalid: TERMS.error.th,
  dimension: TERMS.dimension.th,
  weight: TERMS.weight.th,
  points: "คะแนน",
  total: "คะแนน HR Scorecard (เต็ม 100)",
  total5: `${TERMS.total.th} (เต็ม ๕)`,
  flags: "ข้อสังเกต",
  noFlags: "ไม่มีข้อสังเกต",
  severity: { error: TERMS.error.th, warning: "เตือน", info: "แจ้ง" },
  wrote: "เขียนผลลงไฟล์",
  changed: "ค่าที่เปลี่ยนจากที่กรอกไว้",
  wouldChange: "ค่าที่จะเปลี่ยนจากที่กรอกไว้เมื่อคำนวณ",
  cleared: `เอา${TERMS.highlight.th}ของการคำนวณครั้งก่อนออก เพราะผลงานเข้ามาแล้ว`,
  wouldClear: `${TERMS.highlight.th}ของการคำนวณครั้งก่อนที่จะเอาออกเมื่อคำนวณ เพราะผลงานเข้ามาแล้ว`,
  blank: "(ว่าง)",
  skipped: "ข้าม",
  keptFormulas: `คง${TERMS.formula.th}เดิมไว้ (ใช้ --overwrite-formulas เพื่อเขียนทับ)`,
  overdue: "ควรทราบผลแล้ว",
  replacing: " (แทนที่ไฟล์ที่เขียนไว้ครั้งก่อน)",
  formulaFlag: (message) => `${message} (ใช้ --overwrite-formulas เพื่อเขียนทับ)`,
  formulaOverwritten: (cell, formula) => `เซลล์ ${cell} มีสูตร ${formula}: เขียนค่าที่คำนวณได้ทับสูตรแล้ว ตามที่สั่ง --overwrite-formulas`,
  formulaKept: (cell, formula) => `เซลล์ ${cell} มีสูตร ${formula}: คงสูตรไว้ ไม่เขียนทับ ใช้ --overwrite-formulas ถ้าต้องการเขียนค่าที่คำนวณได้ทับสูตร`,
  formulaWouldBeKept: (cell, formula) => `เซลล์ ${cell} มีสูตร ${formula}: recalc จะคงสูตรไว้ ใช้ --overwrite-formulas ถ้าต้องการเขียนค่าที่คำนวณได้ทับสูตร`,

  noScorecardIn: (file) => `ไม่พบตาราง HR Scorecard ใน ${file}`,
  recalcOfRecalc: (file, output) => `${file} เป็นไฟล์ที่ recalc เขียนไว้ครั้งก่อน จึงคงไว้ตามเดิม และเขียนผลลงไฟล์ใหม่ ${output}: ถ้าต้องการปรับ ${file} เอง สั่งใหม่ด้วย --in-place`,

  summaryLines: (s) => {
    const head = `${s.title}${s.department ? ` ${s.department}` : ""}${s.heading ? ` · ${s.heading}` : ""}`;
    const d = numerals(s.thaiDigits).plain;
    return [
      `${head} (แผ่นงาน "${s.sheetName}")`,
      `  คะแนนรวม ${s.totalText} · ${s.reportedText} · รอผล ${d(s.pending.length)} · ไม่มีข้อมูลหรืออ่านค่าไม่ได้ ${d(s.missing.length)}`,
      ...(s.reportedOnly.shown ? [`  ${s.reportedOnly.label}: ${s.reportedOnly.text}`] : []),
    ];
  },
  severalScorecards: (used, names) => `พบ HR Scorecard หลายแผ่นงาน ใช้ "${used}" (เลือกแผ่นอื่นด้วย --sheet: ${names})`,
  wroteSummary: (output) => `เขียนสรุปลงไฟล์ ${output}`,
  noWorkbooksIn: (inputs) => `ไม่พบไฟล์ Excel ใน ${inputs}`,
  leftOut: (file, why) => `ข้าม ${file}: ${why}`,
  // Thai counts in Thai digits, as the Thai report does.
  wroteConsolidated: (sheets, output) => `เขียนผลรวม ${numerals(true).plain(sheets)} แผ่นงาน ลงไฟล์ ${output}`,
  consolidatedTotal: (s) => `คะแนนรวม ${s.totalText}`,
  noScorecardAnywhere: "ไม่พบตาราง HR Scorecard ในไฟล์ใดเลย",
  sameFigures: (file, sheet) => `ตัวเลขทุกตัวเหมือน ${file} · ${sheet}: อาจเป็นตารางเดียวกันที่นับซ้ำ`,
  noWorksheets: "ไม่มีแผ่นงาน",
  unreadable: "อ่านไฟล์ไม่ได้",
  internalError: (detail) => `ข้อผิดพลาดภายในโปรแกรมขณะอ่านไฟล์นี้ (ไม่ใช่ความผิดของไฟล์): แจ้งผู้ดูแลโปรแกรมพร้อมไฟล์นี้ (${detail})`,
  leftOutSummary: "เป็นไฟล์สรุปผลที่ export เขียนไว้ ไม่ใช่ตาราง HR Scorecard",
  leftOutOwnOutput: "เป็นไฟล์ที่ export ครั้งนี้เขียนผลรวมลงไป",
  leftOutRecalc: (source) => `เป็นผลของ recalc จาก ${source} ซึ่งนับแล้ว`,

  needsValue: (flag) => `${flag} ต้องมีค่า`,
  langValues: "--lang ต้องเป็น th หรือ en",
  methodValues: "--method ต้องเป็น step หรือ linear",
  unknownOption: (option) => `ไม่รู้จักตัวเลือก ${option}`,
  commandRequired: "ต้องระบุคำสั่ง recalc, check หรือ export",
  unknownCommand: (command) => `ไม่รู้จักคำสั่ง "${command}"`,
  oneFileOnly: (file) => `ระบุไฟล์ได้ไฟล์เดียว: "${file}"`,
  fileRequired: "ต้องระบุไฟล์ .xlsx",
  checkWritesNothing: "check ไม่เขียนไฟล์",
  outputOrInPlace: "ใช้ -o หรือ --in-place อย่างใดอย่างหนึ่ง",
  noSuchSheet: (sheet, sheets) => `ไม่พบแผ่นงาน "${sheet}" ในไฟล์ (มี: ${sheets})`,
  exportInputRequired: "ต้องระบุไฟล์ .xlsx หรือโฟลเดอร์",
  exportOutputExtension: (output) => `-o ต้องลงท้ายด้วย .xlsx หรือ .csv: "${output}"`,
  cannotListFolder: (folder) => `อ่านโฟลเดอร์ ${folder} ไม่ได้`,
  summaryIsInput: (output, file) => `-o ${output} คือไฟล์ต้นฉบับ ${file} เอง ซึ่งคำสั่งนี้ไม่เขียนทับ: ตั้งชื่อไฟล์สรุปผลอื่นด้วย -o`,
  packageKind: {
    xlsx: "สมุดงาน Excel (.xlsx)",
    xlsm: "สมุดงาน Excel ที่มีแมโคร (.xlsm)",
    xltx: "เทมเพลต Excel (.xltx)",
    xltm: "เทมเพลต Excel ที่มีแมโคร (.xltm)",
  },
  wrongExtension: (kind, output, ext) =>
    `ไฟล์นี้เป็น${th.packageKind[kind]} แต่ -o ${output} ${ext ? `ลงท้ายด้วย .${ext}` : "ไม่มีนามสกุล"}: ตั้งชื่อไฟล์ผลลัพธ์ให้ลงท้ายด้วย .${kind} เพราะ Excel ไม่เปิดไฟล์ที่นามสกุลไม่ตรงกับชนิดของไฟล์` +
    (ext === "csv" ? ` (ถ้าต้องการสรุปผลเป็น CSV ใช้ scorecard export FILE -o ${output})` : ""),
  defaultOutputIsInput: (output, file) =>
    `${output} (ชื่อไฟล์ผลลัพธ์ตามค่าเริ่มต้น) คือไฟล์ต้นฉบับ ${file} เอง (เป็นลิงก์ถึงกัน) จึงไม่เขียนทับ: ตั้งชื่อไฟล์ผลลัพธ์ด้วย -o หรือใช้ --in-place ถ้าต้องการเขียนลงไฟล์ต้นฉบับ`,
  outputIsInput: (output, file) => `-o ${output} คือไฟล์ต้นฉบับ ${file} เอง ซึ่งคำสั่งนี้ไม่เขียนทับ: ถ้าต้องการเขียนผลลงไฟล์ต้นฉบับ ใช้ --in-place แทน -o หรือตั้งชื่อไฟล์อื่นด้วย -o`,
};
