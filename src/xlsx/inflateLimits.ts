// How much of a package we agree to inflate. A .xlsx is a zip: a few megabytes on disk can inflate to
// gigabytes (a stray formatted range written cell by cell, or a deliberate zip bomb), and a part of 400 MB
// aborted V8 with an out-of-memory crash while its text was read and scanned. Parts are inflated as streams
// and counted as they come, so a part is refused as soon as it passes a limit, whatever its header claims.
//
// The limits, measured against the largest workbook the tool is built for (bench/generate.mjs, 25,000 KPIs:
// a 17.9 MB sheet part and a 17.2 MB shared-strings part, 35 MB of XML from a 2.2 MB file, 40:1 at most):
// - a part may inflate to 128 MiB, seven times that sheet, while the reader's peak memory for it (the text,
//   its scan and the grid; roughly ten times the part) stays well inside Node's default heap;
// - all XML parts together to 256 MiB, seven times that workbook's;
// - a part past 32 MiB must not inflate more than 250 times its compressed size: real XML compresses 10–50:1
//   (the 25,000-KPI shared strings, all repeats, 40:1), while a zip bomb runs close to deflate's limit of 1032:1.
import { XlsxError } from "./errors";

const MiB = 1024 * 1024;

export const INFLATE_LIMITS = {
  part: 128 * MiB,
  total: 256 * MiB,
  ratio: 250,
  /** Below this a part is never refused for its ratio: small parts of repeated markup compress very well. */
  ratioFrom: 32 * MiB,
};

export type InflateLimits = typeof INFLATE_LIMITS;

/** The most bytes `compressed` bytes of a part may inflate to. */
export function partLimit(compressed: number | undefined, limits: InflateLimits): number {
  if (compressed === undefined) return limits.part;
  return Math.min(limits.part, Math.max(limits.ratioFrom, compressed * limits.ratio));
}

/** "41 KB", "2.2 MB", "128 MB": sizes as a file manager shows them. */
function size(bytes: number): string {
  if (bytes < MiB) return `${Math.max(1, Math.round(bytes / 1024))} KB`;
  return `${(bytes / MiB).toFixed(bytes < 10 * MiB ? 1 : 0)} MB`;
}

/** The refusal: the file is too large for the tool, with the sizes, in Thai and English. */
export function tooLarge(what: { part?: string; inflated: number; limit: number; fileSize: number }): XlsxError {
  const where = what.part ? `ส่วน ${what.part} ของไฟล์` : "ข้อมูลในไฟล์";
  const whereEn = what.part ? `its part ${what.part}` : "its contents";
  return new XlsxError({
    th:
      `ไฟล์นี้ใหญ่เกินกว่าที่โปรแกรมนี้จะอ่านได้: ไฟล์ขนาด ${size(what.fileSize)} แต่${where}ขยายออกได้เกิน ${size(what.inflated)} ` +
      `(อ่านได้ไม่เกิน ${size(what.limit)}) กรุณาลบแถว คอลัมน์ หรือแผ่นงานที่ไม่ใช้ออก หรือแยกเป็นหลายไฟล์`,
    en:
      `This file is too large for this tool: the file is ${size(what.fileSize)}, but ${whereEn} inflates to more than ` +
      `${size(what.inflated)} (the limit is ${size(what.limit)}); delete unused rows, columns or sheets, or split it into several files.`,
  });
}
