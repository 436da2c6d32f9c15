import { settingsFrom } from "./host";

describe("settingsFrom", () => {
  const settings = { method: "linear" as const, mapping: { headerRow: 2, columns: { kpi: 3 } } };
  it("reads the object itself, its JSON, and JSON of that JSON", () => {
    expect(settingsFrom(settings)).toEqual(settings);
    expect(settingsFrom(JSON.stringify(settings))).toEqual(settings);
    expect(settingsFrom(JSON.stringify(JSON.stringify(settings)))).toEqual(settings);
  });
  it.each([undefined, null, "", "{not json", "[1,2]", "42", 7, [settings]])("%p is no settings", (stored) => {
    expect(settingsFrom(stored)).toEqual({});
  });
});
