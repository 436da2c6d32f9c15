import { TERMS } from "./glossary";

describe("glossary", () => {
  it("gives every term a Thai and an English word, each used by no other term", () => {
    const entries = Object.values(TERMS);
    for (const t of entries) {
      expect(t.th.trim()).not.toBe("");
      expect(t.en.trim()).not.toBe("");
    }
    expect(new Set(entries.map((t) => t.th)).size).toBe(entries.length);
    expect(new Set(entries.map((t) => t.en.toLowerCase())).size).toBe(entries.length);
  });

  it("uses the words of Excel's Thai interface for sheet and cell", () => {
    expect(TERMS.sheet.th).toBe("แผ่นงาน");
    expect(TERMS.cell.th).toBe("เซลล์");
  });
});
