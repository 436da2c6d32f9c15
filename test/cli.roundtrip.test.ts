// Nothing lost, through the real command path: `scorecard recalc` on a workbook that carries another sheet with
// formulas, a defined name, a comment, data validation, conditional formatting, a table, an image and a chart.
import JSZip from "jszip";
import * as fs from "fs";
import * as path from "path";
import { analyze, toAddress, type Grid } from "../src/scorecard";
import { openXlsx } from "../src/xlsx";
import { runCli } from "../src/cli/run";

const RICH = path.join(__dirname, "fixtures", "hr-scorecard-rich.xlsx");

async function recalc(bytes: Uint8Array, extra: string[] = []): Promise<Uint8Array> {
  let written: Uint8Array | undefined;
  const code = await runCli(["recalc", "rich.xlsx", "-o", "out.xlsx", ...extra], {
    readFile: async () => bytes,
    writeFile: async (_p, b) => void (written = b),
    stdout: () => undefined,
    stderr: (t) => {
      throw new Error(t);
    },
    version: "test",
  });
  expect(code).toBe(0);
  return written!;
}

function cell(g: Grid, row: number, col: number) {
  const r = row - g.origin.row;
  const c = col - g.origin.col;
  return { v: g.values[r]?.[c] ?? null, f: g.formulas?.[r]?.[c] ?? null, n: g.numberFormats?.[r]?.[c] ?? "General" };
}

describe("scorecard recalc keeps everything but the planned cells", () => {
  const input = new Uint8Array(fs.readFileSync(RICH));

  it("every other part of the package is byte-identical", async () => {
    const output = await recalc(input);
    const a = await JSZip.loadAsync(input);
    const b = await JSZip.loadAsync(output);
    const edited = new Set(["xl/worksheets/sheet1.xml", "xl/styles.xml", "xl/workbook.xml", "[Content_Types].xml", "xl/_rels/workbook.xml.rels", "xl/calcChain.xml"]);
    const names = Object.keys(a.files).filter((n) => !a.files[n].dir);
    for (const name of names.filter((n) => !edited.has(n))) {
      expect([name, Buffer.from(await b.file(name)!.async("uint8array")).equals(Buffer.from(await a.file(name)!.async("uint8array")))]).toEqual([name, true]);
    }
    // Charts, images, comments, tables, drawings are all still there.
    for (const part of ["xl/charts/chart1.xml", "xl/media/image1.png", "xl/comments1.xml", "xl/tables/table1.xml", "xl/drawings/drawing1.xml", "xl/drawings/vmlDrawing1.vml"]) {
      expect(b.file(part)).not.toBeNull();
    }
    const sheetA = await a.file("xl/worksheets/sheet1.xml")!.async("string");
    const sheetB = await b.file("xl/worksheets/sheet1.xml")!.async("string");
    for (const tag of ["mergeCells", "dataValidations", "conditionalFormatting", "cols", "drawing", "legacyDrawing", "pageSetup"]) {
      const re = new RegExp(`<${tag}[\\s>][\\s\\S]*?(</${tag}>|/>)`, "g");
      expect(sheetB.match(re)).toEqual(sheetA.match(re));
    }
    const wbA = await a.file("xl/workbook.xml")!.async("string");
    const wbB = await b.file("xl/workbook.xml")!.async("string");
    expect(wbB.match(/<definedNames>[\s\S]*<\/definedNames>/)?.[0]).toBe(wbA.match(/<definedNames>[\s\S]*<\/definedNames>/)?.[0]);
  });

  it("every cell outside the plan, on every sheet, reads the same; planned cells hold the plan", async () => {
    const before = await openXlsx(input);
    const after = await openXlsx(await recalc(input));
    expect(after.sheetNames()).toEqual(before.sheetNames());
    const result = analyze(before.readGrid(before.sheetNames()[0]));
    if (!result.ok) throw new Error("the rich fixture must hold a scorecard");
    const plan = result.scorecard.plan;
    const planned = new Map(plan.writes.filter((w) => !w.overwritesFormula).map((w) => [`${w.row},${w.col}`, w]));
    for (const name of before.sheetNames()) {
      const g0 = before.readGrid(name);
      const g1 = after.readGrid(name);
      const rows = Math.max(g0.values.length + g0.origin.row, g1.values.length + g1.origin.row);
      const cols = Math.max(...g0.values.map((r) => r.length), ...g1.values.map((r) => r.length)) + 2;
      for (let r = 0; r < rows; r++) {
        for (let c = 0; c < cols; c++) {
          const w = name === plan.sheetName ? planned.get(`${r},${c}`) : undefined;
          if (w) {
            expect(cell(g1, r, c)).toMatchObject({ v: w.value, n: w.numberFormat ?? "General" });
          } else if (name !== before.sheetNames()[1]) {
            expect([name, r, c, cell(g1, r, c)]).toEqual([name, r, c, cell(g0, r, c)]);
          } else {
            // The summary sheet's formulas and their text stay; cached results may be recomputed on open.
            expect([name, r, c, cell(g1, r, c).f]).toEqual([name, r, c, cell(g0, r, c).f]);
          }
        }
      }
      expect(g1.merges).toEqual(g0.merges);
    }
  });

  it("keeps a formula in an output cell unless --overwrite-formulas", async () => {
    const before = (await openXlsx(input)).readGrid("HR Scorecard");
    const formulaCell = before.formulas!.flatMap((row, r) => row.map((f, c) => (f ? [r, c] : null))).find((x) => x) as [number, number];
    expect(formulaCell).toBeDefined();
    const kept = (await openXlsx(await recalc(input))).readGrid("HR Scorecard");
    expect(kept.formulas![formulaCell[0]][formulaCell[1]]).toBe(before.formulas![formulaCell[0]][formulaCell[1]]);
    const over = (await openXlsx(await recalc(input, ["--overwrite-formulas"]))).readGrid("HR Scorecard");
    expect(over.formulas?.[formulaCell[0]]?.[formulaCell[1]] ?? null).toBeNull();
    expect(over.values[formulaCell[0]][formulaCell[1]]).toBe(28.825);
  });

  it("lists a formula it overwrote with --overwrite-formulas, and only then", async () => {
    const before = (await openXlsx(input)).readGrid("HR Scorecard");
    const [r, c] = before.formulas!.flatMap((row, i) => row.map((f, j) => (f ? [i, j] : null))).find((x) => x) as [number, number];
    const listed = async (extra: string[]) => {
      const out: string[] = [];
      await runCli(["recalc", "rich.xlsx", "-o", "out.xlsx", "--json", ...extra], {
        readFile: async () => input, writeFile: async () => undefined, stdout: (t) => out.push(t), stderr: () => undefined, version: "test",
      });
      return JSON.parse(out.join("")).sheets[0].changed as { cell: string; before: unknown; after: unknown }[];
    };
    const cell = toAddress(r, c);
    expect((await listed([])).map((x) => x.cell)).not.toContain(cell);
    expect((await listed(["--overwrite-formulas"])).find((x) => x.cell === cell)).toEqual({ cell, before: before.formulas![r][c], after: 28.825 });
  });
});

describe("the formula flag says what to do on the command line", () => {
  const input = new Uint8Array(fs.readFileSync(RICH));
  const report = async (args: string[]) => {
    let out = "";
    await runCli(args, { readFile: async () => input, writeFile: async () => undefined, stdout: (t) => void (out += t), stderr: () => undefined, version: "test" });
    return out;
  };

  it("names --overwrite-formulas, never the pane's 'until confirmed'", async () => {
    const check = await report(["check", "rich.xlsx"]);
    expect(check).toContain("เซลล์ O27 มีสูตร =SUM(O5:O26): recalc จะคงสูตรไว้ ใช้ --overwrite-formulas");
    const kept = await report(["recalc", "rich.xlsx", "-o", "out.xlsx", "--lang", "en"]);
    expect(kept).toContain("O27 holds the formula =SUM(O5:O26): kept, not overwritten; use --overwrite-formulas");
    const over = await report(["recalc", "rich.xlsx", "-o", "out.xlsx", "--overwrite-formulas"]);
    expect(over).toContain("เซลล์ O27 มีสูตร =SUM(O5:O26): เขียนค่าที่คำนวณได้ทับสูตรแล้ว");
    const json = JSON.parse(await report(["check", "rich.xlsx", "--json", "--lang", "en"]));
    expect(json.sheets[0].flags.find((f: { code: string }) => f.code === "formula-in-output").message).toContain("--overwrite-formulas");
    for (const text of [check, kept, over, JSON.stringify(json)]) expect(text).not.toMatch(/จนกว่าจะยืนยัน|unless you confirm/);
  });
});
