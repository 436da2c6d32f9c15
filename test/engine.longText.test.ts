// The header search bounds its work per cell: a header label is short, so a long text is never tidied or
// matched against the labels, however many such cells the rows searched hold.
import * as columnLabels from "../src/scorecard/columnLabels";
import * as cellContent from "../src/scorecard/cellContent";
import { analyze, type Grid } from "../src/scorecard";
import { loadGrid, OFFICIAL, expected } from "./fixtures/grids";

afterEach(() => jest.restoreAllMocks());

/** The longest string any of the spied functions was called with. */
function longestArgument(spies: jest.SpyInstance[]): number {
  let longest = 0;
  for (const spy of spies) for (const [arg] of spy.mock.calls) if (typeof arg === "string") longest = Math.max(longest, arg.length);
  return longest;
}

const spyOnLabelWork = () => [
  jest.spyOn(columnLabels, "classifyLabel"),
  jest.spyOn(columnLabels, "isSubLabel"),
  jest.spyOn(columnLabels, "normalizeLabel"),
  jest.spyOn(cellContent, "cellText"),
];

describe("cells holding long texts", () => {
  it("40,000 cells of a 1 MB text: no scorecard, and no label is read longer than 200 characters", () => {
    const long = "ข้อความยาว ".repeat(100_000); // 1.1 million characters, one string shared by every cell
    const grid: Grid = { sheetName: "notes", origin: { row: 0, col: 0 }, values: Array.from({ length: 200 }, () => new Array(200).fill(long)) };
    const spies = spyOnLabelWork();
    const result = analyze(grid);
    expect(result.ok).toBe(false);
    if (!result.ok) expect(result.reason.messageEn).toMatch(/holds no HR Scorecard: no header with the columns KPI/);
    expect(longestArgument(spies)).toBeLessThanOrEqual(200);
  });

  it("the official sheet with long notes beside its header still scores the same", async () => {
    const grid = await loadGrid(OFFICIAL);
    const long = "หมายเหตุ ".repeat(50_000);
    grid.values = grid.values.map((row, r) => (r < 4 ? [...row, null, long] : row));
    const spies = spyOnLabelWork();
    const result = analyze(grid);
    expect(longestArgument(spies.slice(0, 2))).toBeLessThanOrEqual(200);
    expect(result.ok && result.scorecard.total).toBe(expected.total);
  });
});
