import { BOM, csvField, layoutCsv, parseCsv } from "./csv";
import { num, type SheetLayout, textRow } from "../scorecard";

describe("csv", () => {
  it("quotes only what RFC 4180 requires and doubles quotes", () => {
    expect(csvField("ร้อยละ ๘๐")).toBe("ร้อยละ ๘๐");
    expect(csvField('a "b", c')).toBe('"a ""b"", c"');
    expect(csvField("two\nlines")).toBe('"two\nlines"');
    expect(csvField(null)).toBe("");
  });

  it("writes numbers as Excel shows them, in Arabic digits", () => {
    expect(csvField(num(28.825))).toBe("28.83");
    expect(csvField(num(15, 0))).toBe("15");
    expect(csvField(num(2.625))).toBe("2.63");
  });

  it("starts with a BOM, ends lines with CRLF, pads rows to one width, and reads back", () => {
    const layout: SheetLayout = {
      sheetName: "x",
      widths: [5, 5, 5],
      thaiDigits: true,
      rows: [textRow("title", "สรุปผล, \"HR\" Scorecard", 3), { style: "item", cells: ["๑.๑", num(3), "กกจ. กลุ่มวินัยฯ"] }, { style: "item", cells: ["a\r\nb"] }],
    };
    const text = layoutCsv(layout);
    expect(text.startsWith(BOM)).toBe(true);
    expect(text.endsWith("\r\n")).toBe(true);
    expect(parseCsv(text.slice(1))).toEqual([
      ['สรุปผล, "HR" Scorecard', "", ""],
      ["๑.๑", "3", "กกจ. กลุ่มวินัยฯ"],
      ["a\r\nb", "", ""],
    ]);
  });
});
