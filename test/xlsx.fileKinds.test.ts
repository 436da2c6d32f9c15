// Files the officer can still use, and files that are something else: each is read, or refused with a sentence
// that names what the file is and what to do.
import * as fs from "fs";
import JSZip from "jszip";
import { openXlsx, XlsxError } from "../src/xlsx";
import { runMemoryCli } from "../src/cli/testing/memoryCli";
import { OFFICIAL } from "./fixtures/grids";

const official = new Uint8Array(fs.readFileSync(OFFICIAL));
const REL = "http://schemas.openxmlformats.org/officeDocument/2006/relationships";
const WORKBOOK_RELS = "xl/_rels/workbook.xml.rels";

/** The official workbook with each part passed through `edit` (undefined: the part is left out). */
async function officialEdited(edit: (name: string, text: string) => string | undefined): Promise<Uint8Array> {
  const zip = await JSZip.loadAsync(official);
  for (const name of Object.keys(zip.files)) {
    if (zip.files[name].dir) continue;
    const text = edit(name, await zip.file(name)!.async("string"));
    if (text === undefined) zip.remove(name);
    else zip.file(name, text);
  }
  return zip.generateAsync({ type: "uint8array", compression: "DEFLATE" });
}

/** Excel's "Strict Open XML Spreadsheet": the same parts under the purl.oclc.org namespaces. */
const strict = () =>
  officialEdited((_name, text) =>
    text
      .split("http://schemas.openxmlformats.org/spreadsheetml/2006/main").join("http://purl.oclc.org/ooxml/spreadsheetml/main")
      .split(REL).join("http://purl.oclc.org/ooxml/officeDocument/relationships")
      .split("http://schemas.openxmlformats.org/drawingml/2006/main").join("http://purl.oclc.org/ooxml/drawingml/main")
      .replace(/<workbook /, '<workbook conformance="strict" '),
  );

describe("Strict Open XML", () => {
  it("is read by check and export, with the official outcome", async () => {
    const bytes = await strict();
    const check = await runMemoryCli(["check", "s.xlsx"], { "s.xlsx": bytes });
    expect(check.err).toBe("");
    expect(check.code).toBe(0);
    expect(check.out).toMatch(/คะแนน HR Scorecard \(เต็ม ๑๐๐\) +๒๘\.๘๓/);
    const exported = await runMemoryCli(["export", "s.xlsx", "-o", "o.xlsx"], { "s.xlsx": bytes });
    expect(exported.code).toBe(0);
    expect(exported.out).toContain("คะแนนรวม ๒๘.๘๓");
  });

  it("recalc refuses to write it, saying to save it as an ordinary Excel Workbook first", async () => {
    const r = await runMemoryCli(["recalc", "s.xlsx"], { "s.xlsx": await strict() });
    expect(r.code).toBe(1);
    expect(r.err).toMatch(/Strict Open XML.*อ่านได้แต่เขียนไม่ได้.*can read but not write; open it in Excel and save it as an ordinary Excel Workbook \(\.xlsx\) first/);
    expect(r.files.has("s.recalc.xlsx")).toBe(false);
  });
});

describe("a package whose entries are named with backslashes (xl\\workbook.xml)", () => {
  const backslashed = async () => {
    const zip = await JSZip.loadAsync(official);
    const out = new JSZip();
    for (const name of Object.keys(zip.files)) {
      if (!zip.files[name].dir) out.file(name.replace(/\//g, "\\"), await zip.file(name)!.async("uint8array"), { createFolders: false });
    }
    return out.generateAsync({ type: "uint8array", compression: "DEFLATE" });
  };

  it("is read by check with the official outcome", async () => {
    const r = await runMemoryCli(["check", "s.xlsx"], { "s.xlsx": await backslashed() });
    expect(r.err).toBe("");
    expect(r.out).toMatch(/คะแนน HR Scorecard \(เต็ม ๑๐๐\) +๒๘\.๘๓/);
  });

  it("is not written back: recalc says to save it again in Excel first", async () => {
    const r = await runMemoryCli(["recalc", "s.xlsx"], { "s.xlsx": await backslashed() });
    expect(r.code).toBe(1);
    expect(r.err).toMatch(/names its parts with backslashes \(\\\), which this tool can read but not write back; open it in Excel and save it again first/);
  });
});

describe("a workbook without a usable styles part", () => {
  const variants: [string, (name: string, text: string) => string | undefined][] = [
    ["an empty <styleSheet/>", (name, text) => (name === "xl/styles.xml" ? `<styleSheet xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main"/>` : text)],
    ["no styles part at all", (name, text) => (name === "xl/styles.xml" ? undefined : name === WORKBOOK_RELS ? text.replace(/<Relationship [^>]*styles[^>]*\/>/, "") : text)],
  ];
  it.each(variants)("%s: check reads it", async (_name, edit) => {
    const r = await runMemoryCli(["check", "s.xlsx"], { "s.xlsx": await officialEdited(edit) });
    expect(r.err).toBe("");
    expect(r.code).toBe(0);
    expect(r.out).toMatch(/คะแนน HR Scorecard \(เต็ม ๑๐๐\) +(๒๘\.๘๓|28\.83)/);
  });

  it.each(variants)("%s: recalc, which must add number formats and highlights, says so plainly", async (_name, edit) => {
    const r = await runMemoryCli(["recalc", "s.xlsx"], { "s.xlsx": await officialEdited(edit) });
    expect(r.code).toBe(1);
    expect(r.err).toMatch(/ไม่มีส่วนรูปแบบเซลล์.*no usable cell styles part \(styles\.xml\), so number formats and highlights cannot be written; open it in Excel and save it again first/);
  });
});

describe("a workbook with no worksheet the tool can read says what it found", () => {
  const chartOnly = (name: string, text: string) =>
    name === WORKBOOK_RELS ? text.replace(`${REL}/worksheet" Target="worksheets/sheet1.xml"`, `${REL}/chartsheet" Target="chartsheets/sheet1.xml"`)
      : name === "xl/workbook.xml" ? text.replace('name="HR Scorecard"', 'name="กราฟ"') : text;
  const cases: [string, (name: string, text: string) => string | undefined, RegExp][] = [
    ["only chart sheets", chartOnly, /ไม่มีแผ่นงานที่โปรแกรมนี้อ่านได้: พบเพียง แผ่นแผนภูมิ "กราฟ".*has no worksheet the tool can read: found only chart sheet "กราฟ"/],
    ["an empty <sheets/>", (name, text) => (name === "xl/workbook.xml" ? text.replace(/<sheets>.*<\/sheets>/, "<sheets/>") : text), /ไม่มีรายชื่อแผ่นงานเลย.*the workbook lists no sheets/],
    [
      "an empty <sheets/> in a workbook that declares xmlns:r first, with an x: prefix",
      (name, text) => (name === "xl/workbook.xml" ? `<x:workbook xmlns:r="${REL}" xmlns:x="http://schemas.openxmlformats.org/spreadsheetml/2006/main"><x:sheets/></x:workbook>` : text),
      /the workbook lists no sheets/,
    ],
    ["no workbook relationships", (name, text) => (name === WORKBOOK_RELS ? undefined : text), /xl\/_rels\/workbook\.xml\.rels.*lists 1 sheet\(s\) but lacks the part saying where they are stored/],
    [
      "Office 2007 beta namespaces",
      (name, text) => (name === WORKBOOK_RELS || name === "xl/workbook.xml" ? text.split("http://schemas.openxmlformats.org/spreadsheetml/2006/main").join("http://schemas.microsoft.com/office/excel/2006/2").split(REL).join("http://schemas.microsoft.com/office/2006/relationships").replace("/worksheet\"", "/xlWorksheet\"") : text),
      /Excel 2007 รุ่นทดลอง.*not Excel 2007 or later's \(http:\/\/schemas\.microsoft\.com\/office\/excel\/2006\/2/,
    ],
  ];
  it.each(cases)("%s", async (_name, edit, message) => {
    const bytes = await officialEdited(edit);
    await expect(openXlsx(bytes)).rejects.toBeInstanceOf(XlsxError);
    await expect(openXlsx(bytes)).rejects.toThrow(message);
    const r = await runMemoryCli(["check", "s.xlsx"], { "s.xlsx": bytes });
    expect(r.code).not.toBe(0);
    expect(r.err).toMatch(message);
  });
});

describe("files that are something else are named", () => {
  async function ods(): Promise<Uint8Array> {
    const zip = new JSZip();
    zip.file("mimetype", "application/vnd.oasis.opendocument.spreadsheet", { compression: "STORE" });
    zip.file("content.xml", "<office:document-content/>");
    zip.file("META-INF/manifest.xml", "<manifest:manifest/>");
    return zip.generateAsync({ type: "uint8array", compression: "DEFLATE" });
  }
  /** Excel's owner file for a workbook open by `user`: 165 bytes. */
  function lockFile(user: string): Uint8Array {
    const bytes = new Uint8Array(165).fill(32);
    bytes[0] = user.length;
    [...user].forEach((ch, i) => (bytes[1 + i] = ch.charCodeAt(0)));
    bytes[54] = user.length;
    bytes[55] = 0;
    [...user].forEach((ch, i) => {
      bytes[56 + 2 * i] = ch.charCodeAt(0);
      bytes[57 + 2 * i] = 0;
    });
    return bytes;
  }
  const csv = new TextEncoder().encode("มิติ,ตัวชี้วัด,น้ำหนัก\n1,1.1 ร้อยละของบุคลากร,50\n");
  const cases: [string, () => Promise<Uint8Array> | Uint8Array, RegExp][] = [
    ["an OpenDocument spreadsheet (.ods)", ods, /สเปรดชีต OpenDocument.*บันทึกเป็น Excel Workbook.*OpenDocument spreadsheet \(\.ods.*save it as an Excel Workbook \(\.xlsx\) first/],
    ["Excel's lock file (~$name.xlsx)", () => lockFile("somchai"), /ไฟล์ล็อก.*~\$.*lock file Excel keeps while a workbook is open.*choose the file of the same name without the ~\$/],
    ["a CSV renamed .xlsx", () => csv, /ไฟล์ข้อความ \(เช่น CSV\).*This file is text \(such as CSV\), not an Excel workbook/],
    ["an empty file", () => new Uint8Array(0), /ว่างเปล่า.*This file is empty \(0 bytes\), not an Excel workbook/],
  ];
  it.each(cases)("%s", async (_name, bytes, message) => {
    await expect(openXlsx(await bytes())).rejects.toThrow(message);
  });

  it("a package with Excel's parts but without the ones saying where the workbook is: incomplete, named", async () => {
    const bytes = await officialEdited((name, text) => (name === "_rels/.rels" || name === "xl/workbook.xml" ? undefined : text));
    await expect(openXlsx(bytes)).rejects.toThrow(/ไม่ครบ.*The \.xlsx file is incomplete: it holds Excel's parts but lacks _rels\/\.rels, xl\/workbook\.xml/);
  });

  it("binary that is none of these is still simply not an Excel workbook", async () => {
    const pdfish = Uint8Array.from([0x25, 0x50, 0x44, 0x46, 0x2d, 0x31, 0x2e, 0x37, 0x0a, 0x00, 0x01, 0x02, 0xff, 0xfe, 0x80]);
    await expect(openXlsx(pdfish)).rejects.toThrow(/^ไฟล์นี้ไม่ใช่ไฟล์ Excel \(\.xlsx\) \/ This file is not an Excel workbook \(\.xlsx\)\.$/);
  });
});
