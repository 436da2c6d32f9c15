// What `recalc` names the file it writes, and which names it refuses: the output keeps the package's type
// (Excel refuses to open a macro-enabled workbook named .xlsx, or an .xlsx named .xlsm), and never names the input.
import JSZip from "jszip";
import type { Bilingual } from "../scorecard";
import { UsageError } from "./args";

export type PackageKind = "xlsx" | "xlsm" | "xltx" | "xltm";

const KIND_BY_CONTENT_TYPE: [RegExp, PackageKind][] = [
  [/application\/vnd\.ms-excel\.sheet\.macroEnabled\.main\+xml/i, "xlsm"],
  [/application\/vnd\.ms-excel\.template\.macroEnabled\.main\+xml/i, "xltm"],
  [/application\/vnd\.openxmlformats-officedocument\.spreadsheetml\.template\.main\+xml/i, "xltx"],
];

const KIND_NAME: Record<PackageKind, Bilingual> = {
  xlsx: { th: "สมุดงาน Excel (.xlsx)", en: "an Excel workbook (.xlsx)" },
  xlsm: { th: "สมุดงาน Excel ที่มีแมโคร (.xlsm)", en: "a macro-enabled workbook (.xlsm)" },
  xltx: { th: "เทมเพลต Excel (.xltx)", en: "an Excel template (.xltx)" },
  xltm: { th: "เทมเพลต Excel ที่มีแมโคร (.xltm)", en: "a macro-enabled template (.xltm)" },
};

const EXCEL_EXTENSION = /\.(xlsx|xlsm|xltx|xltm)$/i;

/** The type the package declares for its workbook part; an ordinary workbook when it cannot be told. */
export async function packageKind(bytes: Uint8Array): Promise<PackageKind> {
  try {
    const types = await (await JSZip.loadAsync(bytes)).file("[Content_Types].xml")?.async("string");
    return KIND_BY_CONTENT_TYPE.find(([re]) => types && re.test(types))?.[1] ?? "xlsx";
  } catch {
    return "xlsx"; // not a zip: opening the workbook says what it is
  }
}

/** Whether the name is one of our own outputs (FILE.recalc.xlsx, FILE.summary.xlsm …). */
export function isOwnOutput(name: string): boolean {
  return /\.(recalc|summary)\.(xlsx|xlsm|xltx|xltm)$/i.test(name);
}

/** FILE.recalc.EXT beside the input, EXT the package's own type. */
export function defaultOutput(file: string, kind: PackageKind = "xlsx"): string {
  return `${file.replace(EXCEL_EXTENSION, "")}.recalc.${kind}`;
}

/** Refuses an output name whose extension is not the package's type, saying which it must be. */
export function checkOutputExtension(output: string, kind: PackageKind): void {
  const ext = /\.([^./\\]+)$/.exec(output)?.[1]?.toLowerCase();
  if (ext === kind) return;
  const k = KIND_NAME[kind];
  const shown = ext ? `ลงท้ายด้วย .${ext}` : "ไม่มีนามสกุล";
  const shownEn = ext ? `ends in .${ext}` : "has no extension";
  const csvTh = ext === "csv" ? ` (ถ้าต้องการสรุปผลเป็น CSV ใช้ scorecard export FILE -o ${output})` : "";
  const csvEn = ext === "csv" ? ` (for the summary as CSV, use scorecard export FILE -o ${output})` : "";
  throw new UsageError({ th: `ไฟล์นี้เป็น${k.th} แต่ -o ${output} ${shown}: ตั้งชื่อไฟล์ผลลัพธ์ให้ลงท้ายด้วย .${kind} เพราะ Excel ไม่เปิดไฟล์ที่นามสกุลไม่ตรงกับชนิดของไฟล์${csvTh}`, en: `This file is ${k.en}, but -o ${output} ${shownEn}: end the output's name in .${kind}, as Excel refuses to open a file whose extension does not match its type${csvEn}.` }, "twoLines");
}

export function sameAsInput(output: string, file: string, named = true): UsageError {
  if (!named) {
    // The default output's name is a link to the input: nothing the user typed, so no -o to blame.
    return new UsageError({ th: `${output} (ชื่อไฟล์ผลลัพธ์ตามค่าเริ่มต้น) คือไฟล์ต้นฉบับ ${file} เอง (เป็นลิงก์ถึงกัน) จึงไม่เขียนทับ: ตั้งชื่อไฟล์ผลลัพธ์ด้วย -o หรือใช้ --in-place ถ้าต้องการเขียนลงไฟล์ต้นฉบับ`, en: `${output} (the default output's name) is the input ${file} itself (a link to it), so it is not written over: name the output with -o, or use --in-place to write into the input.` }, "twoLines");
  }
  return new UsageError({ th: `-o ${output} คือไฟล์ต้นฉบับ ${file} เอง ซึ่งคำสั่งนี้ไม่เขียนทับ: ถ้าต้องการเขียนผลลงไฟล์ต้นฉบับ ใช้ --in-place แทน -o หรือตั้งชื่อไฟล์อื่นด้วย -o`, en: `-o ${output} is the input ${file} itself, which the command does not write over: to write into the input, use --in-place instead of -o; otherwise name another file with -o.` }, "twoLines");
}
