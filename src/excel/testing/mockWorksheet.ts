// Excel.Worksheet: its ranges, charts, page breaks, freeze panes, page layout, protection and name.
import { parseRangeAddress } from "../a1";
import type { Batch } from "./batch";
import { Loaded } from "./loaded";
import { MockCharts } from "./mockCharts";
import { MockRange } from "./mockRange";
import { LAST_COLUMN, LAST_ROW } from "./rangeGeometry";
import { recorder } from "./recorder";
import type { SheetState } from "./sheetState";

export class MockWorksheet {
  private readonly loadedName = new Loaded<string>("worksheet.name");
  private nullObject: boolean | undefined;
  readonly charts: MockCharts;
  readonly horizontalPageBreaks: { add: (range: MockRange) => void; removePageBreaks: () => void };
  readonly freezePanes: { freezeRows: (count: number) => void; unfreeze: () => void };
  readonly pageLayout: unknown;
  /** Worksheet.protection: only `protected` is modelled; load returns the object, as every Office.js load does. */
  readonly protection: { load: (what: string) => MockWorksheet["protection"]; readonly protected: boolean };
  constructor(
    private readonly ctx: Batch,
    private readonly nameAtSync: () => string,
  ) {
    const isProtected = new Loaded<boolean>("worksheet.protection.protected");
    this.protection = {
      load: (what) => {
        if (what !== "protected") throw new Error(`mock: unsupported protection load ${what}`);
        isProtected.queue();
        ctx.enqueue(() => isProtected.resolve(this.state().isProtected));
        return this.protection;
      },
      get protected() {
        return isProtected.get();
      },
    };
    this.charts = new MockCharts(ctx, () => this.state());
    this.horizontalPageBreaks = {
      add: (range) => ctx.enqueue(() => this.state().pageBreaks.push(range.rectAtSync().top)),
      removePageBreaks: () =>
        ctx.enqueue(() => {
          this.state().pageBreaks.length = 0;
          ctx.book.log.sets.push(`horizontalPageBreaks.removePageBreaks ${this.nameAtSync()}`);
        }),
    };
    this.freezePanes = {
      freezeRows: (count) => ctx.enqueue(() => (this.state().props["freezePanes.freezeRows()"] = [count])),
      unfreeze: () => ctx.enqueue(() => delete this.state().props["freezePanes.freezeRows()"]),
    };
    this.pageLayout = recorder(ctx, "pageLayout", (path, value) => (this.state().props[path] = value));
  }
  /** getItemOrNullObject: known after the sync that looked. */
  resolveNull(isNull: boolean): void {
    this.nullObject = isNull;
  }
  get isNullObject(): boolean {
    if (this.nullObject === undefined) throw new Error("isNullObject: context.sync() was not called");
    return this.nullObject;
  }
  set showGridlines(value: boolean) {
    this.ctx.enqueue(() => (this.state().props.showGridlines = value));
  }
  private state(): SheetState {
    return this.ctx.book.sheet(this.nameAtSync());
  }
  load(what: string): this {
    if (what === "name") {
      this.loadedName.queue();
      this.ctx.enqueue(() => this.loadedName.resolve(this.state().name));
    } else {
      throw new Error(`mock: unsupported load ${what}`);
    }
    return this;
  }
  get name(): string {
    return this.loadedName.get();
  }
  activate(): void {
    this.ctx.enqueue(() => {
      this.ctx.book.activeSheet = this.state().name;
    });
  }
  /** valuesOnly (ExcelApi 1.2): "considers only cells with values as used cells (ignoring formatting)". */
  getUsedRange(valuesOnly = false): MockRange {
    return new MockRange(this.ctx, () => {
      const s = this.state();
      return { sheet: s, rect: s.usedRect(valuesOnly) ?? { top: 0, left: 0, bottom: 0, right: 0 } };
    });
  }
  getRangeByIndexes(row: number, col: number, rows: number, cols: number): MockRange {
    if (rows < 1 || cols < 1) throw new Error("mock: empty range");
    if (row < 0 || col < 0 || row + rows - 1 > LAST_ROW || col + cols - 1 > LAST_COLUMN) throw new Error("mock: range outside the grid");
    return new MockRange(this.ctx, () => ({ sheet: this.state(), rect: { top: row, left: col, bottom: row + rows - 1, right: col + cols - 1 } }));
  }
  /** The cells at `address`; without one, the whole sheet. */
  getRange(address?: string): MockRange {
    if (address === undefined) {
      return new MockRange(this.ctx, () => ({ sheet: this.state(), rect: { top: 0, left: 0, bottom: LAST_ROW, right: LAST_COLUMN } }));
    }
    const rect = parseRangeAddress(address);
    if (!rect) throw new Error(`mock: bad address ${address}`);
    return new MockRange(this.ctx, () => ({ sheet: this.state(), rect }));
  }
}
