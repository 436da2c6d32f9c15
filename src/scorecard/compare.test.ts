// Two rounds of the official sheet (its 6-month copy and a 12-month copy made from it) and of a 5-point table:
// each KPI's change, the dimensions' and the total's, renamed and renumbered KPIs, and mixed scales refused.
import { agencyGrid, EXAMPLE_ROWS, type AgencyKpi } from "../../test/fixtures/agency-grids";
import { blockSheet } from "../../test/fixtures/blockGrids";
import { loadGrid, OFFICIAL } from "../../test/fixtures/grids";
import { ambiguousEdits, editedGrid, RENAMED_2_3, TWELVE_MONTHS } from "../../test/fixtures/rounds";
import { compare, type Comparison } from "./compare";
import type { Grid } from "./types";
import { comparisonOf as compared, scorecardOf as card } from "../../test/fixtures/scored";

const changes = (c: Comparison) => Object.fromEntries(c.kpis.map((k) => [k.new?.id ?? k.old!.id, k.change]));

describe("compare: the official sheet at 6 and 12 months", () => {
  let six: Grid;
  beforeAll(async () => (six = await loadGrid(OFFICIAL)));

  it("says what happened to each KPI, matched by number", () => {
    const c = compared(card(six), card(editedGrid(six, TWELVE_MONTHS)));
    expect(changes(c)).toEqual({
      "1.1": "came-in", "1.2": "came-in", "1.3": "unchanged",
      "2.1": "up", "2.2": "came-in", "2.3": "unchanged", "2.4": "down",
      "3.1": "came-in", "3.2": "came-in", "3.3": "unchanged", "3.4": "still-pending", "3.5": "came-in", "3.6": "came-in", "3.7": "came-in",
      "4.1": "came-in", "4.2": "newly-pending", "4.3": "unchanged", "4.4": "came-in",
      "5.1": "came-in", "5.2": "came-in", "5.3": "unchanged", "5.5": "added", "5.4": "removed",
    });
    const k21 = c.kpis.find((k) => k.new?.id === "2.1")!;
    expect([k21.old!.level, k21.new!.level, k21.old!.points, k21.new!.points, k21.pointsChange]).toEqual([4, 5, 4, 5, 1]);
    // Renamed, its number kept: the same KPI, both names on hand.
    const k23 = c.kpis.find((k) => k.new?.id === "2.3")!;
    expect(k23.new!.name).toBe(RENAMED_2_3);
    expect(k23.old!.name).not.toBe(RENAMED_2_3);
    const k42 = c.kpis.find((k) => k.new?.id === "4.2")!;
    expect([k42.old!.status, k42.new!.status, k42.pointsChange]).toEqual(["ok", "pending", -5]);
    expect(c.kpis.find((k) => k.old?.id === "5.4")).toMatchObject({ new: null, pointsChange: 0 });
    expect(c.ambiguous).toEqual([]);
  });

  it("gives each dimension's and the total's change, and names the rounds from the titles", () => {
    const c = compared(card(six), card(editedGrid(six, TWELVE_MONTHS)));
    // By hand (level/5 × KPI × CSF weight% × dimension weight): 9.75 + 15 + 19.2 + 12 + 13.95 = 69.9.
    expect([c.old.total, c.new.total, c.totalChange]).toEqual([28.825, 69.9, 41.075]);
    expect(c.dimensions.map((d) => [d.old, d.new, d.change])).toEqual([
      [3, 9.75, 6.75], [12, 15, 3], [1.2, 19.2, 18], [10, 12, 2], [2.625, 13.95, 11.325],
    ]);
    expect(c.dimensions[0].name).toBe("๑. ความสอดคล้องเชิงยุทธศาสตร์");
    expect(c.goals).toHaveLength(14);
    expect([c.old.fiscalYear, c.old.roundMonths, c.new.fiscalYear, c.new.roundMonths]).toEqual([2566, 6, 2566, 12]);
  });

  it("lists KPIs the number and name cannot pair, instead of guessing", () => {
    const c = compared(card(six), card(editedGrid(six, ambiguousEdits(six))));
    // 3.5 and 3.6 became 3.8 and 3.9, both under 3.6's old name: old 3.6 could be either.
    expect(c.ambiguous.map((a) => [a.old.map((k) => k.id), a.new.map((k) => k.id)])).toEqual([[["3.6"], ["3.8", "3.9"]]]);
    const ch = changes(c);
    expect([ch["3.6"], ch["3.8"], ch["3.9"], ch["3.5"]]).toEqual(["unmatched", "unmatched", "unmatched", "removed"]);
  });

  it("pairs by name two KPIs that a typo gave one number", () => {
    const name12 = String(six.values[5][3]).replace(/^๑\.๒/, "๑.๑");
    const c = compared(card(six), card(editedGrid(six, [{ row: 5, col: 3, value: name12 }])));
    expect(c.kpis.filter((k) => k.new?.id === "1.1").map((k) => k.old?.id)).toEqual(["1.1", "1.2"]);
    expect(c.ambiguous).toEqual([]);
  });

  it("matches a KPI renumbered under its old name", () => {
    const name37 = String(six.values[17][3]).replace(/^๓\.๗/, "๓.๘");
    const c = compared(card(six), card(editedGrid(six, [{ row: 17, col: 3, value: name37 }])));
    const k = c.kpis.find((x) => x.new?.id === "3.8")!;
    expect([k.old?.id, k.change]).toEqual(["3.7", "still-pending"]);
    expect(c.totalChange).toBe(0);
  });
});

describe("compare: 5-point tables", () => {
  const rows = (edit: (k: AgencyKpi) => AgencyKpi) => EXAMPLE_ROWS.map((r) => ("group" in r ? r : edit(r)));

  it("compares scores and weighted scores, matching by the KPI number column", () => {
    const before = card(agencyGrid().grid);
    const after = card(agencyGrid(rows((k) => (k.no === "1.1" ? { ...k, result: 100 } : k.no === "3.1" ? { ...k, result: 80 } : k))).grid);
    const c = compared(before, after);
    expect(c.scale).toBe(5);
    const ch = changes(c);
    expect([ch["1.1"], ch["1.2"], ch["3.1"]]).toEqual(["up", "unchanged", "came-in"]);
    const k11 = c.kpis.find((k) => k.new?.id === "1.1")!;
    expect(k11.new!.level! - k11.old!.level!).toBeCloseTo(1.4, 10); // 86 → 100 on 60…100: 3.6 → 5
    expect(c.totalChange).toBeCloseTo(after.total - before.total, 10);
    expect(c.totalChange).toBeGreaterThan(0);
  });

  it("refuses a 5-point table against an HR Scorecard, with a sentence naming both sheets", async () => {
    const r = compare(card(await loadGrid(OFFICIAL)), card(agencyGrid().grid));
    expect(r.ok).toBe(false);
    if (r.ok) return;
    expect(r.reason.th).toContain('แผ่นงาน "HR Scorecard"');
    expect(r.reason.en).toContain('sheet "สรุปผลคำรับรอง" is a 5-point table');
  });
});

describe("compare: the groups the sheet names", () => {
  it("marks the dimension and goal a 5-point table without group rows is given, and no group of one that has them", async () => {
    const plain = card(blockSheet({ scale: 5, headings: ["รอบ 6 เดือน"], results: [[3, 4, 2]] }).grid);
    const c = compared(plain, plain);
    expect([c.dimensions.map((d) => d.made), c.goals.map((g) => g.made)]).toEqual([[true], [true]]);
    const agency = card(agencyGrid().grid);
    expect(compared(agency, agency).dimensions.some((d) => d.made)).toBe(false);
    const six = await loadGrid(OFFICIAL);
    const hr = compared(card(six), card(editedGrid(six, TWELVE_MONTHS)));
    expect([...hr.dimensions, ...hr.goals].some((g) => g.made)).toBe(false);
  });
});
