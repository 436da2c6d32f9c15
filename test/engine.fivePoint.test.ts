// The 5-point scale (performance-agreement tables, คำรับรองการปฏิบัติราชการ): the shared example gives exactly the
// expected scores, weighted scores and total, written into the right cells and nowhere else.
import * as fs from "fs";
import * as path from "path";
import { parseAddress, type Grid } from "../src/scorecard";
import { FIXTURES, loadGrid } from "./fixtures/grids";
import { scorecardOf as card } from "./fixtures/scored";

const AGENCY = path.join(FIXTURES, "agency-5point.xlsx");
interface ExpectedKpi { status: string; level?: number; points?: number; scoreCell?: string; pointsCell?: string }
const expected: { sheet: string; scale: number; total: number; totalText: string; totalCell: string; kpis: Record<string, ExpectedKpi> } =
  JSON.parse(fs.readFileSync(path.join(FIXTURES, "agency-5point.expected.json"), "utf8"));

let agency: Grid;
beforeAll(async () => {
  agency = await loadGrid(AGENCY);
});

describe("the shared 5-point example", () => {
  it("reads as a 5-point table and gives the expected scores, weighted scores and total", () => {
    const s = card(agency);
    expect(s.sheetName).toBe(expected.sheet);
    expect(s.scale).toBe(5);
    expect(s.method).toBe("linear");
    expect(Object.fromEntries(s.kpis.map((k) => [k.id, k.status]))).toEqual(Object.fromEntries(Object.entries(expected.kpis).map(([id, k]) => [id, k.status])));
    for (const k of s.kpis) {
      const e = expected.kpis[k.id];
      if (e.status === "excluded") continue;
      expect(k.level).toBe(e.level);
      expect(k.points).toBe(e.points);
    }
    expect(s.total).toBe(expected.total);
    expect(s.totalText).toBe(expected.totalText);
  });

  it("writes each score and weighted score into its cell, the total into the total row, and nothing else", () => {
    const s = card(agency);
    const want = new Map<string, number>();
    for (const e of Object.values(expected.kpis)) {
      if (e.status === "excluded") continue;
      want.set(e.scoreCell!, e.level!);
      want.set(e.pointsCell!, e.points!);
    }
    want.set(expected.totalCell, expected.total);
    const written = new Map(s.plan.writes.map((w) => [w.address, w.value]));
    expect([...written.keys()].sort()).toEqual([...want.keys()].sort());
    for (const [cell, value] of want) expect(written.get(cell)).toBe(value);
    for (const w of s.plan.writes) {
      expect(w.numberFormat).toBe("0.0000");
      expect(parseAddress(w.address)).not.toBeNull();
      expect(w.overwritesFormula).toBe(false);
    }
  });

  it("flags the pending KPI (amber) and the cancelled one (info), and nothing else", () => {
    const s = card(agency);
    expect(s.flags.map((f) => [f.code, f.cell, f.severity])).toEqual([
      ["result-pending", "J12", "info"],
      ["result-excluded", "J13", "info"],
    ]);
    expect(s.plan.highlights.map((h) => [h.address, h.reason])).toEqual([["J12", "pending"]]);
  });
});
