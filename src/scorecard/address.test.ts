import { columnName, parseAddress, toAddress } from "./address";

describe("A1 addresses", () => {
  it.each([
    [0, "A"], [25, "Z"], [26, "AA"], [51, "AZ"], [52, "BA"], [701, "ZZ"], [702, "AAA"], [16383, "XFD"],
  ])("column %p is %p", (col, name) => {
    expect(columnName(col)).toBe(name);
    expect(parseAddress(`${name}1`)).toEqual({ row: 0, col });
  });
  it("round-trips rows and columns", () => {
    expect(toAddress(26, 14)).toBe("O27");
    expect(parseAddress("$O$27")).toEqual({ row: 26, col: 14 });
  });
  it("rejects what is not a single cell", () => {
    expect(parseAddress("A1:B2")).toBeNull();
    expect(parseAddress("A0")).toBeNull();
    expect(parseAddress("1A")).toBeNull();
  });
});
