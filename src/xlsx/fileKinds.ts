// What a file that is not a readable .xlsx is, so the refusal can name it and say what to do: an OpenDocument
// spreadsheet, the lock file Excel keeps beside an open workbook, a CSV or other text file, an empty file; and,
// for a workbook that opens, why it has no worksheet the tool can read.
import type { Bilingual, Lang } from "../scorecard";
import { XlsxError } from "./errors";
import type { SheetEntry } from "./workbookPart";
import { escapeRegExp } from "./xmlText";

const NOT_XLSX = "ไม่ใช่ไฟล์ Excel (.xlsx)";
const NOT_XLSX_EN = "not an Excel workbook (.xlsx)";

export function notXlsx(): XlsxError {
  return new XlsxError({ th: `ไฟล์นี้${NOT_XLSX}`, en: `This file is ${NOT_XLSX_EN}.` });
}

/** A zip with Excel's folders (xl/…) but without the parts that say where the workbook is: cut short or damaged. */
export function incomplete(hasWorkbookPart: boolean): XlsxError {
  const missing = hasWorkbookPart ? "_rels/.rels" : "_rels/.rels, xl/workbook.xml";
  return new XlsxError({
    th: `ไฟล์ .xlsx ไม่ครบ: มีข้อมูลของ Excel แต่ขาดส่วน ${missing} ที่บอกว่าสมุดงานอยู่ที่ใด ไฟล์อาจเสียหายหรือคัดลอกมาไม่ครบ กรุณาเปิดใน Excel แล้วบันทึกใหม่`,
    en:
      `The .xlsx file is incomplete: it holds Excel's parts but lacks ${missing}, which says where the workbook is; it may be damaged or cut short. Open it in Excel and save it again.`,
  });
}

export function emptyFile(): XlsxError {
  return new XlsxError({ th: `ไฟล์นี้ว่างเปล่า (๐ ไบต์) ${NOT_XLSX}`, en: `This file is empty (0 bytes), ${NOT_XLSX_EN}.` });
}

/** The zip's `mimetype` entry of an OpenDocument file says which kind it is. */
export function openDocument(mimetype: string): XlsxError {
  const spreadsheet = mimetype.includes("spreadsheet");
  if (spreadsheet) {
    return new XlsxError({
      th: `ไฟล์นี้เป็นสเปรดชีต OpenDocument (.ods เช่น จาก LibreOffice) ${NOT_XLSX} กรุณาเปิดแล้วบันทึกเป็น Excel Workbook (.xlsx) ก่อน`,
      en: `This is an OpenDocument spreadsheet (.ods, e.g. from LibreOffice), ${NOT_XLSX_EN}; open it and save it as an Excel Workbook (.xlsx) first.`,
    });
  }
  return new XlsxError({ th: `ไฟล์นี้เป็นเอกสาร OpenDocument (${mimetype}) ${NOT_XLSX}`, en: `This is an OpenDocument file (${mimetype}), ${NOT_XLSX_EN}.` });
}

/**
 * Excel's owner file ("~$name.xlsx", 165 bytes), kept beside a workbook while it is open: a byte giving the length
 * of the user's name, the name, spaces up to byte 54, then the name again in UTF-16 after its 2-byte length.
 */
export function isExcelLockFile(bytes: Uint8Array): boolean {
  if (bytes.length < 56 || bytes.length > 512) return false;
  const n = bytes[0];
  if (n === 0 || n > 53) return false;
  for (let i = 1; i <= n; i++) if (bytes[i] < 32) return false;
  for (let i = n + 1; i < 54; i++) if (bytes[i] !== 32) return false;
  return bytes[54] === n && bytes[55] === 0;
}

export function lockFile(): XlsxError {
  return new XlsxError({
    th: `ไฟล์นี้เป็นไฟล์ล็อกที่ Excel สร้างไว้ขณะเปิดสมุดงานอยู่ (ชื่อขึ้นต้นด้วย ~$) ${NOT_XLSX} กรุณาเลือกไฟล์ชื่อเดียวกันที่ไม่มี ~$ นำหน้า`,
    en:
      `This is the lock file Excel keeps while a workbook is open (its name starts with ~$), ${NOT_XLSX_EN}; choose the file of the same name without the ~$.`,
  });
}

/**
 * Text (a CSV, a tab-separated export, HTML saved as .xlsx): the start of the file decodes as UTF-8 (or is
 * UTF-16 with a byte-order mark) and holds no control characters other than tabs and line breaks.
 */
export function isText(bytes: Uint8Array): boolean {
  if (bytes.length >= 2 && ((bytes[0] === 0xff && bytes[1] === 0xfe) || (bytes[0] === 0xfe && bytes[1] === 0xff))) return true;
  const head = bytes.subarray(0, 4096);
  let text: string;
  try {
    // A multi-byte character cut at the 4096th byte is not an error: decode in streaming mode.
    text = new TextDecoder("utf-8", { fatal: true }).decode(head, { stream: head.length < bytes.length });
  } catch {
    return false;
  }
  for (let i = 0; i < text.length; i++) {
    const code = text.charCodeAt(i);
    if (code < 32 && code !== 9 && code !== 10 && code !== 13) return false;
  }
  return true;
}

export function textFile(): XlsxError {
  return new XlsxError({
    th: `ไฟล์นี้เป็นไฟล์ข้อความ (เช่น CSV) ${NOT_XLSX} แม้ชื่อไฟล์จะลงท้ายด้วย .xlsx กรุณาเปิดใน Excel แล้วบันทึกเป็น Excel Workbook (.xlsx)`,
    en:
      `This file is text (such as CSV), ${NOT_XLSX_EN}, even if its name ends in .xlsx; open it in Excel and save it as an Excel Workbook (.xlsx).`,
  });
}

const KNOWN_MAIN = ["http://schemas.openxmlformats.org/spreadsheetml/2006/main", "http://purl.oclc.org/ooxml/spreadsheetml/main"];

/** The namespace of the <workbook> element itself (xmlns, or xmlns:x for <x:workbook>); undefined when not declared there. */
function rootNamespace(workbookXml: string): string | undefined {
  const root = /<(?:([\w.-]+):)?workbook\b([^>]*)>/.exec(workbookXml);
  if (!root) return undefined;
  const declaration = root[1] ? `xmlns:${root[1]}` : "xmlns";
  return new RegExp(`\\s${escapeRegExp(declaration)}\\s*=\\s*["']([^"']*)["']`).exec(root[2])?.[1];
}

const KIND_NAMES: Record<SheetEntry["kind"], Bilingual> = {
  worksheet: { th: "แผ่นงาน", en: "worksheet" },
  chartsheet: { th: "แผ่นแผนภูมิ", en: "chart sheet" },
  dialogsheet: { th: "แผ่นกล่องโต้ตอบ", en: "dialog sheet" },
  macrosheet: { th: "แผ่นมาโคร", en: "macro sheet" },
  other: { th: "แผ่นชนิดที่ไม่รู้จัก", en: "sheet of an unknown kind" },
};

/**
 * A workbook without a worksheet the tool can read, and what was found instead: no sheets listed, only chart
 * sheets (or other kinds), sheets whose parts the workbook's relationships do not give, or the namespace of a
 * pre-release Excel 2007.
 */
export function noWorksheet(entries: SheetEntry[], workbookXml: string, hasRelationships: boolean): XlsxError {
  const namespace = rootNamespace(workbookXml);
  let th: string;
  let en: string;
  if (namespace !== undefined && !KNOWN_MAIN.includes(namespace)) {
    th = `สมุดงานใช้รูปแบบ XML ที่ไม่ใช่ของ Excel 2007 ขึ้นไป (${namespace} เช่น จาก Excel 2007 รุ่นทดลอง) กรุณาเปิดแล้วบันทึกใหม่ใน Excel รุ่นปัจจุบัน`;
    en = `the workbook uses XML that is not Excel 2007 or later's (${namespace}, e.g. from a pre-release Excel 2007); open it and save it again in a current Excel`;
  } else if (entries.length === 0) {
    th = "สมุดงานไม่มีรายชื่อแผ่นงานเลย";
    en = "the workbook lists no sheets";
  } else if (!hasRelationships) {
    th = `สมุดงานระบุแผ่นงาน ${entries.length} แผ่น แต่ไม่มีส่วนที่บอกว่าแต่ละแผ่นเก็บอยู่ที่ใด (xl/_rels/workbook.xml.rels) ไฟล์อาจเสียหาย`;
    en = `the workbook lists ${entries.length} sheet(s) but lacks the part saying where they are stored (xl/_rels/workbook.xml.rels); the file may be damaged`;
  } else {
    const listed = (lang: Lang) => entries.slice(0, 5).map((e) => `${KIND_NAMES[e.kind][lang]} "${e.name}"`).join(", ") + (entries.length > 5 ? ", …" : "");
    th = `พบเพียง ${listed("th")}`;
    en = `found only ${listed("en")}`;
  }
  return new XlsxError({ th: `สมุดงานนี้ไม่มีแผ่นงานที่โปรแกรมนี้อ่านได้: ${th}`, en: `The workbook has no worksheet the tool can read: ${en}.` });
}
