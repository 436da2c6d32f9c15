import { engineText, langFromLocale, STRINGS } from ".";

describe("the pane's language", () => {
  test("Thai for a Thai Office, English for any other", () => {
    expect(langFromLocale("th-TH")).toBe("th");
    expect(langFromLocale("en-GB")).toBe("en");
    expect(langFromLocale(undefined)).toBe("en");
  });

  test("an engine message in the pane's language", () => {
    const flag = { message: "ไม่มีค่าเป้าหมาย", messageEn: "No target" };
    expect(engineText("th", flag)).toBe("ไม่มีค่าเป้าหมาย");
    expect(engineText("en", flag)).toBe("No target");
  });

  test("one table per language, the same keys in both", () => {
    const keys = (o: object): string[] => Object.entries(o).flatMap(([k, v]) => (v && typeof v === "object" ? keys(v).map((s) => `${k}.${s}`) : [k]));
    expect(keys(STRINGS.en).sort()).toEqual(keys(STRINGS.th).sort());
  });
});
