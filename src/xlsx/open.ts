// Bytes → workbook, with a clear refusal for everything that is not an editable .xlsx: a text or PDF
// file, an old .xls, a password-protected workbook (an encrypted OLE container, not a zip), a Word or
// PowerPoint file, a binary .xlsb, an OpenDocument spreadsheet, Excel's lock file, and a workbook without
// a worksheet to read.
import { XlsxError } from "./errors";
import { emptyFile, incomplete, isExcelLockFile, isText, lockFile, notXlsx, noWorksheet, openDocument, textFile } from "./fileKinds";
import { OpcPackage, type PackageOptions } from "./opcPackage";
import { Workbook, type XlsxWorkbook } from "./workbook";
import { readSheetEntries } from "./workbookPart";

const ZIP = [0x50, 0x4b];
const OLE = [0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1];

export async function openXlsx(bytes: Uint8Array, options: PackageOptions = {}): Promise<XlsxWorkbook> {
  if (startsWith(bytes, OLE)) {
    if (containsUtf16(bytes, "EncryptedPackage")) {
      throw new XlsxError({
        th: "ไฟล์นี้ตั้งรหัสผ่านไว้ กรุณาเปิดใน Excel แล้วเอารหัสผ่านออกก่อน (ไฟล์ > ข้อมูล > ป้องกันเวิร์กบุ๊ก)",
        en:
          "This workbook is password-protected (encrypted); remove the password in Excel first (File > Info > Protect Workbook).",
      });
    }
    throw new XlsxError({
      th: "ไฟล์นี้เป็น Excel รุ่นเก่า (.xls) กรุณาบันทึกเป็น Excel Workbook (.xlsx) ก่อน",
      en:
        "This is an old-format Excel file (.xls); save it as an Excel Workbook (.xlsx) first.",
    });
  }
  if (!startsWith(bytes, ZIP)) {
    if (bytes.length === 0) throw emptyFile();
    if (isExcelLockFile(bytes)) throw lockFile();
    if (isText(bytes)) throw textFile();
    throw notXlsx();
  }
  let pkg: OpcPackage;
  try {
    pkg = await OpcPackage.load(bytes, options);
  } catch (e) {
    if (e instanceof XlsxError) throw e; // too large for the tool: said with the sizes
    throw new XlsxError({ th: "ไฟล์ .xlsx เสียหาย เปิดอ่านไม่ได้", en: "The .xlsx file is damaged and cannot be read." });
  }
  const office = pkg.relationships("") /* the package root */.find((r) => /\/officeDocument$/.test(r.type) && !r.external);
  if (!office) {
    const mimetype = openDocumentType(bytes);
    if (mimetype) throw openDocument(mimetype);
    if (pkg.paths().some((p) => p.startsWith("xl/"))) throw incomplete(pkg.has("xl/workbook.xml"));
    throw notXlsx();
  }
  const target = office.target.toLowerCase();
  if (target.endsWith(".bin")) {
    throw new XlsxError({
      th: "ไฟล์นี้เป็น Excel Binary Workbook (.xlsb) ซึ่งยังไม่รองรับ กรุณาบันทึกเป็น .xlsx",
      en:
        "This is an Excel Binary Workbook (.xlsb), which is not supported; save it as .xlsx.",
    });
  }
  if (target.startsWith("word/") || target.startsWith("ppt/")) throw notXlsx();
  if (pkg.text(office.target) === undefined || !/<(?:[\w.-]+:)?workbook[\s>]/.test(pkg.text(office.target) as string)) {
    throw notXlsx();
  }
  const entries = readSheetEntries(pkg, office.target);
  if (!entries.some((e) => e.kind === "worksheet")) {
    throw noWorksheet(entries, pkg.text(office.target) as string, pkg.relationships(office.target).length > 0);
  }
  return new Workbook(pkg, office.target);
}

/**
 * An OpenDocument file's media type: the format puts a "mimetype" entry first in the zip, stored uncompressed,
 * so it is read from the first local header without inflating anything.
 */
function openDocumentType(bytes: Uint8Array): string | null {
  if (bytes.length < 38) return null;
  const view = new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  const method = view.getUint16(8, true);
  const size = view.getUint32(18, true);
  const nameLength = view.getUint16(26, true);
  const extra = view.getUint16(28, true);
  if (method !== 0 || nameLength !== 8 || size > 100) return null;
  const decoder = new TextDecoder();
  if (decoder.decode(bytes.subarray(30, 38)) !== "mimetype") return null;
  const type = decoder.decode(bytes.subarray(38 + extra, 38 + extra + size)).trim();
  return type.startsWith("application/vnd.oasis.opendocument") ? type : null;
}

function startsWith(bytes: Uint8Array, magic: number[]): boolean {
  return bytes.length >= magic.length && magic.every((b, i) => bytes[i] === b);
}

/** Whether the OLE container names a stream `name` (directory entries are UTF-16LE). */
function containsUtf16(bytes: Uint8Array, name: string): boolean {
  const first = name.charCodeAt(0);
  outer: for (let i = 0; i + name.length * 2 <= bytes.length; i++) {
    if (bytes[i] !== first || bytes[i + 1] !== 0) continue;
    for (let k = 1; k < name.length; k++) if (bytes[i + 2 * k] !== name.charCodeAt(k) || bytes[i + 2 * k + 1] !== 0) continue outer;
    return true;
  }
  return false;
}
