import fc from "fast-check";
import { toThaiDigits } from "./display";
import { makeFlag, onlyNumberIn, thaiNumbers } from "./messages";

/** The rule thaiNumbers implements, as the regular expression it replaced. */
const byRegExp = (text: string) => text.replace(/(?<![A-Z$\d.])\d+(\.\d+)*/g, (m) => toThaiDigits(m));

describe("thaiNumbers", () => {
  it("writes KPI numbers and sums in Thai digits and leaves cell addresses alone", () => {
    expect(thaiNumbers("ตัวชี้วัด 3.7: เซลล์ Q12 ว่าง")).toBe("ตัวชี้วัด ๓.๗: เซลล์ Q12 ว่าง");
    expect(thaiNumbers("รวมได้ 99.5 ไม่ใช่ ๑๐๐ (ตั้งแต่เซลล์ $L$5)")).toBe("รวมได้ ๙๙.๕ ไม่ใช่ ๑๐๐ (ตั้งแต่เซลล์ $L$5)");
    expect(thaiNumbers("12. 3.")).toBe("๑๒. ๓.");
    expect(thaiNumbers("ไม่มีตัวเลข")).toBe("ไม่มีตัวเลข");
  });

  it("agrees with the regular expression on any text", () => {
    const chars = fc.constantFrom(..."0123456789.$AZaz ๑:()-".split(""));
    fc.assert(fc.property(fc.array(chars, { maxLength: 30 }).map((a) => a.join("")), (text) => thaiNumbers(text) === byRegExp(text)), { numRuns: 3000 });
  });
});

describe("onlyNumberIn", () => {
  it.each([
    ["๕๐ คน", "๕๐"], ["ไม่น้อยกว่าร้อยละ ๘๐", "๘๐"], ["ประมาณ 1,250.5 บาท", "1,250.5"],
    ["สาม", null], ["๑๕ ก.ย. ๖๖", null], ["1.2.3", null], ["", null],
  ])("%p → %p", (text, n) => {
    expect(onlyNumberIn(text)).toBe(n);
  });
});

describe("makeFlag", () => {
  it("suggests typing the number alone where an unreadable text holds just one", () => {
    const flag = makeFlag("unreadable-number", 7, 6, { kpiId: "2.1", text: "ไม่น้อยกว่าร้อยละ ๘๐" });
    expect(flag.message).toBe('เซลล์ G8: อ่าน "ไม่น้อยกว่าร้อยละ ๘๐" เป็นตัวเลขไม่ได้ (ตัวชี้วัด ๒.๑) ถ้าหมายถึง ๘๐ ให้พิมพ์เฉพาะตัวเลข');
    expect(flag.messageEn).toBe('G8: "ไม่น้อยกว่าร้อยละ ๘๐" is not a number (KPI 2.1); if you mean 80, type the number alone');
    expect(makeFlag("unreadable-number", 7, 9, { kpiId: "2.1", text: "ยี่สิบห้า" }).message).toBe('เซลล์ J8: อ่าน "ยี่สิบห้า" เป็นตัวเลขไม่ได้ (ตัวชี้วัด ๒.๑)');
  });

  it("names a KPI without a number by its row, in Thai and in English", () => {
    const flag = makeFlag("result-missing", 11, 16, { kpiId: "row 12" });
    expect(flag.message).toBe("ตัวชี้วัด แถว ๑๒: เซลล์ Q12 ว่าง ไม่มีผลการดำเนินงาน");
    expect(flag.messageEn).toBe("KPI row 12: Q12 is blank, no result");
  });

  it("keeps its messages in JSON, as reports and saved state write it", () => {
    const flag = makeFlag("result-pending", 11, 16, { kpiId: "3.7", text: "ทราบผล เดือน ก.ย. ๖๖" });
    expect(JSON.parse(JSON.stringify(flag))).toEqual({
      code: "result-pending", severity: "info", cell: "Q12", row: 11, col: 16, kpiId: "3.7", quoted: "ทราบผล เดือน ก.ย. ๖๖",
      message: 'ตัวชี้วัด ๓.๗: ยังไม่ทราบผล ("ทราบผล เดือน ก.ย. ๖๖") ในเซลล์ Q12 นับเป็น ๐ คะแนนไว้ก่อน',
      messageEn: 'KPI 3.7: result pending ("ทราบผล เดือน ก.ย. ๖๖") in Q12, counted as 0 for now',
    });
    expect(Object.keys(JSON.parse(JSON.stringify(makeFlag("no-total-row-space", 0, 0))))).not.toContain("kpiId");
    expect(Object.keys(JSON.parse(JSON.stringify(makeFlag("no-total-row-space", 0, 0))))).not.toContain("quoted");
  });

  it("quotes the cell's own text where its message does: a pending note, an unreadable value", () => {
    expect(makeFlag("result-pending", 4, 16, { kpiId: "1.1", text: "ทราบผล เดือน ก.ย. ๖๖" }).quoted).toBe("ทราบผล เดือน ก.ย. ๖๖");
    expect(makeFlag("unreadable-number", 7, 9, { kpiId: "2.1", text: "ยี่สิบห้า" }).quoted).toBe("ยี่สิบห้า");
    expect(makeFlag("result-missing", 4, 16, { kpiId: "1.1" }).quoted).toBeUndefined();
  });
});

describe("messages that quote cells", () => {
  it("keep Excel's error values as Excel writes them, in Thai messages too", () => {
    for (const error of ["#DIV/0!", "#N/A", "#REF!", "#VALUE!", "#NAME?", "#NUM!", "#NULL!", "#SPILL!", "#CALC!", "#GETTING_DATA"]) {
      const flag = makeFlag("unreadable-number", 11, 12, { kpiId: "3.1", text: error });
      expect(flag.message).toBe(`เซลล์ M12: อ่าน "${error}" เป็นตัวเลขไม่ได้ (ตัวชี้วัด ๓.๑)`);
      expect(flag.messageEn).toBe(`M12: "${error}" is not a number (KPI 3.1)`);
    }
    expect(thaiNumbers("ผล 12 คือ #DIV/0! และ 3")).toBe("ผล ๑๒ คือ #DIV/0! และ ๓");
  });

  it("shorten a long cell to 80 characters with an ellipsis; the flag still holds the whole text", () => {
    const long = "ก".repeat(50_000);
    const flag = makeFlag("unreadable-number", 7, 9, { kpiId: "2.1", text: long });
    expect(flag.message).toBe(`เซลล์ J8: อ่าน "${"ก".repeat(80)}…" เป็นตัวเลขไม่ได้ (ตัวชี้วัด ๒.๑)`);
    expect(flag.messageEn).toBe(`J8: "${"ก".repeat(80)}…" is not a number (KPI 2.1)`);
    expect(flag.quoted).toBe(long);
    const goal = makeFlag("kpi-weights-sum", 4, 10, { name: "x".repeat(200), sum: 90 });
    expect(goal.messageEn).toBe(`Goal "${"x".repeat(80)}…": KPI weights add up to 90, not 100 (from K5)`);
    // Exactly 80 characters is quoted whole; an emoji is never cut in half.
    expect(makeFlag("result-pending", 4, 16, { kpiId: "1", text: "y".repeat(80) }).messageEn).toContain(`("${"y".repeat(80)}")`);
    expect(makeFlag("result-pending", 4, 16, { kpiId: "1", text: "y".repeat(79) + "😀z" }).messageEn).toContain(`("${"y".repeat(79)}😀…")`);
  });

  it("name the cell in the glossary's word (เซลล์), never ช่อง", () => {
    const codes = ["result-pending", "result-overdue", "result-missing", "unreadable-number", "targets-not-in-order", "level-out-of-range",
      "kpi-weights-sum", "goal-weights-sum", "dimension-weights-sum", "kpi-incomplete", "duplicate-kpi", "formula-in-output",
      "no-score-column", "no-total-row-space", "output-cell-merged", "count-line-differs"] as const;
    for (const code of codes) {
      const message = makeFlag(code, 4, 16, { kpiId: "1.1", text: "t", name: "n", sum: 90, other: "P5", formula: "=1", column: "scoreKpi", part: "kpis", stated: 1, found: 2, reportEnd: { month: 9, year: 2566 } as never }).message;
      expect(message).not.toMatch(/ช่อง|ชีต/);
    }
    expect(makeFlag("output-cell-merged", 4, 16, { other: "P5" }).message).toBe("เซลล์ Q5 ถูกผสานรวมกับเซลล์ P5 ซึ่งไม่ใช่เซลล์ผลลัพธ์ จึงไม่ได้เขียนผล");
  });
});
