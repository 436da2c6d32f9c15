import { rectangles } from "./blocks";
import { fit, jsonBytes, pack } from "./payload";

describe("payload", () => {
  it("counts Thai text as UTF-8", () => {
    expect(jsonBytes("ก")).toBe(5); // quotes + 3 bytes
  });
  it("packs parts in order into the fewest batches within the budget", () => {
    const parts = [40, 30, 30, 50, 20, 70].map((bytes) => ({ bytes }));
    expect(pack(parts, 100).map((b) => b.map((p) => p.bytes))).toEqual([[40, 30, 30], [50, 20], [70]]);
    expect(pack([], 100)).toEqual([[]]);
  });
  it("splits a block too large for one request into bands that fit", () => {
    const [block] = rectangles(Array.from({ length: 100 }, (_, row) => ({ row, col: 0 })));
    const bytesOf = (b: typeof block) => 50 + b.cells.length * 10;
    const parts = fit(block, bytesOf, 300);
    expect(parts.every((p) => p.bytes <= 300)).toBe(true);
    expect(parts.reduce((n, p) => n + p.block.cells.length, 0)).toBe(100);
    expect(fit(block, bytesOf, 5000)).toHaveLength(1);
  });
});
