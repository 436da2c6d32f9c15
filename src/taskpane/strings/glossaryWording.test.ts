import { TERMS } from "../../scorecard";
import { STRINGS } from "./index";

/** Every text a string table holds, its functions called with placeholder arguments. */
function texts(value: unknown): string[] {
  if (typeof value === "string") return [value];
  if (typeof value === "function") return texts(value("1", "2", "3"));
  if (value && typeof value === "object") return Object.values(value).flatMap(texts);
  return [];
}

describe("the pane's Thai wording follows the glossary", () => {
  const thai = texts(STRINGS.th);

  test("แผ่นงาน for sheet, never ชีต", () => {
    expect(thai.filter((s) => s.includes("ชีต"))).toEqual([]);
    expect(thai.some((s) => s.includes(TERMS.sheet.th))).toBe(true);
  });

  test("เซลล์ for cell, never ช่อง", () => {
    expect(thai.filter((s) => s.includes("ช่อง"))).toEqual([]);
    expect(STRINGS.th.flagCell("Q5")).toBe(`${TERMS.cell.th} Q5`);
  });

  test("ข้อผิดพลาด for error, never a bare ผิดพลาด", () => {
    expect(thai.filter((s) => /(^|[^อ])ผิดพลาด/.test(s))).toEqual([]);
    expect(STRINGS.th.counts.errors).toBe(TERMS.error.th);
  });

  test("reported KPIs as the summary says them", () => {
    expect(STRINGS.th.reported("๘", "๒๒")).toBe("รายงานผลแล้ว ๘ จาก ๒๒ ตัวชี้วัด");
    expect(STRINGS.en.reported("8", "22")).toBe("8 of 22 KPIs reported");
  });
});
