import { displayWidth, formatNumber, fromThaiDigits, listedValue, numerals, roundForDisplay, toThaiDigits } from "./display";

describe("roundForDisplay (Excel's half away from zero on the decimal value)", () => {
  it("rounds 28.825 up as Excel shows it, where toFixed rounds down", () => {
    expect((28.825).toFixed(2)).toBe("28.82"); // the trap this function exists for
    expect(roundForDisplay(28.825, 2)).toBe(28.83);
  });
  it.each([
    [1.005, 2, 1.01],
    [2.675, 2, 2.68],
    [1.2, 2, 1.2],
    [2.625, 2, 2.63],
    [-2.625, 2, -2.63],
    [0.5, 0, 1],
    [-0.5, 0, -1],
    [1234567.125, 2, 1234567.13],
    [0, 2, 0],
  ])("%p to %p places is %p", (value, places, expected) => {
    expect(roundForDisplay(value, places)).toBe(expected);
  });
  it("never gives -0", () => {
    expect(Object.is(roundForDisplay(-0.001, 2), 0)).toBe(true);
  });
});

describe("formatNumber", () => {
  it("shows the official total as 28.83, in Thai digits when asked", () => {
    expect(formatNumber(28.825)).toBe("28.83");
    expect(formatNumber(28.825, { thaiDigits: true })).toBe("๒๘.๘๓");
  });
  it("pads decimals and groups thousands", () => {
    expect(formatNumber(3)).toBe("3.00");
    expect(formatNumber(1397139.5, { grouping: true })).toBe("1,397,139.50");
    expect(formatNumber(12.5, { decimals: 0 })).toBe("13");
  });
});

describe("Thai digits", () => {
  it("converts both ways and leaves other characters alone", () => {
    expect(toThaiDigits("ข้อ 3.7 (2566)")).toBe("ข้อ ๓.๗ (๒๕๖๖)");
    // Excel's error values are names: a result cell showing #DIV/0! is listed as Excel shows it.
    expect(toThaiDigits("#DIV/0!")).toBe("#DIV/0!");
    expect(numerals(true).plain("#DIV/0!")).toBe("#DIV/0!");
    expect(fromThaiDigits("๑,๓๙๗,๑๓๙.๕๐")).toBe("1,397,139.50");
  });
});

describe("numerals (numbers as the pane and the report write them)", () => {
  it("writes decimals as Excel shows them and counts as they are, in the digits asked for", () => {
    const thai = numerals(true);
    const arabic = numerals(false);
    expect([thai.thaiDigits, arabic.thaiDigits]).toEqual([true, false]);
    expect(thai.decimal(28.825)).toBe("๒๘.๘๓");
    expect(arabic.decimal(28.825)).toBe("28.83");
    expect(arabic.decimal(2.625, 1)).toBe("2.6");
    expect(thai.plain(14)).toBe("๑๔");
    expect(thai.plain("3.7")).toBe("๓.๗");
    expect(arabic.plain(14)).toBe("14");
  });
});

describe("displayWidth", () => {
  it("counts Thai letters but not the vowels and tone marks that sit on them", () => {
    expect(displayWidth("มิติ")).toBe(2); // ม ต; ิ ิ combine
    expect(displayWidth("น้ำหนัก")).toBe(5); // น ำ ห น ก; ้ ั combine
    expect(displayWidth("KPI 3.7")).toBe(7);
    expect(displayWidth("")).toBe(0);
  });
});

describe("listedValue (a value in a list of changes)", () => {
  it.each([
    [null, false, "(blank)"],
    ["", true, "(ว่าง)"],
    [3, false, "3"],
    [3, true, "๓"],
    [2.625, false, "2.63"],
    [28.825, true, "๒๘.๘๓"],
    [0.1 + 0.2, false, "0.30"],
    ["๓.๐๐", false, "๓.๐๐"],
    ["ทราบผล เดือน ก.ย. ๖๖", true, "ทราบผล เดือน ก.ย. ๖๖"],
    [true, false, "true"],
  ])("%p (Thai digits %p) → %p", (value, thai, shown) => {
    expect(listedValue(value, numerals(thai), thai ? "(ว่าง)" : "(blank)")).toBe(shown);
  });
});
