import fc from "fast-check";
import { kpiId, kpiNumber, kpiOwner, withoutKpiNumber } from "./kpiIdentity";

describe("kpiNumber / kpiId", () => {
  it.each([
    ["๓.๗ ร้อยละความพึงพอใจ…", "3.7"],
    ["1.1 ร้อยละของหน่วยงาน", "1.1"],
    ["ตัวชี้วัดที่ ๒.๔ ร้อยละ", "2.4"],
    ["KPI 4.2 ร้อยละ", "4.2"],
    ["๑๒. จำนวน", "12"],
    ["ร้อยละของบุคลากร", null],
    ["2566 ปีงบ", "2566"],
  ])("%p → %p", (name, id) => {
    expect(kpiNumber(name)).toBe(id);
  });
  it("falls back to the 1-based row", () => {
    expect(kpiId("ร้อยละของบุคลากร", 11)).toBe("row 12");
  });
});

describe("kpiOwner", () => {
  it.each([
    ["๑.๑ ร้อยละของหน่วยงาน (ในเรื่องของความรู้) (สทส.) (๑)", "สทส."],
    ["๒.๑ ระดับความสำเร็จ (กกจ. ทุกกลุ่ม) (๔)", "กกจ. ทุกกลุ่ม"],
    ["๔.๑ คะแนน ITA (ป.ป.ช. เป็นผู้ประเมิน) ไม่น้อยกว่าร้อยละ ๘๕ (กกจ. กลุ่มวินัยฯ) (๑๕)", "กกจ. กลุ่มวินัยฯ"],
    ["๒.๔ นวัตกรรม (E-Service)", ""],
    ["ไม่มีวงเล็บ", ""],
  ])("%p → %p", (name, owner) => {
    expect(kpiOwner(name)).toBe(owner);
  });
});

describe("kpiOwner agrees with the regular-expression reading it replaced", () => {
  const byRegExp = (name: string) => {
    const groups = [...name.matchAll(/\(([^()]*)\)/g)].map((m) => m[1].trim());
    const units = groups.filter((g) => !/^[0-9๐-๙]+$/.test(g) && /[ก-ฮ]\.|ฯ/.test(g));
    return units.length ? units[units.length - 1] : "";
  };
  it("on any mix of parentheses, unit abbreviations and running numbers", () => {
    const piece = fc.constantFrom("(", ")", "สทส.", "กกจ.", " ", "๑๔", "12", "กลุ่มวินัยฯ", "ร้อยละ", "x");
    fc.assert(fc.property(fc.array(piece, { maxLength: 14 }).map((a) => a.join("")), (name) => kpiOwner(name) === byRegExp(name)), { numRuns: 5000 });
  });
});

describe("withoutKpiNumber", () => {
  it.each([
    ["๓.๗ ร้อยละความพึงพอใจ", "ร้อยละความพึงพอใจ"],
    ["ตัวชี้วัดที่ ๒.๔ ร้อยละ", "ร้อยละ"],
    ["๑๒. จำนวน", "จำนวน"],
    ["ร้อยละของบุคลากร", "ร้อยละของบุคลากร"],
  ])("%p → %p", (name, rest) => {
    expect(withoutKpiNumber(name)).toBe(rest);
  });
});
