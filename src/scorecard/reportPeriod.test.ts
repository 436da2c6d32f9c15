import { dueMonth, isOverdue, monthText, OverdueNotes, parseTitle, reportEnd, periodText } from "./reportPeriod";

const OFFICIAL_TITLE =
  "ผลการดำเนินงานตามแผนกลยุทธ์การบริหารทรัพยากรบุคคล กรมส่งเสริมสหกรณ์ ปีงบประมาณ พ.ศ. ๒๕๖๖ ( ๑ ตุลาคม ๒๕๖๕ ถึง ๓๑ มีนาคม ๒๕๖๖ ) ๖ เดือน";

describe("reportEnd: the last month the report covers", () => {
  it.each([
    [OFFICIAL_TITLE, { year: 2566, month: 3 }],
    ["ผลการดำเนินงาน ปีงบประมาณ พ.ศ. ๒๕๖๖ (๑ ต.ค. ๒๕๖๕ – ๓๐ ก.ย. ๒๕๖๖) ๑๒ เดือน", { year: 2566, month: 9 }],
    ["รอบ ๙ เดือน (ตุลาคม ๖๕ ถึง มิถุนายน ๖๖)", { year: 2566, month: 6 }],
    ["ข้อมูล ณ วันที่ 30 June 2023 / 30 มิถุนายน 2023", { year: 2566, month: 6 }], // a Christian-era year
    ["ปีงบประมาณ พ.ศ. ๒๕๖๗ รอบ ๙ เดือน", { year: 2567, month: 6 }],
    ["ปีงบประมาณ 2567 รอบ 3 เดือน", { year: 2566, month: 12 }],
    ["ปีงบประมาณ ๒๕๖๖ ๑๒ เดือน", { year: 2566, month: 9 }],
    ["ปีงบประมาณ ๒๕๖๖ รอบ ๖ เดือน (เริ่ม ๑ ตุลาคม ๒๕๖๕)", { year: 2566, month: 3 }], // a start date is not the end
    ["รอบ ๖ เดือน ปีงบประมาณ ๒๕๖๖ ข้อมูล ณ ๑๕ พฤษภาคม ๒๕๖๖", { year: 2566, month: 5 }], // data as of a later date
  ])("%p → %p", (title, end) => {
    expect(reportEnd(title)).toEqual(end);
  });

  it.each([
    "ผลการดำเนินงานตามแผนกลยุทธ์การบริหารทรัพยากรบุคคล",
    "ปีงบประมาณ พ.ศ. ๒๕๖๖", // the year alone does not say which round
    "รายงานต่อ ก.พ. และ ก.พ.ร. ๒๕๖๖", // offices, not February
    "",
  ])("%p says no end", (title) => {
    expect(reportEnd(title)).toBeNull();
  });
});

describe("dueMonth: the month a pending note names", () => {
  const march66 = { year: 2566, month: 3 };
  it.each([
    ["ทราบผล เดือน ก.ย. ๖๖", { year: 2566, month: 9 }],
    ["ทราบผล ก.ย ๒๕๖๖", { year: 2566, month: 9 }],
    ["ทราบผลเดือนกันยายน", { year: 2566, month: 9 }], // the report's fiscal year
    ["ทราบผลเดือนธันวาคม", { year: 2565, month: 12 }], // October–December open the fiscal year
    ["รอประกาศผล ต.ค. ๖๖", { year: 2566, month: 10 }],
  ])("%p → %p", (note, due) => {
    expect(dueMonth(note, march66)).toEqual(due);
  });

  it.each(["รอผล", "ทราบผล", "รอผลจาก ก.พ.ร.", "อยู่ระหว่างรอ ก.พ. ประกาศ", "ทราบผลปลายปี"])("%p names no month", (note) => {
    expect(dueMonth(note, march66)).toBeNull();
  });
});

describe("isOverdue: the round has reached the month the note names", () => {
  const note = "ทราบผล เดือน ก.ย. ๖๖";
  it.each([
    [{ year: 2566, month: 3 }, false], // 6-month report: September is still to come
    [{ year: 2566, month: 6 }, false], // 9 months
    [{ year: 2566, month: 9 }, true], // 12 months: the result should be in
    [{ year: 2567, month: 3 }, true], // next year's report still carrying the old note
  ])("round ending %p → %p", (end, overdue) => {
    expect(isOverdue(note, end)).toBe(overdue);
  });

  it("is never overdue when the report's end is unknown or the note names no month", () => {
    expect(isOverdue(note, null)).toBe(false);
    expect(isOverdue("รอผล", { year: 2570, month: 9 })).toBe(false);
  });
});

describe("OverdueNotes: isOverdue for one report, note by note", () => {
  it("answers as isOverdue does, the same each time a note comes again", () => {
    const notes = new OverdueNotes({ year: 2566, month: 9 });
    for (let i = 0; i < 2; i++) {
      expect([notes.has("ทราบผล เดือน ก.ย. ๖๖"), notes.has("ทราบผล เดือน ต.ค. ๖๖"), notes.has("รอผล")]).toEqual([true, false, false]);
    }
  });
  it("with no known end, no note is overdue", () => {
    expect(new OverdueNotes(null).has("ทราบผล เดือน ก.ย. ๖๖")).toBe(false);
  });
});

describe("monthText", () => {
  it("writes the month for Thai and English messages", () => {
    expect(monthText({ year: 2566, month: 9 })).toEqual({ th: "กันยายน 2566", en: "September 2566 B.E." });
  });
});

describe("parseTitle", () => {
  it.each([
    ["ผลการดำเนินงานตามแผนกลยุทธ์การบริหารทรัพยากรบุคคล กรมส่งเสริมสหกรณ์ ปีงบประมาณ พ.ศ. ๒๕๖๖ ( ๑ ตุลาคม ๒๕๖๕ ถึง ๓๑ มีนาคม ๒๕๖๖) ๖ เดือน", "กรมส่งเสริมสหกรณ์", 2566, 6],
    ["HR Scorecard กรมตัวอย่าง ปีงบประมาณ พ.ศ. 2567 รอบ 6 เดือน", "กรมตัวอย่าง", 2567, 6],
    ["รายงานผล ปีงบประมาณ ๒๕๖๗ รอบ ๙ เดือน", "", 2567, 9],
    ["สำนักงานปลัดกระทรวง\nผลการดำเนินงาน 12 เดือน ปีงบประมาณ พ.ศ.2568", "สำนักงานปลัดกระทรวง", 2568, 12],
    ["ผลการดำเนินงาน ปีงบประมาณ 66 รอบครึ่งปี", "", 2566, 6],
    ["Fiscal year พ.ศ. 2023", "", 2566, null],
    ["", "", null, null],
    ["แผนกลยุทธ์ รอบ 15 เดือน", "", null, null],
  ])("%p", (title, department, fiscalYear, roundMonths) => {
    expect(parseTitle(title)).toEqual({ department, fiscalYear, roundMonths });
  });
});

describe("periodText", () => {
  it("says the year and the round a title gave, each only when known", () => {
    expect(periodText({ fiscalYear: 2566, roundMonths: 6 })).toBe("ปีงบประมาณ พ.ศ. 2566 รอบ 6 เดือน");
    expect(periodText({ fiscalYear: 2567, roundMonths: null })).toBe("ปีงบประมาณ พ.ศ. 2567");
    expect(periodText({ fiscalYear: null, roundMonths: 12 })).toBe("รอบ 12 เดือน");
    expect(periodText({ fiscalYear: null, roundMonths: null })).toBe("");
  });
});
