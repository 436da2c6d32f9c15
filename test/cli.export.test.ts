// `scorecard export` over a folder: where the consolidation goes and that the report says so, our own outputs
// left out, numbers in Thai sentences in Thai digits, and no file — refused, unreadable, or one the tool itself
// fails on — stopping the rest.
import * as fs from "fs";
import type { CliIo } from "../src/cli/cliIo";
import { runCli } from "../src/cli/run";
import { openXlsx } from "../src/xlsx";
import { runMemoryCli } from "../src/cli/testing/memoryCli";
import { OFFICIAL } from "./fixtures/grids";

const official = new Uint8Array(fs.readFileSync(OFFICIAL));
const DAY = new Date(2026, 10, 25, 10, 0);
const run = (args: string[], files: Record<string, Uint8Array>) => runMemoryCli(args, files, { now: () => DAY });
const fileColumn = async (bytes: Uint8Array) => (await openXlsx(bytes)).readGrid("รวมผล HR Scorecard").values.slice(3).map((r) => r[1]);

describe("export FILE", () => {
  it("names the summary of a macro-enabled workbook or template FILE.summary.xlsx, as the summary is a plain workbook", async () => {
    for (const name of ["m.xlsm", "t.xltx", "tm.XLTM"]) {
      const r = await run(["export", name], { [name]: official });
      expect([name, r.code]).toEqual([name, 0]);
      expect([...r.files.keys()]).toEqual([name, `${name.replace(/\.[^.]+$/, "")}.summary.xlsx`]);
    }
  });
});

describe("export FOLDER", () => {
  it("writes FOLDER.summary.xlsx beside the folder and says where, counting in Thai digits", async () => {
    const r = await run(["export", "units/"], { "units/a.xlsx": official, "units/b.xlsx": official });
    expect(r.code).toBe(0);
    expect([...r.files.keys()].sort()).toEqual(["units.summary.xlsx", "units/a.xlsx", "units/b.xlsx"]);
    expect(r.out).toContain("เขียนผลรวม ๒ แผ่นงาน ลงไฟล์ units.summary.xlsx\n");
    const en = await run(["export", "units", "--lang", "en"], { "units/a.xlsx": official });
    expect(en.out).toContain("Wrote 1 sheet consolidated: units.summary.xlsx\n");
    // Many inputs have no one folder to sit beside: the name the usage gives.
    expect((await run(["export", "units", "c.xlsx"], { "units/a.xlsx": official, "c.xlsx": official })).files.has("consolidated.summary.xlsx")).toBe(true);
  });

  it("leaves out summaries and recalc outputs whose source is there, naming each; a recalc output alone is counted", async () => {
    const r = await run(["export", "units"], {
      "units/a.xlsx": official,
      "units/a.recalc.xlsx": official,
      "units/a.summary.xlsx": official,
      "units/b.recalc.xlsm": official,
      "units/~$a.xlsx": new Uint8Array([0]),
    });
    expect(r.code).toBe(0);
    expect(await fileColumn(r.files.get("units.summary.xlsx")!)).toEqual(["units/a.xlsx", "units/b.recalc.xlsm"]);
    expect(r.out).toContain("ข้าม units/a.recalc.xlsx: เป็นผลของ recalc จาก units/a.xlsx ซึ่งนับแล้ว");
    expect(r.out).toContain("ข้าม units/a.summary.xlsx: เป็นไฟล์สรุปผลที่ export เขียนไว้");
  });

  it("run again with -o inside the folder, the output is no input; -o naming an input it lists is refused", async () => {
    const first = await run(["export", "units", "-o", "units/all.xlsx"], { "units/a.xlsx": official });
    const again = await run(["export", "units", "-o", "units/all.xlsx"], Object.fromEntries(first.files));
    expect(again.code).toBe(0);
    expect(await fileColumn(again.files.get("units/all.xlsx")!)).toEqual(["units/a.xlsx"]);
    const refused = await run(["export", "a.xlsx", "b.xlsx", "-o", "./b.xlsx"], { "a.xlsx": official, "b.xlsx": official });
    expect(refused.code).toBe(1);
    expect(refused.err).toContain("-o ./b.xlsx คือไฟล์ต้นฉบับ b.xlsx เอง");
    expect(refused.files.get("b.xlsx")).toBe(official);
  });

  it("reads a file named twice once, and notes two files alike figure for figure", async () => {
    const r = await run(["export", "a.xlsx", "./a.xlsx", "copy.xlsx", "-o", "all.xlsx"], { "a.xlsx": official, "copy.xlsx": official });
    expect(await fileColumn(r.files.get("all.xlsx")!)).toEqual(["a.xlsx", "copy.xlsx"]);
    expect(r.out).toContain("copy.xlsx · HR Scorecard · คะแนนรวม ๒๘.๘๓ · ตัวเลขทุกตัวเหมือน a.xlsx · HR Scorecard: อาจเป็นตารางเดียวกันที่นับซ้ำ");
  });
});

describe("a consolidation never stops for one file", () => {
  it("a file the reader fails on unexpectedly gets a note in its row; the others are written", async () => {
    // The failure is injected: this file's bytes arrive as nothing, so the reader throws a TypeError of ours, not
    // a refusal of the file: what a bug in the reader on some real workbook would do.
    const files: Record<string, Uint8Array | null> = { "units/a.xlsx": official, "units/b-crash.xlsx": null, "units/c.xlsx": official };
    let out = "";
    let written: Uint8Array | undefined;
    const io: CliIo = {
      readFile: async (p) => files[p] as Uint8Array,
      writeFile: async (_p, b) => void (written = b),
      stdout: (t) => (out += t),
      stderr: () => undefined,
      version: "test",
      listDir: async () => Object.keys(files).map((k) => k.slice("units/".length)),
      isDirectory: async (p) => p === "units",
    };
    const code = await runCli(["export", "units", "--lang", "en"], io);
    expect(code).toBe(0);
    const g = (await openXlsx(written!)).readGrid("รวมผล HR Scorecard");
    const body = g.values.slice(3);
    expect(body.map((r) => r[1])).toEqual(["units/a.xlsx", "units/b-crash.xlsx", "units/c.xlsx"]);
    expect(body[1][15]).toMatch(/^internal error while reading this file \(not the file's fault\): report it with the file/);
    expect(body[2][5]).toBe(28.825);
    expect(out).toContain("units/b-crash.xlsx · internal error");
  });

  it("a file that is not there is noted in its row in a sentence, not Node's text", async () => {
    const r = await run(["export", "a.xlsx", "gone.xlsx", "-o", "all.xlsx"], { "a.xlsx": official });
    expect(r.code).toBe(0);
    const g = (await openXlsx(r.files.get("all.xlsx")!)).readGrid("รวมผล HR Scorecard");
    expect(g.values[4][15]).toContain("ไม่พบไฟล์ gone.xlsx");
    expect(g.values[4][15]).not.toContain("ENOENT");
  });
});
