// Excel.Range: loads of values, formulas, formats and geometry; sets of values, formulas and formats in Excel's
// own way; merged areas within Excel's documented limits; clear, select, intersections and used ranges.
import type { CellRange } from "../../scorecard";
import type { Batch } from "./batch";
import { enter } from "./cellEntry";
import { Loaded } from "./loaded";
import { MockFill } from "./mockFill";
import { MockRangeAreas } from "./mockRangeAreas";
import { bytesOf } from "./payloadMeter";
import { contains, grid, joinTouching, LAST_COLUMN, meets, rectAddress } from "./rangeGeometry";
import { recorder } from "./recorder";
import type { SheetState, Where } from "./sheetState";
import type { MockValue } from "./types";

const RANGE_PROPS = ["address", "values", "numberFormat", "formulas", "rowIndex", "columnIndex", "rowCount", "columnCount"] as const;
type RangeProp = (typeof RANGE_PROPS)[number];


export class MockRange {
  private readonly loaded = new Map<RangeProp, Loaded<unknown>>();
  /** format.fill is modelled (undo reads it); every other format set is recorded in the sheet's `formats`. */
  readonly format: { fill: MockFill } & Record<string, unknown>;
  constructor(
    private readonly ctx: Batch,
    private readonly where: Where,
    /** For a *OrNullObject range: whether it was null, known once where() ran at sync. */
    private readonly nullAtSync?: () => boolean | undefined,
  ) {
    for (const p of RANGE_PROPS) this.loaded.set(p, new Loaded(`range.${p}`));
    const fill = new MockFill(ctx, where);
    const rest = recorder(ctx, "", (path, value) => {
      const { sheet, rect } = where();
      sheet.formats.push({ range: rect, path, value });
    }) as Record<string, unknown>;
    this.format = new Proxy({ fill } as { fill: MockFill } & Record<string, unknown>, {
      get: (target, prop) => (prop === "fill" ? target.fill : rest[prop as string]),
      set: (_target, prop, value) => ((rest[prop as string] = value), true),
    });
  }

  private get null(): boolean {
    return this.nullAtSync?.() === true;
  }
  get isNullObject(): boolean {
    if (!this.nullAtSync) return false;
    const n = this.nullAtSync();
    if (n === undefined) throw new Error("isNullObject: context.sync() was not called");
    return n;
  }

  /** The cells this range shares with `other` (ExcelApi 1.4); a null object when they share none. */
  getIntersectionOrNullObject(other: MockRange): MockRange {
    let isNull: boolean | undefined;
    const range = new MockRange(
      this.ctx,
      () => {
        const a = this.where();
        const b = other.where();
        const rect = { top: Math.max(a.rect.top, b.rect.top), left: Math.max(a.rect.left, b.rect.left), bottom: Math.min(a.rect.bottom, b.rect.bottom), right: Math.min(a.rect.right, b.rect.right) };
        isNull = rect.top > rect.bottom || rect.left > rect.right;
        return { sheet: a.sheet, rect: isNull ? a.rect : rect };
      },
      () => isNull,
    );
    this.ctx.enqueue(() => range.addressAtSync()); // known to be null or not after the next sync, loaded or not
    return range;
  }

  /** At sync time: the sheet-qualified address, the rectangle. */
  addressAtSync(): string {
    const { sheet, rect } = this.where();
    return rectAddress(sheet.name, rect);
  }
  rectAtSync(): CellRange {
    return this.where().rect;
  }

  unmerge(): void {
    this.ctx.enqueue(() => {
      const { sheet, rect } = this.where();
      sheet.assertWritable();
      sheet.merges = sheet.merges.filter((m) => !meets(m, rect));
      this.ctx.book.log.sets.push(`${rectAddress(sheet.name, rect)} unmerge`);
    });
  }

  /** Range.clear: "Contents" empties values and formulas, "Formats" every format, "All" (the default) both. */
  clear(applyTo: "All" | "Contents" | "Formats" = "All"): void {
    this.ctx.enqueue(() => {
      const { sheet, rect } = this.where();
      sheet.assertWritable();
      const inside = (r: CellRange) => r.top >= rect.top && r.bottom <= rect.bottom && r.left >= rect.left && r.right <= rect.right;
      for (const [key, cell] of [...sheet.cells]) {
        const [row, col] = key.split(":").map(Number);
        if (!inside({ top: row, left: col, bottom: row, right: col })) continue;
        const next = { ...cell };
        if (applyTo !== "Formats") Object.assign(next, { value: "", formula: null });
        if (applyTo !== "Contents") Object.assign(next, { numberFormat: "General", fill: null });
        if (next.value === "" && next.formula === null && next.numberFormat === "General" && next.fill === null) sheet.cells.delete(key);
        else sheet.cells.set(key, next);
      }
      if (applyTo !== "Contents") sheet.formats.splice(0, sheet.formats.length, ...sheet.formats.filter((f) => !inside(f.range)));
      this.ctx.book.log.sets.push(`${rectAddress(sheet.name, rect)} clear ${applyTo}`);
    });
  }

  /** Range.conditionalFormats: only clearAll is modelled (the mock keeps no conditional formats). */
  get conditionalFormats(): { clearAll: () => void } {
    return {
      clearAll: () => this.ctx.enqueue(() => this.ctx.book.log.sets.push(`${this.addressAtSync()} conditionalFormats.clearAll`)),
    };
  }

  merge(across?: boolean): void {
    if (across) throw new Error("mock: merge(across=true) not modelled");
    this.ctx.enqueue(() => {
      const { sheet, rect } = this.where();
      sheet.merges.push({ ...rect });
      this.ctx.book.log.sets.push(`${rectAddress(sheet.name, rect)} merge`);
    });
  }

  load(what: string | string[]): this {
    const names = (Array.isArray(what) ? what : what.split(",")).map((s) => s.trim()).filter(Boolean);
    for (const name of names) {
      if (name === "format/fill/color") {
        this.format.fill.load("color");
        continue;
      }
      const slot = this.loaded.get(name as RangeProp);
      if (!slot) throw new Error(`mock: unsupported range load ${name}`);
      slot.queue();
      this.ctx.enqueue(() => {
        const { sheet, rect } = this.where();
        const cells = (rect.bottom - rect.top + 1) * (rect.right - rect.left + 1);
        if (["values", "formulas", "numberFormat"].includes(name) && cells > this.ctx.book.maxCellsPerRead) {
          throw Object.assign(new Error(`mock: ${name} of ${cells} cells, more than ${this.ctx.book.maxCellsPerRead}`), { code: "ResponsePayloadSizeLimitExceeded" });
        }
        const value = this.null ? null : this.read(sheet, rect, name as RangeProp);
        slot.resolve(value);
        this.ctx.respond(value);
      });
    }
    return this;
  }

  private read(sheet: SheetState, rect: CellRange, p: RangeProp): unknown {
    switch (p) {
      case "address":
        return rectAddress(sheet.name, rect);
      case "values":
        return grid(rect, (r, c) => sheet.get(r, c).value);
      case "formulas":
        return grid(rect, (r, c) => sheet.get(r, c).formula ?? sheet.get(r, c).value);
      case "numberFormat":
        return grid(rect, (r, c) => sheet.get(r, c).numberFormat);
      case "rowIndex":
        return rect.top;
      case "columnIndex":
        return rect.left;
      case "rowCount":
        return rect.bottom - rect.top + 1;
      case "columnCount":
        return rect.right - rect.left + 1;
    }
  }

  get address(): string {
    return this.loaded.get("address")!.get() as string;
  }
  get rowIndex(): number {
    return this.loaded.get("rowIndex")!.get() as number;
  }
  get columnIndex(): number {
    return this.loaded.get("columnIndex")!.get() as number;
  }
  get values(): MockValue[][] {
    return this.loaded.get("values")!.get() as MockValue[][];
  }
  get formulas(): MockValue[][] {
    return this.loaded.get("formulas")!.get() as MockValue[][];
  }
  get numberFormat(): string[][] {
    return this.loaded.get("numberFormat")!.get() as string[][];
  }
  get rowCount(): number {
    return this.loaded.get("rowCount")!.get() as number;
  }
  get columnCount(): number {
    return this.loaded.get("columnCount")!.get() as number;
  }

  /** The rows of this range, every column ("4:11" for B4:E11). */
  getEntireRow(): MockRange {
    return new MockRange(this.ctx, () => {
      const { sheet, rect } = this.where();
      return { sheet, rect: { top: rect.top, bottom: rect.bottom, left: 0, right: LAST_COLUMN } };
    });
  }

  private queueSet(what: string, data: unknown[][], apply: (sheet: SheetState, row: number, col: number, v: unknown) => void): void {
    this.ctx.enqueue(
      () => {
        const { sheet, rect } = this.where();
        const rows = rect.bottom - rect.top + 1;
        const cols = rect.right - rect.left + 1;
        if (data.length !== rows || data.some((row) => row.length !== cols)) {
          throw new Error(`mock: ${what} is ${data.length}x${data[0]?.length} for a ${rows}x${cols} range`);
        }
        sheet.assertWritable();
        // Stricter than Excel is known to be: what a write into part of a merged area does is not documented,
        // so it is refused. A range of the whole area, or of its top-left cell alone, is taken as a write: not
        // documented either, the likeliest reading, and checked in real Excel by the field-test kit (docs/).
        const cut = sheet.merges.find((m) => meets(m, rect) && !contains(rect, m) && !(rect.top === m.top && rect.left === m.left && rect.bottom === m.top && rect.right === m.left));
        if (cut) {
          throw Object.assign(new Error(`mock: ${what} of ${rectAddress(sheet.name, rect)} covers part of the merged area ${rectAddress(sheet.name, cut)}`), { code: "InvalidOperation" });
        }
        this.ctx.book.log.sets.push(`${rectAddress(sheet.name, rect)} ${what}`);
        data.forEach((row, r) =>
          row.forEach((v, c) => {
            if (v !== null) apply(sheet, rect.top + r, rect.left + c, v); // null in a 2D array: leave the cell
          }),
        );
      },
      bytesOf(data) + 100,
    );
  }

  set values(data: unknown[][]) {
    this.queueSet("values", data, (sheet, row, col, v) => enter(sheet, row, col, v));
  }
  set formulas(data: unknown[][]) {
    this.queueSet("formulas", data, (sheet, row, col, v) => enter(sheet, row, col, v));
  }
  set numberFormat(data: unknown[][]) {
    this.queueSet("numberFormat", data, (sheet, row, col, v) => sheet.put(row, col, { numberFormat: v === "" ? "General" : String(v) }));
  }

  getCellProperties(options: { format?: { fill?: { color?: boolean; pattern?: boolean } } }): { readonly value: unknown[][] } {
    const result = new Loaded<unknown[][]>("getCellProperties().value");
    result.queue();
    this.ctx.enqueue(() => {
      const { sheet, rect } = this.where();
      const value = grid(rect, (r, c) => {
        const fill = sheet.get(r, c).fill;
        // "No fill" comes back as colour #FFFFFF with pattern null (office-js#4900, #6218), not as "None".
        const f: Record<string, string | null> = {};
        if (options.format?.fill?.color) f.color = fill ?? "#FFFFFF";
        if (options.format?.fill?.pattern) f.pattern = fill ? "Solid" : null;
        return { format: { fill: f } };
      });
      result.resolve(value);
      this.ctx.respond(value);
    });
    return {
      get value() {
        return result.get();
      },
    };
  }

  /** The merged areas in this range, in the book's `mergedAreasShape`; fails above `maxMergedAreas`. */
  getMergedAreasOrNullObject(): MockRangeAreas {
    const areas = new MockRangeAreas();
    this.ctx.enqueue(() => {
      const { sheet, rect } = this.where();
      const meeting = sheet.merges.filter((m) => meets(m, rect));
      if (meeting.length > this.ctx.book.maxMergedAreas) {
        throw Object.assign(new Error(`mock: ${meeting.length} merged areas in the range, more than ${this.ctx.book.maxMergedAreas}`), { code: "GeneralException" });
      }
      const shape = this.ctx.book.mergedAreasShape;
      const returned =
        shape === "top-left"
          ? meeting.filter((m) => m.top >= rect.top && m.left >= rect.left)
          : shape === "intersecting"
            ? meeting
            : meeting.map((m) => ({ top: Math.max(m.top, rect.top), left: Math.max(m.left, rect.left), bottom: Math.min(m.bottom, rect.bottom), right: Math.min(m.right, rect.right) }));
      const address = this.ctx.book.mergedAreasAddress;
      this.ctx.respond(returned.map((a) => rectAddress(sheet.name, a)).join(", "));
      areas.resolve(sheet.name, address === "anchor-only" ? returned.map((m) => ({ top: m.top, left: m.left, bottom: m.top, right: m.left })) : address === "joined" ? joinTouching(returned) : returned);
    });
    return areas;
  }

  select(): void {
    this.ctx.enqueue(() => {
      const { sheet, rect } = this.where();
      this.ctx.book.selection = { sheet: sheet.name, address: rectAddress(sheet.name, rect).split("!")[1] };
    });
  }
}
