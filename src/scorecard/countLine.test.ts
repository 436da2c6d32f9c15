import { readCountLine } from "./countLine";

describe("readCountLine", () => {
  it.each([
    ["รวมทั้งสิ้น ๕ มิติ ๑๔ CSF ๒๐ แผนงาน/โครงการ ๒๒ ตัวชี้วัด", { dimensions: 5, goals: 14, projects: 20, kpis: 22 }],
    ["รวมทั้งสิ้น 5 มิติ 14 CSF 20 แผนงาน / โครงการ 22 ตัวชี้วัด", { dimensions: 5, goals: 14, projects: 20, kpis: 22 }],
    ["รวม ๑๔ เป้าประสงค์ ๒๒ ตัวชี้วัด", { goals: 14, kpis: 22 }],
    ["รวม ๒๐ โครงการ", { projects: 20 }],
    ["รวม 3 แผนงาน", { projects: 3 }],
    ["Total: 5 dimensions, 14 CSFs, 20 projects, 22 KPIs", { dimensions: 5, goals: 14, projects: 20, kpis: 22 }],
    ["Total 1 dimension 1 goal 1 project 1 KPI", { dimensions: 1, goals: 1, projects: 1, kpis: 1 }],
    ["รวมทั้งสิ้น ๑,๒๐๐ ตัวชี้วัด", { kpis: 1200 }],
    ["รวม๕มิติ", { dimensions: 5 }],
  ])("%p", (text, count) => {
    expect(readCountLine(text)).toEqual(count);
  });

  it("the first number wins where one thing is counted twice", () => {
    expect(readCountLine("รวม ๒๒ ตัวชี้วัด (๒๓ ตัวชี้วัด ในรอบก่อน)")).toEqual({ kpis: 22 });
  });

  it.each([
    "คะแนน HR Scorecard (เต็ม ๑๐๐ คะแนน)",
    "รวม",
    "Total 5 goalkeepers",
    "มิติ ตัวชี้วัด",
    "",
  ])("%p counts nothing", (text) => {
    expect(readCountLine(text)).toBeNull();
  });
});
