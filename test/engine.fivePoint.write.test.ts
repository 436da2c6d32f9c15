// The shared 5-point example through the command: `recalc` writes the expected scores, weighted scores and total
// into their cells, every other cell reads as before; `check --json` says the scale and the excluded KPI.
import * as fs from "fs";
import * as path from "path";
import { runCli } from "../src/cli/run";
import { openXlsx } from "../src/xlsx";
import { analyzeSheet, type Grid, type SheetSettings } from "../src/scorecard";
import { WorkbookHost } from "../src/cli/workbookHost";
import { FIXTURES } from "./fixtures/grids";

const AGENCY = path.join(FIXTURES, "agency-5point.xlsx");
const expected = JSON.parse(fs.readFileSync(path.join(FIXTURES, "agency-5point.expected.json"), "utf8"));

async function run(args: string[], bytes: Uint8Array): Promise<{ code: number; out: string; written?: Uint8Array }> {
  let written: Uint8Array | undefined;
  let out = "";
  const code = await runCli(args, {
    readFile: async () => bytes,
    writeFile: async (_p, b) => void (written = b),
    stdout: (t) => void (out += t),
    stderr: (t) => void (out += t),
    version: "test",
  });
  return { code, out, written };
}

const cellAt = (g: Grid, address: string) => {
  const m = /^([A-Z]+)(\d+)$/.exec(address)!;
  const col = m[1].charCodeAt(0) - 65;
  const row = Number(m[2]) - 1;
  return { v: g.values[row - g.origin.row]?.[col - g.origin.col] ?? null, n: g.numberFormats?.[row - g.origin.row]?.[col - g.origin.col] ?? "General" };
};

describe("the 5-point example through the command", () => {
  const input = new Uint8Array(fs.readFileSync(AGENCY));

  it("recalc writes the expected cells, and every other cell is unchanged", async () => {
    const r = await run(["recalc", "agency.xlsx", "-o", "out.xlsx"], input);
    expect(r.code).toBe(0);
    const before = await (await openXlsx(input)).readGrid(expected.sheet);
    const after = await (await openXlsx(r.written!)).readGrid(expected.sheet);
    const want = new Map<string, number>([[expected.totalCell, expected.total]]);
    for (const k of Object.values(expected.kpis) as { status: string; level: number; points: number; scoreCell: string; pointsCell: string }[]) {
      if (k.status === "excluded") continue;
      want.set(k.scoreCell, k.level);
      want.set(k.pointsCell, k.points);
    }
    for (const [address, value] of want) {
      expect([address, cellAt(after, address).v]).toEqual([address, value]);
      expect(cellAt(after, address).n).toBe("0.0000");
    }
    const rows = Math.max(before.values.length, after.values.length);
    for (let r = 0; r < rows; r++) {
      for (let c = 0; c < 12; c++) {
        const address = `${String.fromCharCode(65 + c)}${r + 1}`;
        if (want.has(address)) continue;
        expect([address, cellAt(after, address).v]).toEqual([address, cellAt(before, address).v]);
      }
    }
    expect(after.merges).toEqual(before.merges);
  });

  it("check --json gives scale 5, scores as levels, weighted scores as points, and the cancelled KPI as excluded", async () => {
    const r = await run(["check", "agency.xlsx", "--json"], input);
    const sheet = JSON.parse(r.out).sheets[0];
    expect(sheet.scale).toBe(5);
    expect(sheet.totalText).toBe(expected.totalText);
    const kpis = Object.fromEntries(sheet.kpis.map((k: { id: string; level: number | null; points: number; status: string }) => [k.id, k]));
    for (const [id, e] of Object.entries(expected.kpis) as [string, { status: string; level?: number; points?: number }][]) {
      expect([id, kpis[id].status]).toEqual([id, e.status]);
      if (e.status !== "excluded") expect([id, kpis[id].level, kpis[id].points]).toEqual([id, e.level, e.points]);
    }
  });

  it("the report's total line says out of 5, with 4 decimals", async () => {
    const th = await run(["check", "agency.xlsx"], input);
    expect(th.out).toMatch(/คะแนนรวม \(เต็ม ๕\)\s+2\.5529/);
    const en = await run(["check", "agency.xlsx", "--lang", "en"], input);
    expect(en.out).toMatch(/Total \(out of 5\)\s+2\.5529/);
  });
});

describe("the sheet's settings for the 5-point scale", () => {
  it("leaves pending KPIs out of the sum when the sheet's saved settings say so, and gives the step rule when asked", async () => {
    // This file never had the add-in inserted, so it has no settings part: settings are kept beside it, as the pane keeps them.
    class WithSettings extends WorkbookHost {
      saved: SheetSettings = {};
      override async loadSettings(): Promise<SheetSettings> {
        return this.saved;
      }
      override async saveSettings(_sheet: string, settings: SheetSettings): Promise<void> {
        this.saved = settings;
      }
    }
    const host = new WithSettings(await openXlsx(new Uint8Array(fs.readFileSync(AGENCY))));
    const total = async () => {
      const r = await analyzeSheet(host, expected.sheet);
      return r.ok ? r.scorecard.total : null;
    };
    expect(await total()).toBe(expected.total);
    await host.saveSettings(expected.sheet, { pendingOutOfSum: true });
    expect(await total()).toBeCloseTo((25 * 3.6 + 25 * 3 + 20 * 2.6) / 70, 12);
    await host.saveSettings(expected.sheet, { method: "step" });
    expect(await total()).toBeCloseTo((25 * 3 + 25 * 3 + 20 * 2) / 85, 12);
  });
});
