// The summary's layout: what the director reads, laid out to print on A4 without needless wrapping.
import { loadGrid, OFFICIAL } from "../../test/fixtures/grids";
import { analyze } from "../scorecard";
import { buildSummary } from "../scorecard/summary";
import { summaryLayout } from "./summaryLayout";
import { LINE_HEIGHT, rowHeight } from "./xlsxSheet";

test("a pending KPI's row says when its result is due, on one line where its name is short", async () => {
  const result = analyze(await loadGrid(OFFICIAL));
  if (!result.ok) throw new Error(result.reason.messageEn);
  const layout = summaryLayout(buildSummary(result.scorecard, new Date(2026, 10, 25)));
  const row = layout.rows.find((r) => r.cells[0] === "๑.๒")!; // "ร้อยละบุคลากรของหน่วยงานเข้าร่วมแลกเปลี่ยนเรียนรู้"
  expect(row.cells.slice(2)).toEqual(["สทส.", "ทราบผล เดือน ก.ย. ๖๖", "Q6"]);
  expect(rowHeight(row, layout.widths)).toBe(LINE_HEIGHT.normal);
  expect(layout.widths.reduce((a, b) => a + b, 0)).toBe(134); // the width that prints one A4 landscape page wide
});
