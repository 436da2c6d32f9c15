// The summary's layout: what the director reads, laid out to print on A4 without needless wrapping.
import { loadGrid, OFFICIAL } from "../../test/fixtures/grids";
import { analyze, buildSummary } from "../scorecard";
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

test("the score among reported KPIs stands in a lighter box of its own under the official total, its label first", async () => {
  const result = analyze(await loadGrid(OFFICIAL));
  if (!result.ok) throw new Error(result.reason.messageEn);
  const rows = summaryLayout(buildSummary(result.scorecard, new Date(2026, 10, 25))).rows;
  const total = rows.findIndex((r) => r.cells[0] === "คะแนน HR Scorecard (เต็ม ๑๐๐ คะแนน)");
  const aside = rows.findIndex((r) => r.cells[0] === "คะแนนเฉพาะตัวชี้วัดที่รายงานผลแล้ว (ไม่ใช่คะแนนทางการ)");
  expect(aside).toBeGreaterThan(total);
  // The official box (the total and how many have reported) ends, a blank row, then the aside box.
  expect(rows.slice(total, aside).map((r) => r.style)).toEqual(["group", "item", "blank"]);
  expect(rows[aside].cells[3]).toEqual({ number: 63, decimals: 2 });
  expect(rows[aside].style).toBe("aside");
  expect(rows[aside + 1]).toMatchObject({ style: "aside", merges: [[0, 4]] });
  expect(rows[aside + 1].cells[0]).toMatch(/^ไม่นับตัวชี้วัดที่รอผล.*\(นับ ๘ ตัวชี้วัด ใน ๕ เป้าประสงค์ ๕ มิติ\)$/);
  // No official row holds the aside figure.
  expect(rows.filter((r) => r.style !== "aside").flatMap((r) => r.cells).some((c) => typeof c === "object" && c?.number === 63)).toBe(false);
});
