import { classifyLabel, isKpiNumberLabel, isSubLabel, singleColumnRole } from "./columnLabels";

describe("classifyLabel", () => {
  it.each([
    ["มิติ", "dimension"],
    ["เป้าประสงค์ (CSF)", "goal"],
    ["แผนงาน/โครงการ", "project"],
    ["KPI", "kpi"],
    ["ตัวชี้วัด", "kpi"],
    ["หน่วยนับ", "unit"],
    ["ระดับเป้าหมาย ๑", "target1"],
    ["ระดับค่าเป้าหมาย 3", "target3"],
    ["เกณฑ์ ๕", "target5"],
    ["Target 2", "target2"],
    ["น้ำหนัก KPIs", "weightKpi"],
    ["น้ำหนัก CSFs", "weightGoal"],
    ["น้ำหนัก มิติ", "weightDimension"],
    ["Weight (dimension)", "weightDimension"],
    ["ร้อยละของคะแนนที่ได้หลังจากถ่วงน้ำหนัก KPIs", "scoreKpi"],
    ["ร้อยละของคะแนนที่ได้หลังจากถ่วงน้ำหนัก CSFs", "scoreGoal"],
    ["ร้อยละของคะแนนที่ได้หลังจากถ่วงน้ำหนัก มิติ", "scoreDimension"],
    ["คะแนนถ่วงน้ำหนัก KPI", "scoreKpi"],
    ["Weighted score dimension", "scoreDimension"],
    ["งบประมาณ", "budget"],
    ["ผลการดำเนินงาน", "result"],
    ["Actual", "result"],
    ["ผลงานตามระดับค่าเป้าหมาย", "level"],
    ["ระดับที่ได้", "level"],
    ["ค่าคะแนนที่ได้", "level"],
  ])("%p names %p", (label, role) => {
    expect(classifyLabel(label)).toBe(role);
  });
  it.each(["", "หมายเหตุ", "ระดับเป้าหมาย", "น้ำหนัก", "ลำดับ"])("%p names nothing on its own", (label) => {
    expect(classifyLabel(label)).toBeNull();
  });
});

describe("isSubLabel", () => {
  it.each(["๑", "5", "KPIs", "CSFs", "มิติ", "ระดับ ๒"])("%p is a sub-column label", (t) => expect(isSubLabel(t)).toBe(true));
  it.each(["๖", "96", "มิติที่ ๑", "ทราบผล"])("%p is not", (t) => expect(isSubLabel(t)).toBe(false));
});

describe("the 5-point table's own columns", () => {
  it.each([
    ["น้ำหนัก (ร้อยละ)", "weightKpi"],
    ["ผลการดำเนินงาน คะแนนถ่วงน้ำหนัก", "scoreKpi"],
    ["น้ำหนัก KPIs", null], // names its part: the HR Scorecard's, read by classifyLabel
    ["ค่าคะแนนที่ได้", null],
  ])("%p is the single %p column", (label, role) => expect(singleColumnRole(label)).toBe(role));
  it("reads ตัวชี้วัดที่ as the KPI-number column, ตัวชี้วัด as the names", () => {
    expect(isKpiNumberLabel("ตัวชี้วัดที่")).toBe(true);
    expect(isKpiNumberLabel("ตัวชี้วัด")).toBe(false);
    expect(classifyLabel("หน่วยวัด")).toBe("unit");
  });
});
