import { summaryHeading } from "./summaryHeading";

describe("summaryHeading", () => {
  it("adds the department and the year and round where the title does not say them", () => {
    expect(summaryHeading({ title: "สรุปผล HR Scorecard", department: "กรมส่งเสริมสหกรณ์", heading: "ปีงบประมาณ พ.ศ. ๒๕๖๖ รอบ ๖ เดือน", fiscalYear: 2566, roundMonths: 6 }))
      .toBe("สรุปผล HR Scorecard กรมส่งเสริมสหกรณ์ · ปีงบประมาณ พ.ศ. ๒๕๖๖ รอบ ๖ เดือน");
  });

  it("says each once where a 5-point table's own title names the department and the year (in either digits)", () => {
    const title = "ผลการปฏิบัติราชการ กรมตัวอย่าง ประจำปีงบประมาณ พ.ศ. ๒๕๖๗";
    expect(summaryHeading({ title, department: "กรมตัวอย่าง", heading: "ปีงบประมาณ พ.ศ. ๒๕๖๗", fiscalYear: 2567, roundMonths: null })).toBe(title);
    expect(summaryHeading({ title: `${title} รอบ 12 เดือน`, department: "กรมตัวอย่าง", heading: "ปีงบประมาณ พ.ศ. ๒๕๖๗ รอบ ๑๒ เดือน", fiscalYear: 2567, roundMonths: 12 })).toBe(`${title} รอบ 12 เดือน`);
  });

  it("keeps the round where the title names the year but not the round", () => {
    const title = "ผลการปฏิบัติราชการ กรมตัวอย่าง ประจำปีงบประมาณ พ.ศ. 2567";
    expect(summaryHeading({ title, department: "กรมตัวอย่าง", heading: "ปีงบประมาณ พ.ศ. 2567 รอบ 6 เดือน", fiscalYear: 2567, roundMonths: 6 })).toBe(`${title} · ปีงบประมาณ พ.ศ. 2567 รอบ 6 เดือน`);
  });
});
