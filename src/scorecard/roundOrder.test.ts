import { hasResults, headingMonths, oldestFirst } from "./roundOrder";
import type { Kpi, KpiStatus } from "./types";

const named = (...headings: string[]) => headings.map((heading) => ({ heading }));

describe("headingMonths", () => {
  it("reads the round's months in Thai or Arabic digits, half a year, or English", () => {
    expect(["รอบ 6 เดือน", "รอบ ๑๒ เดือน", "ผลรอบ ๙ เดือน", "ครึ่งปี", "6 months", "ผล เดือน มีนาคม", "คณะกรรมการประเมิน"].map(headingMonths)).toEqual([6, 12, 9, 6, 6, null, null]);
  });
});

describe("oldestFirst", () => {
  it("orders rounds by their months wherever they stand on the sheet", () => {
    expect(oldestFirst(named("รอบ ๑๒ เดือน", "รอบ ๖ เดือน", "รอบ ๙ เดือน")).map((b) => b.heading)).toEqual(["รอบ ๖ เดือน", "รอบ ๙ เดือน", "รอบ ๑๒ เดือน"]);
  });

  it("keeps the sheet's order where a heading names no months (month names, assessors), and for equal months", () => {
    expect(oldestFirst(named("ประเมินตนเอง", "คณะกรรมการประเมิน")).map((b) => b.heading)).toEqual(["ประเมินตนเอง", "คณะกรรมการประเมิน"]);
    expect(oldestFirst(named("รอบ 12 เดือน", "พฤษภาคม")).map((b) => b.heading)).toEqual(["รอบ 12 เดือน", "พฤษภาคม"]);
    expect(oldestFirst(named("รอบ 6 เดือน (ตนเอง)", "รอบ 6 เดือน (กรรมการ)")).map((b) => b.heading)).toEqual(["รอบ 6 เดือน (ตนเอง)", "รอบ 6 เดือน (กรรมการ)"]);
  });
});

describe("hasResults", () => {
  it("is a round begun: some KPI reported; pending, missing and left-out KPIs alone are not", () => {
    const kpis = (...statuses: KpiStatus[]) => ({ kpis: statuses.map((status) => ({ status }) as Kpi) });
    expect(hasResults(kpis("pending", "ok"))).toBe(true);
    expect(hasResults(kpis("pending", "missing", "invalid", "excluded"))).toBe(false);
    expect(hasResults(kpis())).toBe(false);
  });
});
