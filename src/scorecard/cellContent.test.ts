import { cellText, isPercentFormat, isThaiDigitFormat, levelInText, parseCell, resultWord } from "./cellContent";

describe("parseCell: numbers", () => {
  it.each([
    ["๙๖", 96],
    ["๘๓.๘", 83.8],
    ["๑,๓๙๗,๑๓๙.๕๐", 1397139.5],
    ["1,397,139.50", 1397139.5],
    ["  ๕๐ ", 50],
    ["-๓", -3],
    [".5", 0.5],
  ])("text %p is the number %p", (text, value) => {
    expect(parseCell(text)).toMatchObject({ kind: "number", value });
  });
  it("marks Thai-digit text", () => {
    expect(parseCell("๗๐")).toMatchObject({ thaiDigits: true, percent: false });
    expect(parseCell("70")).toMatchObject({ thaiDigits: false });
  });
  it("reads percentages as percent points, typed or formatted", () => {
    expect(parseCell("๗๐%")).toEqual({ kind: "number", value: 70, thaiDigits: true, percent: true });
    expect(parseCell(0.7, "0%")).toMatchObject({ kind: "number", value: 70, percent: true });
    expect(parseCell(0.835, "0.0%")).toMatchObject({ value: 83.5 });
    expect(parseCell(70, "General")).toMatchObject({ value: 70, percent: false });
  });
  it("takes real numbers as they are", () => {
    expect(parseCell(28.825)).toMatchObject({ kind: "number", value: 28.825 });
    expect(parseCell(0)).toMatchObject({ kind: "number", value: 0 });
  });
  it("notes the Thai-digit number format", () => {
    expect(parseCell(3, "[$-D00041E]0.00")).toMatchObject({ thaiDigits: true });
  });
});

describe("parseCell: everything else", () => {
  it.each(["ทราบผล เดือน ก.ย. ๖๖", "ทราบผล ก.ย. 66", "ทราบผลเดือนกันยายน", "รอผล", "อยู่ระหว่างดำเนินการ", "Pending", "TBD"])(
    "%p is pending",
    (text) => {
      expect(parseCell(text)).toEqual({ kind: "pending", text });
    },
  );
  it.each(["-", "–", "—"])("%p marks an undefined level", (text) => {
    expect(parseCell(text)).toEqual({ kind: "undefinedLevel" });
  });
  it.each([null, undefined, "", "   ", "\u00a0"])("%p is blank", (v) => {
    expect(parseCell(v as string | null)).toEqual({ kind: "blank" });
  });
  it.each(["#N/A", "#DIV/0!", "#REF!"])("%p is an error value", (text) => {
    expect(parseCell(text)).toEqual({ kind: "error", text });
  });
  it("booleans and non-finite numbers are errors, not numbers", () => {
    expect(parseCell(true).kind).toBe("error");
    expect(parseCell(Number.NaN).kind).toBe("error");
  });
  it.each([
    ["ร้อยละ ๘๕", 85, true],
    ["ร้อยละ 80", 80, false],
    ["ร้อยละ๖๐", 60, true],
    ["ร้อยละ ๘๓.๓๓", 83.33, true],
  ])("%p, as the per-KPI forms write targets, is that many percent", (text, value, thaiDigits) => {
    expect(parseCell(text)).toEqual({ kind: "number", value, thaiDigits, percent: true });
  });
  it.each([
    "ไม่ได้ใช้งบประมาณดำเนินการ", "๕๐ คน", "1.2.3", "12,34", "2 3", "ไม่น้อยกว่าร้อยละ ๘๐", "ร้อยละ ๘๐ ขึ้นไป", "ร้อยละของคะแนน", "ระดับ ๓",
  ])("%p is text, not a number", (text) => {
    expect(parseCell(text).kind).toBe("text");
  });
});

describe("levelInText", () => {
  it.each([
    ["ระดับ ๓", 3], ["ระดับที่ 4", 4], ["ระดับ5", 5], ["Level 2", 2], ["ระดับ ๒.๕", 2.5],
  ])("%p names level %p", (text, level) => {
    expect(levelInText(parseCell(text))).toBe(level);
  });
  it.each(["ระดับ", "ระดับเป้าหมาย", "ระดับ ๓ ขึ้นไป", "3", "ทราบผล เดือน ก.ย. ๖๖", ""])("%p names no level", (text) => {
    expect(levelInText(parseCell(text))).toBeNull();
  });
});

describe("isPercentFormat", () => {
  it("finds % outside quotes and brackets only", () => {
    expect(isPercentFormat("0%")).toBe(true);
    expect(isPercentFormat("0.00%")).toBe(true);
    expect(isPercentFormat('0" %"')).toBe(false);
    expect(isPercentFormat("0\\%")).toBe(false);
    expect(isPercentFormat("General")).toBe(false);
    expect(isPercentFormat(null)).toBe(false);
  });
});

describe("cellText keeps tidy text as it is and tidies the rest", () => {
  it.each([
    ["๓.๗ ร้อยละ", "๓.๗ ร้อยละ"],
    [" a", "a"],
    ["a ", "a"],
    ["a  b", "a b"],
    ["a\u00a0b", "a b"],
    ["a\nb", "a b"],
    [" ", ""],
    ["", ""],
    ["\u3000x\u3000", "x"],
  ])("%j → %j", (input, expected) => {
    expect(cellText(input)).toBe(expected);
    expect(cellText(input)).toBe(input.replace(/\s+/g, " ").trim());
  });
});

describe("isThaiDigitFormat", () => {
  it.each(["[$-D00041E]0.00", "[$-D07041E]#,##0", "[$-th-TH,D00041E]0", "[$-d00041e]0", "[$-D07041E]t#,##0.00", "t0.00%", "[$-D000000]0"])("%p shows Thai digits", (f) => {
    expect(isThaiDigitFormat(f)).toBe(true);
  });
  it.each(["0.00", "General", "[$-41E]0.00", "[$-D000409]0", "[Red]0", '"t"0.00', null])("%p does not", (f) => {
    expect(isThaiDigitFormat(f)).toBe(false);
  });
});

describe("resultWord (5-point tables)", () => {
  it.each(["N/A", "n/a", "-", "ยังไม่ทราบผล", "รอผล", "#N/A"])("%p is pending", (t) => expect(resultWord(parseCell(t))).toBe("pending"));
  it.each(["ยกเลิกตัวชี้วัด", "ยกเลิก", "เริ่มรอบถัดไป"])("%p is left out", (t) => expect(resultWord(parseCell(t))).toBe("excluded"));
  it.each(["86", "ระดับ ๕", "ดีมาก", "#DIV/0!", null])("%p is neither", (t) => expect(resultWord(parseCell(t))).toBeNull());
});
