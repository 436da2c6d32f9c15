import { detectCapabilities } from "./capabilities";

const g = globalThis as unknown as { Office?: unknown };
afterEach(() => delete g.Office);

function officeWith(sets: Record<string, number>) {
  return {
    context: {
      requirements: {
        isSetSupported: (name: string, version: string) => name in sets && sets[name] >= Number(version.split(".")[1]),
      },
    },
  };
}

describe("detectCapabilities", () => {
  it("offers nothing optional outside Office", () => {
    expect(detectCapabilities()).toEqual({ mergedAreas: false, cellProperties: false, mergeUndoGroup: false, pageLayout: false, sharedRuntime: false });
  });
  it("maps requirement sets to features", () => {
    g.Office = officeWith({ ExcelApi: 9 });
    expect(detectCapabilities()).toEqual({ mergedAreas: false, cellProperties: true, mergeUndoGroup: false, pageLayout: true, sharedRuntime: false });
    g.Office = officeWith({ ExcelApi: 20, SharedRuntime: 1 });
    expect(detectCapabilities()).toEqual({ mergedAreas: true, cellProperties: true, mergeUndoGroup: true, pageLayout: true, sharedRuntime: true });
  });
});
