// The command never loses a file: run in-process over real files in a temporary folder, through the same file
// layer as the installed command (src/cli/nodeIo.ts). Failures the test user cannot cause as root (a file
// without read permission, a file Excel holds locked on Windows, a case-insensitive disk) are made by passing
// that layer a file system that fails or matches names as the real one would; each test says which.
import { promises as realFs } from "fs";
import * as fs from "fs";
import * as os from "os";
import * as path from "path";
import JSZip from "jszip";
import { runCli } from "../src/cli/run";
import { nodeIo, type FsLayer } from "../src/cli/nodeIo";
import { OFFICIAL } from "./fixtures/grids";

const official = fs.readFileSync(OFFICIAL);

function folder(files: Record<string, Uint8Array | string> = { "hr.xlsx": official }): string {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), "scorecard-files-"));
  for (const [name, bytes] of Object.entries(files)) {
    fs.mkdirSync(path.dirname(path.join(dir, name)), { recursive: true });
    fs.writeFileSync(path.join(dir, name), bytes);
  }
  return dir;
}

async function run(dir: string, args: string[], fsLayer?: FsLayer, platform?: NodeJS.Platform) {
  let out = "";
  let err = "";
  const code = await runCli(args, nodeIo({ cwd: dir, fs: fsLayer, platform, stdout: (t) => (out += t), stderr: (t) => (err += t), version: "test" }));
  return { code, out, err };
}

/** What Node throws: code, syscall and path, and its own English text we must never show. */
function nodeError(code: string, syscall: string, p: string): NodeJS.ErrnoException {
  return Object.assign(new Error(`${code}: system error, ${syscall} '${p}'`), { code, syscall, path: p, errno: -1 });
}

const NODE_TEXT = /ENOENT|EISDIR|EACCES|EPERM|EBUSY|ENOTDIR|no such file|permission denied|illegal operation/;
const read = (dir: string, name: string) => fs.readFileSync(path.join(dir, name));

/** The official workbook declared as another package type, as Excel saves .xlsm, .xltx and .xltm. */
async function asPackage(contentType: string): Promise<Buffer> {
  const zip = await JSZip.loadAsync(official);
  const types = await zip.file("[Content_Types].xml")!.async("string");
  zip.file("[Content_Types].xml", types.replace("application/vnd.openxmlformats-officedocument.spreadsheetml.sheet.main+xml", contentType));
  return zip.generateAsync({ type: "nodebuffer" });
}
const XLSM = "application/vnd.ms-excel.sheet.macroEnabled.main+xml";

describe("recalc -o never names the input", () => {
  it.each([["hr.xlsx"], ["./hr.xlsx"], ["sub/../hr.xlsx"], ["ABSOLUTE"]])("refuses -o %s, pointing at --in-place; the input stays byte-identical", async (spelling) => {
    const dir = folder({ "hr.xlsx": official, "sub/.keep": "" });
    const output = spelling === "ABSOLUTE" ? path.join(dir, "hr.xlsx") : spelling;
    const r = await run(dir, ["recalc", "hr.xlsx", "-o", output]);
    expect(r.code).toBe(1);
    expect(r.err).toContain("--in-place");
    expect(r.err).toContain("ไฟล์ต้นฉบับ");
    expect(read(dir, "hr.xlsx").equals(official)).toBe(true);
    expect(fs.readdirSync(dir).sort()).toEqual(["hr.xlsx", "sub"]);
  });

  it("refuses a symbolic link and a hard link to the input", async () => {
    const dir = folder();
    fs.symlinkSync(path.join(dir, "hr.xlsx"), path.join(dir, "link.xlsx"));
    fs.linkSync(path.join(dir, "hr.xlsx"), path.join(dir, "hard.xlsx"));
    for (const name of ["link.xlsx", "hard.xlsx"]) {
      const r = await run(dir, ["recalc", "hr.xlsx", "-o", name, "--lang", "en"]);
      expect([name, r.code]).toEqual([name, 1]);
      expect(r.err).toContain("use --in-place");
    }
    expect(read(dir, "hr.xlsx").equals(official)).toBe(true);
  });

  it("refuses a default output name that is a link to the input, without blaming -o", async () => {
    const dir = folder();
    fs.symlinkSync(path.join(dir, "hr.xlsx"), path.join(dir, "hr.recalc.xlsx"));
    const r = await run(dir, ["recalc", "hr.xlsx", "--lang", "en"]);
    expect(r.code).toBe(1);
    expect(r.err).toBe("hr.recalc.xlsx (the default output's name) is the input hr.xlsx itself (a link to it), so it is not written over: name the output with -o, or use --in-place to write into the input.\n");
    expect(read(dir, "hr.xlsx").equals(official)).toBe(true);
  });

  it("refuses the input in another case on a case-insensitive disk", async () => {
    // A case-insensitive disk (Windows, macOS) simulated: every name is looked up in lower case.
    const dir = folder();
    const lower = (p: string) => path.join(path.dirname(p), path.basename(p).toLowerCase());
    const caseless: FsLayer = {
      ...realFs,
      stat: ((p: string, o?: object) => realFs.stat(lower(p), o as never)) as FsLayer["stat"],
      readFile: ((p: string) => realFs.readFile(lower(p))) as FsLayer["readFile"],
      rename: (a, b) => realFs.rename(lower(String(a)), lower(String(b))),
    };
    const r = await run(dir, ["recalc", "hr.xlsx", "-o", "HR.XLSX"], caseless, "win32");
    expect(r.code).toBe(1);
    expect(r.err).toContain("--in-place");
    expect(read(dir, "hr.xlsx").equals(official)).toBe(true);
  });

  it("--in-place is the one way to write the input", async () => {
    const dir = folder();
    const r = await run(dir, ["recalc", "hr.xlsx", "--in-place"]);
    expect(r.code).toBe(0);
    expect(read(dir, "hr.xlsx").equals(official)).toBe(false);
    expect(fs.readdirSync(dir)).toEqual(["hr.xlsx"]);
  });
});

describe("recalc's output, replaced or new", () => {
  it("writes over a file named with -o; the default output replacing an earlier one says so", async () => {
    const dir = folder({ "hr.xlsx": official, "out.xlsx": "old" });
    const named = await run(dir, ["recalc", "hr.xlsx", "-o", "out.xlsx"]);
    expect(named.code).toBe(0);
    expect(named.out).toContain("เขียนผลลงไฟล์: out.xlsx\n");
    expect(read(dir, "out.xlsx").toString()).not.toBe("old");
    const first = await run(dir, ["recalc", "hr.xlsx"]);
    expect(first.out).toContain("เขียนผลลงไฟล์: hr.recalc.xlsx\n");
    const again = await run(dir, ["recalc", "hr.xlsx"]);
    expect(again.out).toContain("เขียนผลลงไฟล์: hr.recalc.xlsx (แทนที่ไฟล์ที่เขียนไว้ครั้งก่อน)");
    const json = await run(dir, ["recalc", "hr.xlsx", "--json"]);
    expect(JSON.parse(json.out)).toMatchObject({ output: "hr.recalc.xlsx", replaced: true });
    const namedJson = await run(dir, ["recalc", "hr.xlsx", "--json", "-o", "out.xlsx"]);
    expect(JSON.parse(namedJson.out).replaced).toBeUndefined(); // named: written over without a word
  });

  it("recalc of an earlier output keeps it and says where the result went and how to update it instead", async () => {
    const dir = folder();
    await run(dir, ["recalc", "hr.xlsx"]);
    const before = read(dir, "hr.recalc.xlsx");
    const r = await run(dir, ["recalc", "hr.recalc.xlsx", "--lang", "en"]);
    expect(r.code).toBe(0);
    expect(r.out).toContain("hr.recalc.xlsx is itself the output of an earlier recalc");
    expect(r.out).toContain("hr.recalc.recalc.xlsx");
    expect(r.out).toContain("--in-place");
    expect(read(dir, "hr.recalc.xlsx").equals(before)).toBe(true);
  });

  it("refuses an output whose extension is not what is written, pointing a CSV at export", async () => {
    const dir = folder();
    for (const name of ["out.csv", "out.xlsm", "out"]) {
      const r = await run(dir, ["recalc", "hr.xlsx", "-o", name]);
      expect([name, r.code]).toEqual([name, 1]);
      expect(r.err).toContain("ตั้งชื่อไฟล์ผลลัพธ์ให้ลงท้ายด้วย .xlsx");
    }
    expect((await run(dir, ["recalc", "hr.xlsx", "-o", "out.csv"])).err).toContain("scorecard export FILE -o out.csv");
    expect(fs.readdirSync(dir)).toEqual(["hr.xlsx"]);
  });

  it("keeps a macro-enabled workbook's type in the default name, and refuses an .xlsx name for it", async () => {
    const dir = folder({ "m.xlsm": await asPackage(XLSM), "t.xltx": await asPackage("application/vnd.openxmlformats-officedocument.spreadsheetml.template.main+xml") });
    const r = await run(dir, ["recalc", "m.xlsm"]);
    expect(r.code).toBe(0);
    expect(r.out).toContain("เขียนผลลงไฟล์: m.recalc.xlsm");
    const written = await JSZip.loadAsync(read(dir, "m.recalc.xlsm"));
    expect(await written.file("[Content_Types].xml")!.async("string")).toContain(XLSM);
    expect((await run(dir, ["recalc", "t.xltx"])).out).toContain("t.recalc.xltx");
    const wrong = await run(dir, ["recalc", "m.xlsm", "-o", "m2.xlsx", "--lang", "en"]);
    expect(wrong.code).toBe(1);
    expect(wrong.err).toBe("This file is a macro-enabled workbook (.xlsm), but -o m2.xlsx ends in .xlsx: end the output's name in .xlsm, as Excel refuses to open a file whose extension does not match its type.\n");
    expect((await run(dir, ["recalc", "m.xlsm", "-o", "m2.xlsm"])).code).toBe(0);
    expect(fs.readdirSync(dir).sort()).toEqual(["m.recalc.xlsm", "m.xlsm", "m2.xlsm", "t.recalc.xltx", "t.xltx"]);
  });
});

describe("a path that is not a usable file gets a sentence with what to do", () => {
  it("a missing file names the similar names in its folder (case, extension, a letter off)", async () => {
    const dir = folder({ "HR-2566.xlsx": official, "notes.txt": "x" });
    for (const typed of ["hr-2566.xlsx", "HR-2566", "HR-2566.xls", "HR-2567.xlsx"]) {
      const r = await run(dir, ["check", typed]);
      expect([typed, r.code]).toEqual([typed, 1]);
      expect(r.err).toContain(`ไม่พบไฟล์ ${typed} แต่ในโฟลเดอร์เดียวกันมี HR-2566.xlsx`);
      expect(r.err).not.toMatch(NODE_TEXT);
    }
    const none = await run(dir, ["check", "budget.xlsx", "--lang", "en"]);
    expect(none.err).toBe("File not found: budget.xlsx. Check the file's name and folder.\n");
    expect((await run(dir, ["check", "nowhere/hr.xlsx"])).err).toContain("ไม่พบโฟลเดอร์ของไฟล์ nowhere/hr.xlsx");
  });

  it("a folder is not a file: says so and that export takes folders", async () => {
    const dir = folder({ "units/a.xlsx": official });
    const r = await run(dir, ["recalc", "units"]);
    expect(r.code).toBe(1);
    expect(r.err).toContain("units เป็นโฟลเดอร์ ไม่ใช่ไฟล์");
    expect(r.err).toContain("scorecard export units");
    expect(r.err).not.toMatch(NODE_TEXT);
  });

  it("a file without read permission (the file system refusing as Node reports EACCES)", async () => {
    const dir = folder();
    const forbidden: FsLayer = { ...realFs, readFile: (async (p: string) => Promise.reject(nodeError("EACCES", "open", String(p)))) as FsLayer["readFile"] };
    const r = await run(dir, ["check", "hr.xlsx"], forbidden, "linux");
    expect(r.code).toBe(1);
    expect(r.err).toContain("ไม่มีสิทธิ์อ่านไฟล์ hr.xlsx");
    expect(r.err).not.toMatch(NODE_TEXT);
    expect((await run(dir, ["check", "hr.xlsx", "--lang", "en"], forbidden, "linux")).err).toMatch(/^No permission to read hr\.xlsx: ask .*\n$/);
  });

  it("a file Excel holds open on Windows (the rename refused with EBUSY, or EPERM beside Excel's owner file); nothing is left behind", async () => {
    for (const [code, owner] of [["EBUSY", false], ["EPERM", true]] as const) {
      const dir = folder(owner ? { "hr.xlsx": official, "~$hr.xlsx": "owner" } : { "hr.xlsx": official });
      const locked: FsLayer = { ...realFs, rename: async (_a, b) => Promise.reject(nodeError(code, "rename", String(b))) };
      const r = await run(dir, ["recalc", "hr.xlsx", "--in-place"], locked, "win32");
      expect([code, r.code]).toEqual([code, 1]);
      expect(r.err).toContain("ไฟล์ hr.xlsx เปิดอยู่ใน Excel");
      expect(r.err).toContain("ปิดไฟล์ใน Excel แล้วสั่งใหม่");
      expect(r.err).not.toMatch(NODE_TEXT);
      expect(read(dir, "hr.xlsx").equals(official)).toBe(true);
      expect(fs.readdirSync(dir).filter((n) => n.endsWith(".tmp"))).toEqual([]);
    }
  });

  it("an output under something that is a file, not a folder (a real ENOTDIR)", async () => {
    const dir = folder({ "hr.xlsx": official, "notes.txt": "x" });
    const r = await run(dir, ["recalc", "hr.xlsx", "-o", "notes.txt/out.xlsx"]);
    expect(r.code).toBe(1);
    expect(r.err).toContain("notes.txt/out.xlsx");
    expect(r.err).toContain("ไม่ใช่โฟลเดอร์");
    expect(r.err).not.toMatch(NODE_TEXT);
  });
});
