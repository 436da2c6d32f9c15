// Writes test/fixtures/no-scorecard.xlsx: a small KPI sheet whose target and weight headers the engine
// does not recognise ("L1".."L5", "สัดส่วน …"), so the pane must offer the column-mapping flow. Its score
// columns hold stale numbers and one formula (P3), so the recalculation after mapping asks before overwriting.
// Run: node test/e2e/makeNoScorecard.mjs   (run.mjs calls it when the file is missing)
import { writeFile } from "node:fs/promises";
import { fileURLToPath } from "node:url";
import JSZip from "jszip";

const HEADER = ["มิติ", "เป้าประสงค์", "ตัวชี้วัด", "L1", "L2", "L3", "L4", "L5", "สัดส่วน KPI", "สัดส่วน CSF", "สัดส่วนมิติ",
  "ผลการดำเนินงาน", "ระดับที่ได้", "คะแนนถ่วงน้ำหนัก KPI", "คะแนนถ่วงน้ำหนัก CSF", "คะแนนถ่วงน้ำหนัก มิติ"];
const ROWS = [
  ["ตัวชี้วัดกองการเจ้าหน้าที่ ปีงบประมาณ ๒๕๖๗"],
  HEADER,
  ["๑. ด้านการบริหาร", "๑. พัฒนาระบบงานบุคคล", "๑.๑ ร้อยละของบุคลากรที่ได้รับการอบรม (กกจ.)", 60, 70, 80, 90, 100, 50, 100, 60, 85, null, 10, 15, { f: "O3", v: 15 }],
  [null, null, "๑.๒ ร้อยละความพึงพอใจต่อระบบสารสนเทศ (สทส.)", 60, 70, 80, 90, 100, 50, null, null, 72, null, 5],
  ["๒. ด้านคุณภาพชีวิต", "๒. สร้างความผูกพันต่อองค์กร", "๒.๑ ร้อยละของบุคลากรที่ผ่านการประเมิน (กกจ.)", 60, 70, 80, 90, 100, 50, 100, 40, 95],
  [null, null, "๒.๒ จำนวนกิจกรรมสร้างสุข (กกจ. กลุ่มสวัสดิการ)", 2, 4, 6, 8, 10, 50, null, null, "ทราบผล เดือน ก.ย. ๖๗"],
  ["รวม"],
];

const esc = (s) => s.replace(/&/g, "&amp;").replace(/</g, "&lt;").replace(/>/g, "&gt;");
const col = (i) => String.fromCharCode(65 + i);

export async function makeNoScorecard(path) {
  const strings = [];
  const sst = (s) => (strings.includes(s) ? strings.indexOf(s) : strings.push(s) - 1);
  const rows = ROWS.map((cells, r) => {
    const xml = cells
      .map((v, c) => {
        const ref = `${col(c)}${r + 1}`;
        if (v === null) return "";
        if (typeof v === "object") return `<c r="${ref}"><f>${esc(v.f)}</f><v>${v.v}</v></c>`;
        return typeof v === "number" ? `<c r="${ref}"><v>${v}</v></c>` : `<c r="${ref}" t="s"><v>${sst(v)}</v></c>`;
      })
      .join("");
    return `<row r="${r + 1}">${xml}</row>`;
  });
  const zip = new JSZip();
  zip.file("[Content_Types].xml", `<?xml version="1.0" encoding="UTF-8" standalone="yes"?>
<Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types"><Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/><Default Extension="xml" ContentType="application/xml"/><Override PartName="/xl/workbook.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.sheet.main+xml"/><Override PartName="/xl/worksheets/sheet1.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.worksheet+xml"/><Override PartName="/xl/sharedStrings.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.sharedStrings+xml"/><Override PartName="/xl/styles.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.styles+xml"/></Types>`);
  zip.file("_rels/.rels", `<?xml version="1.0" encoding="UTF-8" standalone="yes"?>
<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships"><Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/officeDocument" Target="xl/workbook.xml"/></Relationships>`);
  zip.file("xl/workbook.xml", `<?xml version="1.0" encoding="UTF-8" standalone="yes"?>
<workbook xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main" xmlns:r="http://schemas.openxmlformats.org/officeDocument/2006/relationships"><sheets><sheet name="ตัวชี้วัด" sheetId="1" r:id="rId1"/></sheets></workbook>`);
  zip.file("xl/_rels/workbook.xml.rels", `<?xml version="1.0" encoding="UTF-8" standalone="yes"?>
<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships"><Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/worksheet" Target="worksheets/sheet1.xml"/><Relationship Id="rId2" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/sharedStrings" Target="sharedStrings.xml"/><Relationship Id="rId3" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/styles" Target="styles.xml"/></Relationships>`);
  zip.file("xl/styles.xml", `<?xml version="1.0" encoding="UTF-8" standalone="yes"?>
<styleSheet xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main"><fonts count="1"><font><sz val="14"/><name val="TH SarabunPSK"/></font></fonts><fills count="2"><fill><patternFill patternType="none"/></fill><fill><patternFill patternType="gray125"/></fill></fills><borders count="1"><border/></borders><cellStyleXfs count="1"><xf numFmtId="0" fontId="0" fillId="0" borderId="0"/></cellStyleXfs><cellXfs count="1"><xf numFmtId="0" fontId="0" fillId="0" borderId="0" xfId="0"/></cellXfs></styleSheet>`);
  zip.file("xl/sharedStrings.xml", `<?xml version="1.0" encoding="UTF-8" standalone="yes"?>
<sst xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main" count="${strings.length}" uniqueCount="${strings.length}">${strings.map((s) => `<si><t>${esc(s)}</t></si>`).join("")}</sst>`);
  zip.file("xl/worksheets/sheet1.xml", `<?xml version="1.0" encoding="UTF-8" standalone="yes"?>
<worksheet xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main"><sheetData>${rows.join("")}</sheetData></worksheet>`);
  const bytes = await zip.generateAsync({ type: "nodebuffer", compression: "DEFLATE" });
  await writeFile(path, bytes);
}

if (process.argv[1] === fileURLToPath(import.meta.url)) {
  await makeNoScorecard(fileURLToPath(new URL("../fixtures/no-scorecard.xlsx", import.meta.url)));
  console.log("wrote test/fixtures/no-scorecard.xlsx");
}
