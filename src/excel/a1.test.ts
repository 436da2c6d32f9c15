import { parseAreasAddress, parseRangeAddress } from "./a1";

describe("parseRangeAddress", () => {
  it("reads sheet-qualified, absolute and single-cell addresses", () => {
    expect(parseRangeAddress("'HR Scorecard'!A3:A4")).toEqual({ top: 2, left: 0, bottom: 3, right: 0 });
    expect(parseRangeAddress("Sheet1!$B$2:$D$9")).toEqual({ top: 1, left: 1, bottom: 8, right: 3 });
    expect(parseRangeAddress("AA10")).toEqual({ top: 9, left: 26, bottom: 9, right: 26 });
    expect(parseRangeAddress("not an address")).toBeNull();
  });
});

describe("parseAreasAddress", () => {
  it("splits a RangeAreas address into areas", () => {
    expect(parseAreasAddress("Sheet1!A1:B4, Sheet1!D1:D4")).toEqual([
      { top: 0, left: 0, bottom: 3, right: 1 },
      { top: 0, left: 3, bottom: 3, right: 3 },
    ]);
  });
  it("keeps commas and quotes inside a quoted sheet name", () => {
    expect(parseAreasAddress("'แผน, Q1''66'!A5:A7, 'แผน, Q1''66'!K8:K11")).toEqual([
      { top: 4, left: 0, bottom: 6, right: 0 },
      { top: 7, left: 10, bottom: 10, right: 10 },
    ]);
  });
  it("reads unqualified lists too", () => {
    expect(parseAreasAddress("A1:B2,C3")).toEqual([
      { top: 0, left: 0, bottom: 1, right: 1 },
      { top: 2, left: 2, bottom: 2, right: 2 },
    ]);
  });
});
