// RangeFormat.fill: its colour loaded (one colour, or null when the cells differ), set and cleared.
import type { Batch } from "./batch";
import { Loaded } from "./loaded";
import { grid, rectAddress } from "./rangeGeometry";
import type { Where } from "./sheetState";

export class MockFill {
  private readonly loadedColor = new Loaded<string | null>("format.fill.color");
  constructor(
    private readonly ctx: Batch,
    private readonly where: Where,
  ) {}
  load(what: string): this {
    if (what !== "color") throw new Error(`mock: unsupported fill load ${what}`);
    this.loadedColor.queue();
    this.ctx.enqueue(() => {
      const { sheet, rect } = this.where();
      // One colour when all cells share it, null when they differ; no fill reads as white.
      const colors = new Set(grid(rect, (r, c) => sheet.get(r, c).fill ?? "#FFFFFF").flat());
      this.loadedColor.resolve(colors.size === 1 ? [...colors][0] : null);
    });
    return this;
  }
  get color(): string | null {
    return this.loadedColor.get();
  }
  set color(color: string | null) {
    this.ctx.enqueue(() => {
      const { sheet, rect } = this.where();
      sheet.assertWritable();
      this.ctx.book.log.sets.push(`${rectAddress(sheet.name, rect)} fill`);
      grid(rect, (r, c) => sheet.put(r, c, { fill: String(color).toUpperCase() }));
    }, 120);
  }
  clear(): void {
    this.ctx.enqueue(() => {
      const { sheet, rect } = this.where();
      sheet.assertWritable();
      this.ctx.book.log.sets.push(`${rectAddress(sheet.name, rect)} fill.clear`);
      grid(rect, (r, c) => sheet.put(r, c, { fill: null }));
    }, 80);
  }
}
