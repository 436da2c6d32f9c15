import { StyleBook } from "./styles";

const XML =
  `<styleSheet xmlns="m"><numFmts count="1"><numFmt numFmtId="170" formatCode="0.0"/></numFmts><fonts count="1"><font/></fonts>` +
  `<fills count="2"><fill><patternFill patternType="none"/></fill><fill><patternFill patternType="gray125"/></fill></fills>` +
  `<cellXfs count="2"><xf numFmtId="0" fontId="0" fillId="0" borderId="0"/><xf numFmtId="0" fontId="0" fillId="0" borderId="1" applyBorder="1"><alignment horizontal="center"/></xf></cellXfs></styleSheet>`;

describe("StyleBook", () => {
  it("clones a cell's xf with a new format and fill, keeping border and alignment", () => {
    const book = new StyleBook(XML);
    const s = book.withSolidFill(book.withNumberFormat(1, "[$-D00041E]0.00"), "#ffeb9c");
    expect(book.numberFormat(s)).toBe("[$-D00041E]0.00");
    expect(book.fill(s)).toBe("#FFEB9C");
    const xml = book.toXml();
    expect(xml).toContain('<numFmts count="2"><numFmt numFmtId="170" formatCode="0.0"/><numFmt numFmtId="171" formatCode="[$-D00041E]0.00"/></numFmts>');
    expect(xml).toContain('<xf numFmtId="171" fontId="0" fillId="2" borderId="1" applyBorder="1" applyNumberFormat="1" applyFill="1"><alignment horizontal="center"/></xf>');
    expect(xml).toContain('<cellXfs count="4">');
    expect(xml).toContain('<fills count="3">');
  });

  it("reuses built-in ids, existing custom formats, and xfs or fills it already added", () => {
    const book = new StyleBook(XML);
    expect(book.numberFormat(book.withNumberFormat(0, "0.00"))).toBe("0.00");
    expect(book.toXml()).toContain('numFmtId="2"');
    const a = book.withNumberFormat(0, "0.0");
    expect(book.toXml()).not.toContain('numFmtId="171"');
    expect(book.withNumberFormat(0, "0.0")).toBe(a);
    const red1 = book.withSolidFill(0, "#FF0000");
    expect(book.withSolidFill(0, "#ff0000")).toBe(red1);
    expect(book.withSolidFill(red1, "#FF0000")).toBe(red1);
    expect(book.withFillOf(red1, 0)).toBe(0); // taking the fill back lands on the original xf
  });

  it("leaves the text untouched when nothing was added", () => {
    const book = new StyleBook(XML);
    book.numberFormat(1);
    expect(book.changed).toBe(false);
    expect(book.toXml()).toBe(XML);
  });
});
