import { translateFormula } from "./sharedFormula";

describe("translateFormula", () => {
  it("moves relative references by the offset and keeps anchored ones", () => {
    expect(translateFormula("SUM(M5:N5)", 2, 0)).toBe("SUM(M7:N7)");
    expect(translateFormula("$A1+A$1+$A$1+B2", 1, 1)).toBe("$A2+B$1+$A$1+C3");
  });

  it("leaves strings, sheet names, functions and structured references alone", () => {
    expect(translateFormula(`IF(A1="B2",'Q1 2566'!C3,LOG10(D4))`, 1, 0)).toBe(`IF(A2="B2",'Q1 2566'!C4,LOG10(D5))`);
    expect(translateFormula("SUM(Table1[[#This Row],[A1]])+Sheet2!A1", 3, 0)).toBe("SUM(Table1[[#This Row],[A1]])+Sheet2!A4");
    expect(translateFormula("_xlfn.XLOOKUP(A1,B:B,C:C)*12", 1, 1)).toBe("_xlfn.XLOOKUP(B2,C:C,D:D)*12");
  });

  it("moves whole-row ranges and reports references pushed off the sheet as #REF!", () => {
    expect(translateFormula("SUM(1:3)", 2, 0)).toBe("SUM(3:5)");
    expect(translateFormula("A1", -1, 0)).toBe("#REF!");
  });
});
