// A path the command cannot use, said as a sentence with what to do: never Node's error text (ENOENT, EISDIR,
// EACCES, EBUSY …). The file layer (nodeIo.ts) raises it with what it found around the path; run.ts prints it.
import type { Bilingual, Lang } from "../scorecard";
import { bothOrEnglish } from "./strings";

export type FileOp = "read" | "write";

export interface FileProblemFacts {
  /** Node's error code (ENOENT, EISDIR, EACCES, EPERM, EBUSY, ENOTDIR, EEXIST, …). */
  code: string;
  /** The path as the user wrote it. */
  path: string;
  op: FileOp;
  /** ENOENT: names in the same folder close to the one asked for (case, extension, a letter or two). */
  similar?: string[];
  /** ENOENT: the folder itself is not there. */
  folderMissing?: boolean;
  /** Excel's owner file (~$name) lies beside the file: Excel has it open. */
  openInExcel?: boolean;
  /** On Windows a file Excel holds open refuses writes with EPERM or EACCES as well as EBUSY. */
  windows?: boolean;
}

export class FileProblem extends Error {
  readonly said: Bilingual;
  constructor(readonly facts: FileProblemFacts) {
    const said = sentences(facts);
    super(said.th);
    this.said = said;
    this.name = "FileProblem";
    Object.setPrototypeOf(this, FileProblem.prototype);
  }

  /** Thai first with English beneath, or English alone with --lang en. */
  text(lang: Lang): string {
    return bothOrEnglish(this.said, "\n")[lang];
  }
}

function sentences(f: FileProblemFacts): Bilingual {
  const p = f.path;
  const reading = f.op === "read";
  const lockedTh = `ไฟล์ ${p} เปิดอยู่ใน Excel (หรือโปรแกรมอื่น) จึง${reading ? "อ่าน" : "เขียนทับ"}ไม่ได้: ปิดไฟล์ใน Excel แล้วสั่งใหม่`;
  const lockedEn = `${p} is open in Excel (or another program), which locks it against ${reading ? "reading" : "writing"}: close it in Excel and run the command again`;
  const elsewhereTh = reading ? "" : " หรือใช้ -o เพื่อเขียนเป็นไฟล์อื่น";
  const elsewhereEn = reading ? "" : ", or use -o to write another file";
  switch (f.code) {
    case "ENOENT": {
      if (f.folderMissing) return { th: `ไม่พบโฟลเดอร์ของไฟล์ ${p}: ตรวจชื่อโฟลเดอร์อีกครั้ง`, en: `The folder of ${p} does not exist: check the folder's name.` };
      const similar = f.similar ?? [];
      if (similar.length) {
        const list = similar.join(", ");
        return { th: `ไม่พบไฟล์ ${p} แต่ในโฟลเดอร์เดียวกันมี ${list}: ถ้าเป็นไฟล์นี้ สั่งใหม่ด้วยชื่อนั้น`, en: `File not found: ${p}. The same folder has ${list}: if that is the one, run again with that name.` };
      }
      return { th: `ไม่พบไฟล์ ${p}: ตรวจชื่อไฟล์และโฟลเดอร์อีกครั้ง`, en: `File not found: ${p}. Check the file's name and folder.` };
    }
    case "EISDIR":
      return reading
        ? { th: `${p} เป็นโฟลเดอร์ ไม่ใช่ไฟล์: ระบุไฟล์ .xlsx ในโฟลเดอร์นั้น หรือใช้ scorecard export ${p} เพื่อรวมผลทุกไฟล์ในโฟลเดอร์`, en: `${p} is a folder, not a file: name a .xlsx file in it, or run scorecard export ${p} to consolidate every workbook in the folder.` }
        : { th: `${p} เป็นโฟลเดอร์ จึงเขียนไฟล์ชื่อนี้ไม่ได้: ตั้งชื่อไฟล์ผลลัพธ์ด้วย -o`, en: `${p} is a folder, so no file can be written under that name: name the output file with -o.` };
    case "ENOTDIR":
    case "EEXIST":
      return { th: `เส้นทาง ${p} ผ่านสิ่งที่เป็นไฟล์ ไม่ใช่โฟลเดอร์: ตรวจเส้นทางอีกครั้ง`, en: `The path ${p} runs through something that is a file, not a folder: check the path.` };
    case "EBUSY":
      return { th: `${lockedTh}${elsewhereTh}`, en: `${lockedEn}${elsewhereEn}.` };
    case "EACCES":
    case "EPERM":
      if (f.openInExcel) return { th: `${lockedTh}${elsewhereTh}`, en: `${lockedEn}${elsewhereEn}.` };
      if (f.windows) {
        return { th: `${reading ? "อ่าน" : "เขียน"}ไฟล์ ${p} ไม่ได้: ไฟล์อาจเปิดอยู่ใน Excel (ปิดไฟล์แล้วสั่งใหม่) หรือคุณไม่มีสิทธิ์${reading ? "อ่าน" : "เขียน"}ในโฟลเดอร์นั้น${elsewhereTh}`, en: `Cannot ${reading ? "read" : "write"} ${p}: it may be open in Excel (close it and run again), or you lack permission to ${reading ? "read" : "write"} there${elsewhereEn}.` };
      }
      return reading
        ? { th: `ไม่มีสิทธิ์อ่านไฟล์ ${p}: ขอสิทธิ์จากผู้ดูแลเครื่อง หรือคัดลอกไฟล์มาไว้ในโฟลเดอร์ของคุณก่อน`, en: `No permission to read ${p}: ask whoever manages the computer for access, or copy the file into a folder of your own first.` }
        : { th: `ไม่มีสิทธิ์เขียนไฟล์ ${p}: ใช้ -o เพื่อเขียนลงโฟลเดอร์ที่คุณมีสิทธิ์เขียน`, en: `No permission to write ${p}: use -o to write into a folder you can write to.` };
    case "EROFS":
      return { th: `${p} อยู่บนดิสก์ที่เขียนไม่ได้ (อ่านอย่างเดียว): ใช้ -o เพื่อเขียนลงโฟลเดอร์อื่น`, en: `${p} is on a read-only disk: use -o to write into another folder.` };
    case "ENOSPC":
      return { th: `ดิสก์เต็ม เขียนไฟล์ ${p} ไม่ได้: ลบไฟล์ที่ไม่ใช้ หรือใช้ -o เพื่อเขียนลงดิสก์อื่น`, en: `The disk is full, so ${p} cannot be written: free some space, or use -o to write to another disk.` };
    case "ENAMETOOLONG":
    case "EINVAL":
      return { th: `ชื่อไฟล์ ${p} ใช้ไม่ได้ (ยาวเกินไป หรือมีอักขระที่ระบบไม่รับ): ตั้งชื่อใหม่ให้สั้นลง`, en: `The name ${p} cannot be used (too long, or holding characters the system refuses): choose a shorter, plainer name.` };
    default:
      // Whatever else the system says: the file and what to try, with the code for whoever helps with the computer.
      return { th: `${reading ? "อ่าน" : "เขียน"}ไฟล์ ${p} ไม่ได้ (รหัส ${f.code}): ลองคัดลอกไฟล์มาไว้ในเครื่องแล้วสั่งใหม่ หรือแจ้งผู้ดูแลเครื่องพร้อมรหัสนี้`, en: `Cannot ${reading ? "read" : "write"} ${p} (code ${f.code}): copy the file onto this computer and run again, or give this code to whoever manages the computer.` };
  }
}

/** Node's errors carry a string `code`; ours and the engine's do not. */
export function isSystemError(e: unknown): e is NodeJS.ErrnoException & { code: string } {
  return typeof e === "object" && e !== null && typeof (e as { code?: unknown }).code === "string" && !(e instanceof FileProblem);
}

/**
 * Names in `entries` a person may have meant by `wanted`: the same name in another case, the same name with
 * another (or no) extension, or one or two letters off. Excel's owner files (~$…) are never offered.
 */
export function similarNames(wanted: string, entries: readonly string[], max = 3): string[] {
  const lower = wanted.toLowerCase();
  const stem = (n: string) => n.toLowerCase().replace(/\.[^.]*$/, "");
  const scored: { name: string; score: number }[] = [];
  for (const name of entries) {
    if (name.startsWith("~$") || name === wanted) continue;
    const l = name.toLowerCase();
    let score: number;
    if (l === lower) score = 0;
    else if (stem(name) === stem(wanted) || stem(name) === lower) score = 1;
    else {
      const d = distance(l, lower);
      if (d > Math.max(2, Math.floor(lower.length / 5))) continue;
      score = 1 + d;
    }
    scored.push({ name, score });
  }
  return scored.sort((a, b) => a.score - b.score || a.name.localeCompare(b.name)).slice(0, max).map((s) => s.name);
}

/** Levenshtein distance, one row at a time. */
function distance(a: string, b: string): number {
  let prev = Array.from({ length: b.length + 1 }, (_, j) => j);
  for (let i = 1; i <= a.length; i++) {
    const row = [i];
    for (let j = 1; j <= b.length; j++) row[j] = Math.min(prev[j] + 1, row[j - 1] + 1, prev[j - 1] + (a[i - 1] === b[j - 1] ? 0 : 1));
    prev = row;
  }
  return prev[b.length];
}

/** A system error no file layer turned into a sentence (a host without nodeIo): the path Node names, its code. */
export function asProblem(e: unknown, file = ""): unknown {
  if (!isSystemError(e)) return e;
  return new FileProblem({ code: e.code, path: typeof e.path === "string" ? e.path : file, op: e.syscall === "open" || e.syscall === "read" || !e.syscall ? "read" : "write" });
}
