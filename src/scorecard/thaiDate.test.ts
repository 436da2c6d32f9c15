import { buddhistYear, isoDate, thaiDate } from "./thaiDate";

describe("thaiDate", () => {
  const day = new Date(2026, 10, 25, 9, 30); // local 25 Nov 2026

  it("writes day, Thai month and Buddhist year", () => {
    expect(thaiDate(day)).toBe("25 พฤศจิกายน 2569");
    expect(thaiDate(day, { thaiDigits: true })).toBe("๒๕ พฤศจิกายน ๒๕๖๙");
    expect(thaiDate(day, { shortMonth: true })).toBe("25 พ.ย. 2569");
  });

  it("covers every month and the year boundary", () => {
    expect(thaiDate(new Date(2023, 0, 1))).toBe("1 มกราคม 2566");
    expect(thaiDate(new Date(2022, 11, 31))).toBe("31 ธันวาคม 2565");
    expect(thaiDate(new Date(2024, 1, 29), { thaiDigits: true })).toBe("๒๙ กุมภาพันธ์ ๒๕๖๗");
  });

  it("converts years and gives the ISO day", () => {
    expect(buddhistYear(2023)).toBe(2566);
    expect(isoDate(day)).toBe("2026-11-25");
    expect(isoDate(new Date(2023, 0, 5))).toBe("2023-01-05");
  });
});
