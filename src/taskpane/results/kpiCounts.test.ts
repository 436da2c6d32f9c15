import type { KpiStatus } from "../../scorecard";
import { STRINGS } from "../strings";
import { numerals } from "../../scorecard";
import { kpiCounts, reportedText } from "./kpiCounts";

const kpis = (...statuses: KpiStatus[]) => statuses.map((status) => ({ status }));

test("reported KPIs out of all KPIs, excluded ones counted apart", () => {
  expect(kpiCounts(kpis("ok", "ok", "ok", "pending", "excluded"))).toEqual({ reported: 3, total: 5, excluded: 1 });
  expect(kpiCounts(kpis("ok", "missing", "invalid"))).toEqual({ reported: 1, total: 3, excluded: 0 });
});

test("the reported line says the summary's words, and how many of them the total leaves out", () => {
  const thai = numerals(true).plain;
  const arabic = numerals(false).plain;
  const fivePoint = kpiCounts(kpis("ok", "ok", "ok", "pending", "excluded"));
  expect(reportedText(STRINGS.th, thai, fivePoint)).toBe("รายงานผลแล้ว ๓ จาก ๕ ตัวชี้วัด (ไม่นับรวม ๑)");
  expect(reportedText(STRINGS.en, arabic, fivePoint)).toBe("3 of 5 KPIs reported (1 not counted)");
  // Nothing excluded (every HR Scorecard): the summary's line exactly.
  expect(reportedText(STRINGS.th, thai, kpiCounts(kpis("ok", "pending")))).toBe("รายงานผลแล้ว ๑ จาก ๒ ตัวชี้วัด");
});
