// Test double for the part of the Excel object model the adapter uses, faithful to how Office.js batches:
// loads and sets are queued on proxy objects and carried out in queue order at context.sync(); a property
// read before it was loaded and synced throws. office-addin-mock's OfficeMockObject applies sets at once and
// answers loads from static data, so it cannot show whether a load was queued before a set in the same batch
// (which undo depends on); it provides the `Office` global instead (see officeGlobal below).
import { OfficeMockObject } from "office-addin-mock";
import { type CellRange, toAddress } from "../../scorecard";
import { parseRangeAddress } from "../a1";

export type MockValue = string | number | boolean;

export interface MockCell {
  value: MockValue; // "" for an empty cell, as Excel reports it
  formula: string | null;
  numberFormat: string;
  fill: string | null; // #RRGGBB or null for no fill
}

export interface MockSheetInit {
  name: string;
  cells?: { row: number; col: number; cell: Partial<MockCell> }[];
  merges?: CellRange[];
  /** Review › Protect Sheet, every cell locked: writes fail, as in Excel. */
  protected?: boolean;
}

const BLANK: MockCell = { value: "", formula: null, numberFormat: "General", fill: null };
const cellKey = (row: number, col: number) => `${row}:${col}`;
const encoder = new TextEncoder();
const bytesOf = (v: unknown) => encoder.encode(JSON.stringify(v) ?? "").length;

/** A chart the adapter added: its type, source and everything set on it ("title.text", "setPosition()"). */
export interface MockChart {
  type: string;
  source: string;
  seriesBy: string | undefined;
  props: Record<string, unknown>;
}

class SheetState {
  readonly cells = new Map<string, MockCell>();
  /** Every format set, in order: the range ("A1:E1"), the property path ("font.bold") and the value. */
  readonly formats: { range: CellRange; path: string; value: unknown }[] = [];
  /** Sheet-level sets and calls: "showGridlines", "pageLayout.orientation", "pageLayout.setPrintTitleRows()". */
  readonly props: Record<string, unknown> = {};
  readonly charts: MockChart[] = [];
  /** Rows (0-based) that start a printed page. */
  readonly pageBreaks: number[] = [];
  /** Value each formula gave, so that putting a formula back brings back its value (the mock does not calculate). */
  readonly formulaValues = new Map<string, MockValue>();
  constructor(
    public name: string,
    public merges: CellRange[],
    public isProtected = false,
  ) {}

  /** What Excel does with a write into a protected sheet whose cells are locked: fails the batch at that point. */
  assertWritable(): void {
    if (this.isProtected) throw Object.assign(new Error("The cell or chart you're trying to change is on a protected sheet."), { code: "AccessDenied" });
  }

  get(row: number, col: number): MockCell {
    return this.cells.get(cellKey(row, col)) ?? BLANK;
  }

  put(row: number, col: number, patch: Partial<MockCell>): void {
    const next = { ...this.get(row, col), ...patch };
    if (next.formula) this.formulaValues.set(`${row}:${col}:${next.formula}`, next.value);
    this.cells.set(cellKey(row, col), next);
  }

  /** Formatted or valued cells' bounding box, like getUsedRange(valuesOnly); null when the sheet is empty. */
  usedRect(valuesOnly = false): CellRange | null {
    let rect: CellRange | null = null;
    for (const [k, c] of this.cells) {
      if (c.value === "" && c.formula === null && (valuesOnly || (c.fill === null && c.numberFormat === "General"))) continue;
      const [row, col] = k.split(":").map(Number);
      rect = rect
        ? { top: Math.min(rect.top, row), left: Math.min(rect.left, col), bottom: Math.max(rect.bottom, row), right: Math.max(rect.right, col) }
        : { top: row, left: col, bottom: row, right: col };
    }
    for (const m of valuesOnly ? [] : this.merges) {
      if (!rect) rect = { ...m };
      else rect = { top: Math.min(rect.top, m.top), left: Math.min(rect.left, m.left), bottom: Math.max(rect.bottom, m.bottom), right: Math.max(rect.right, m.right) };
    }
    return rect;
  }
}

type Op = { run: () => void; bytes: number };

/** Everything a test may want to know about what the adapter asked of Excel. */
export interface MockLog {
  syncs: number;
  /** Estimated request bytes of each sync (values and formats sent, plus a little per operation). */
  syncBytes: number[];
  /** Response bytes of each sync: everything loaded, as JSON in UTF-8. */
  responseBytes: number[];
  runOptions: (Record<string, unknown> | undefined)[];
  /** Every property set, in order: "Sheet!A1:B2 values". */
  sets: string[];
}

export class MockWorkbook {
  private readonly sheets = new Map<string, SheetState>();
  activeSheet: string;
  selection: { sheet: string; address: string } | null = null;
  /**
   * getMergedAreasOrNullObject fails when more than this many merged areas meet the range (Excel: "if the
   * merged areas count in this range is more than 512 … this method will fail"). Counted the strictest way:
   * every area that meets the range, not only those it returns.
   */
  maxMergedAreas = 512;
  /**
   * What getMergedAreasOrNullObject returns for areas crossing the range's edge, which the reference does not
   * say. "top-left" (default): whole areas whose top-left cell lies in the range (office-js#3611, by design);
   * "intersecting": every area meeting the range, whole; "clipped": the part inside the range of every area
   * meeting it. The adapter must read the same merges whichever it is.
   */
  mergedAreasShape: "top-left" | "intersecting" | "clipped" = "top-left";
  /**
   * How the RangeAreas address spells those areas. "exact" (default): each area whole. "anchor-only": only
   * each area's top-left cell (office-js#1590: "only T4 is returned" for T4:U5). "joined": areas that touch
   * are joined into one rectangle, as a union of ranges may be. The adapter must not take either for merges.
   */
  mergedAreasAddress: "exact" | "anchor-only" | "joined" = "exact";
  log: MockLog = { syncs: 0, syncBytes: [], responseBytes: [], runOptions: [], sets: [] };
  /**
   * Excel on the web refuses a request or a response over 5 MB (RequestPayloadSizeLimitExceeded,
   * ResponsePayloadSizeLimitExceeded: "Resource limits and performance optimization for Office Add-ins");
   * null: no limit (Excel on Windows and Mac have none documented).
   */
  payloadLimit: number | null = 5 * 1024 * 1024;
  /** "Excel on the web: a range read is capped at 5,000,000 cells" (the same page): values, formulas, formats. */
  maxCellsPerRead = 5_000_000;
  /**
   * Makes one sync fail part-way, as a batch Excel stops does: its first `afterOps` operations are carried
   * out, then it fails with `code` (default "GeneralException"), and nothing of the batch is loaded. `at` is
   * the sync's number in the log (log.syncs once it is counted).
   */
  failSync: { at: number; afterOps: number; code?: string } | null = null;

  constructor(sheets: MockSheetInit[]) {
    for (const s of sheets) {
      const state = new SheetState(s.name, s.merges ?? [], s.protected ?? false);
      for (const c of s.cells ?? []) state.put(c.row, c.col, c.cell);
      this.sheets.set(s.name, state);
    }
    this.activeSheet = sheets[0]?.name ?? "";
  }

  sheet(name: string): SheetState {
    const s = this.sheets.get(name);
    if (!s) throw Object.assign(new Error(`The requested resource doesn't exist: ${name}`), { code: "ItemNotFound" });
    return s;
  }

  sheetNames(): string[] {
    return [...this.sheets.keys()];
  }

  addSheet(name: string): void {
    if ([...this.sheets.keys()].some((n) => n.toLowerCase() === name.toLowerCase())) {
      throw Object.assign(new Error("A resource with the same name or identifier already exists."), { code: "ItemAlreadyExists" });
    }
    this.sheets.set(name, new SheetState(name, []));
  }

  /** The last value a format set gave `path` on a range covering the cell (undefined: never set). */
  formatAt(sheet: string, row: number, col: number, path: string): unknown {
    const hit = this.sheet(sheet).formats.filter((f) => f.path === path && row >= f.range.top && row <= f.range.bottom && col >= f.range.left && col <= f.range.right);
    return hit.length ? hit[hit.length - 1].value : undefined;
  }

  cell(sheet: string, row: number, col: number): MockCell {
    return this.sheet(sheet).get(row, col);
  }

  /** Every non-blank cell, for before/after comparisons. */
  dump(sheet: string): Map<string, MockCell> {
    return new Map([...this.sheet(sheet).cells].map(([k, c]) => [k, { ...c }]));
  }

  resetLog(): void {
    this.log = { syncs: 0, syncBytes: [], responseBytes: [], runOptions: [], sets: [] };
  }

  /** The `Excel` global: Excel.run(batch) and Excel.run(options, batch). */
  excel(): { run: (...args: unknown[]) => Promise<unknown> } {
    return {
      run: async (...args: unknown[]) => {
        const batch = args[args.length - 1] as (context: MockContext) => Promise<unknown>;
        this.log.runOptions.push(args.length > 1 ? (args[0] as Record<string, unknown>) : undefined);
        return batch(new MockContext(this));
      },
    };
  }
}

/** A value that exists only after the sync that carries its load. */
class Loaded<T> {
  private value: T | undefined;
  private state: "none" | "queued" | "done" = "none";
  constructor(private readonly what: string) {}
  queue(): void {
    if (this.state === "none") this.state = "queued";
  }
  resolve(value: T): void {
    this.value = value;
    this.state = "done";
  }
  get isQueued(): boolean {
    return this.state !== "none";
  }
  get(): T {
    if (this.state === "none") throw new Error(`${this.what} was not loaded`);
    if (this.state === "queued") throw new Error(`${this.what}: context.sync() was not called`);
    return this.value as T;
  }
}

export class MockContext {
  private queue: Op[] = [];
  readonly workbook: { worksheets: MockWorksheets };
  constructor(readonly book: MockWorkbook) {
    this.workbook = { worksheets: new MockWorksheets(this) };
  }
  private response = 0;
  enqueue(run: () => void, bytes = 100): void {
    this.queue.push({ run, bytes });
  }
  /** A load's answer, counted in the response of the sync that carries it. */
  respond(value: unknown): void {
    this.response += bytesOf(value);
  }
  async sync(): Promise<void> {
    const ops = this.queue;
    this.queue = [];
    this.book.log.syncs++;
    const request = ops.reduce((n, op) => n + op.bytes, 0);
    this.book.log.syncBytes.push(request);
    const limit = this.book.payloadLimit;
    if (limit !== null && request > limit) {
      this.book.log.responseBytes.push(0);
      throw Object.assign(new Error(`mock: request of ${request} bytes`), { code: "RequestPayloadSizeLimitExceeded" });
    }
    this.response = 0;
    try {
      this.runOps(ops);
    } finally {
      this.book.log.responseBytes.push(this.response);
    }
    if (limit !== null && this.response > limit) {
      throw Object.assign(new Error(`mock: response of ${this.response} bytes`), { code: "ResponsePayloadSizeLimitExceeded" });
    }
  }
  private runOps(ops: Op[]): void {
    const fail = this.book.failSync;
    if (fail && fail.at === this.book.log.syncs) {
      ops.slice(0, fail.afterOps).forEach((op) => op.run());
      throw Object.assign(new Error("mock: the batch stopped part-way"), { code: fail.code ?? "GeneralException" });
    }
    for (const op of ops) op.run(); // in queue order: a load queued before a set sees the cell before it
  }
}

class MockWorksheets {
  private readonly names: Loaded<{ name: string }[]>;
  constructor(private readonly ctx: MockContext) {
    this.names = new Loaded("worksheets.items");
  }
  getItem(name: string): MockWorksheet {
    return new MockWorksheet(this.ctx, () => name);
  }
  getActiveWorksheet(): MockWorksheet {
    return new MockWorksheet(this.ctx, () => this.ctx.book.activeSheet);
  }
  getItemOrNullObject(name: string): MockWorksheet {
    const sheet = new MockWorksheet(this.ctx, () => name);
    this.ctx.enqueue(() => sheet.resolveNull(!this.ctx.book.sheetNames().some((n) => n.toLowerCase() === name.toLowerCase())));
    return sheet;
  }
  add(name: string): MockWorksheet {
    this.ctx.enqueue(() => {
      this.ctx.book.addSheet(name);
      this.ctx.book.log.sets.push(`worksheets.add ${name}`);
    });
    return new MockWorksheet(this.ctx, () => name);
  }
  load(what: string): this {
    if (what !== "items/name") throw new Error(`mock: unsupported load ${what}`);
    this.names.queue();
    this.ctx.enqueue(() => this.names.resolve(this.ctx.book.sheetNames().map((name) => ({ name }))));
    return this;
  }
  get items(): { name: string }[] {
    return this.names.get();
  }
}

class MockWorksheet {
  private readonly loadedName = new Loaded<string>("worksheet.name");
  private nullObject: boolean | undefined;
  readonly charts: MockCharts;
  readonly horizontalPageBreaks: { add: (range: MockRange) => void; removePageBreaks: () => void };
  readonly freezePanes: { freezeRows: (count: number) => void; unfreeze: () => void };
  readonly pageLayout: unknown;
  /** Worksheet.protection: only `protected` is modelled; load returns the object, as every Office.js load does. */
  readonly protection: { load: (what: string) => MockWorksheet["protection"]; readonly protected: boolean };
  constructor(
    private readonly ctx: MockContext,
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

type Where = () => { sheet: SheetState; rect: CellRange };

/** Worksheet.charts: add, and the loaded items with delete(); a chart's name is what `chart.name = …` set. */
class MockCharts {
  private readonly loadedItems = new Loaded<{ name: string; delete: () => void }[]>("charts.items");
  constructor(
    private readonly ctx: MockContext,
    private readonly state: () => SheetState,
  ) {}
  add(type: string, source: MockRange, seriesBy?: string): unknown {
    const chart: MockChart = { type, source: "", seriesBy, props: {} };
    this.ctx.enqueue(() => {
      chart.source = source.addressAtSync();
      this.state().charts.push(chart);
      this.ctx.book.log.sets.push(`charts.add ${type} ${chart.source}`);
    });
    return recorder(this.ctx, "", (path, value) => (chart.props[path] = value));
  }
  load(what: string): this {
    if (what !== "items/name") throw new Error(`mock: unsupported charts load ${what}`);
    this.loadedItems.queue();
    this.ctx.enqueue(() => {
      const sheet = this.state();
      this.loadedItems.resolve(
        sheet.charts.map((chart) => ({
          name: String(chart.props.name ?? ""),
          delete: () =>
            this.ctx.enqueue(() => {
              sheet.charts.splice(sheet.charts.indexOf(chart), 1);
              this.ctx.book.log.sets.push(`charts.delete ${String(chart.props.name ?? "")}`);
            }),
        })),
      );
    });
    return this;
  }
  get items(): { name: string; delete: () => void }[] {
    return this.loadedItems.get();
  }
}
/** Excel's grid: 1,048,576 rows by 16,384 columns (0-based last indexes). */
const LAST_ROW = 1_048_575;
const LAST_COLUMN = 16_383;
/** `outer` holds all of `inner`. */
const contains = (outer: CellRange, inner: CellRange) => inner.top >= outer.top && inner.bottom <= outer.bottom && inner.left >= outer.left && inner.right <= outer.right;
const meets = (a: CellRange, b: CellRange) => a.top <= b.bottom && a.bottom >= b.top && a.left <= b.right && a.right >= b.left;
const RANGE_PROPS = ["address", "values", "numberFormat", "formulas", "rowIndex", "columnIndex", "rowCount", "columnCount"] as const;
type RangeProp = (typeof RANGE_PROPS)[number];

function rectAddress(sheet: string, r: CellRange): string {
  const a = toAddress(r.top, r.left);
  const b = toAddress(r.bottom, r.right);
  const name = /^[A-Za-z0-9_]+$/.test(sheet) ? sheet : `'${sheet.replace(/'/g, "''")}'`;
  return `${name}!${a === b ? a : `${a}:${b}`}`;
}

function grid<T>(rect: CellRange, f: (row: number, col: number) => T): T[][] {
  const out: T[][] = [];
  for (let r = rect.top; r <= rect.bottom; r++) {
    const row: T[] = [];
    for (let c = rect.left; c <= rect.right; c++) row.push(f(r, c));
    out.push(row);
  }
  return out;
}

class MockRange {
  private readonly loaded = new Map<RangeProp, Loaded<unknown>>();
  /** format.fill is modelled (undo reads it); every other format set is recorded in the sheet's `formats`. */
  readonly format: { fill: MockFill } & Record<string, unknown>;
  constructor(
    private readonly ctx: MockContext,
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
        // so it is refused. A range of the whole area, or of its top-left cell alone (the cell Excel addresses
        // a merged area by: Range.getCell gives a null object for any other cell of one), is a write.
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

/** Text Excel reads as a number when it lands in a cell that is not formatted as text ("12", "-3.5", "1e3", "40%"). */
const NUMERIC_TEXT = /^\s*[-+]?(\d+(\.\d*)?|\.\d+)([eE][-+]?\d+)?%?\s*$/;

/**
 * A string set through `values` or `formulas`, as Excel takes it: in a cell formatted as text ("@") it stays
 * text; otherwise one starting with "=", "+" or "-" becomes a formula (Excel.Range.values: "If the returned
 * value starts with a plus ("+"), minus ("-"), or equal sign ("="), Excel interprets this value as a formula")
 * and numeric-looking text becomes a number, as typing it would. "" clears the cell.
 */
function enter(sheet: SheetState, row: number, col: number, v: unknown): void {
  const asText = sheet.get(row, col).numberFormat === "@";
  if (typeof v === "string" && v !== "" && !asText && /^[=+-]/.test(v)) {
    const formula = v.startsWith("=") ? v : `=${v}`;
    const remembered = sheet.formulaValues.get(`${row}:${col}:${formula}`);
    sheet.put(row, col, { formula, value: remembered ?? 0 });
  } else if (typeof v === "string" && !asText && NUMERIC_TEXT.test(v)) {
    const n = Number(v.trim().replace(/%$/, ""));
    sheet.put(row, col, { formula: null, value: v.trim().endsWith("%") ? n / 100 : n });
  } else {
    sheet.put(row, col, { formula: null, value: v as MockValue });
  }
}

/** Rectangles that touch along a whole edge, joined until none do. */
function joinTouching(areas: CellRange[]): CellRange[] {
  const out = areas.map((a) => ({ ...a }));
  for (let joined = true; joined; ) {
    joined = false;
    for (let i = 0; i < out.length && !joined; i++) {
      for (let j = 0; j < out.length && !joined; j++) {
        const a = out[i];
        const b = out[j];
        const below = a.left === b.left && a.right === b.right && a.bottom + 1 === b.top;
        const beside = a.top === b.top && a.bottom === b.bottom && a.right + 1 === b.left;
        if (i !== j && (below || beside)) {
          out[i] = { top: a.top, left: a.left, bottom: b.bottom, right: b.right };
          out.splice(j, 1);
          joined = true;
        }
      }
    }
  }
  return out;
}

class MockFill {
  private readonly loadedColor = new Loaded<string | null>("format.fill.color");
  constructor(
    private readonly ctx: MockContext,
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

/**
 * A stand-in for an Office.js object whose sets and calls the test only needs to see: a property set is
 * queued and, at sync, reported as ("font.bold", true); a call as ("setPosition()", [args]); reading a
 * property gives a nested recorder (format.borders.getItem("EdgeTop").style = … → "borders.EdgeTop.style").
 */
function recorder(ctx: MockContext, path: string, sink: (path: string, value: unknown) => void): unknown {
  const join = (name: string) => (path ? `${path}.${name}` : name);
  const call = (name: string) => (...args: unknown[]) => {
    if (name === "getItem") return recorder(ctx, join(String(args[0])), sink);
    ctx.enqueue(() => sink(`${join(name)}()`, args.map((a) => (a instanceof MockRange ? a.addressAtSync() : a))));
    return undefined;
  };
  return new Proxy(function () {} as unknown as Record<string, unknown>, {
    get: (_t, prop) => {
      if (typeof prop !== "string" || prop === "then") return undefined;
      if (/^(getItem|set[A-Z]\w*|add\w*|delete|clear)$/.test(prop)) return call(prop);
      return recorder(ctx, join(prop), sink);
    },
    set: (_t, prop, value) => {
      const copy = value !== null && typeof value === "object" ? JSON.parse(JSON.stringify(value)) : value;
      ctx.enqueue(() => sink(join(String(prop)), copy), bytesOf(copy) + 60);
      return true;
    },
  });
}

class MockRangeAreas {
  private readonly loadedAddress = new Loaded<string>("rangeAreas.address");
  private nullObject: boolean | undefined;
  load(what: string): this {
    if (what !== "address") throw new Error(`mock: unsupported RangeAreas load ${what}`);
    this.loadedAddress.queue();
    return this;
  }
  resolve(sheet: string, areas: CellRange[]): void {
    this.nullObject = areas.length === 0;
    if (this.loadedAddress.isQueued) this.loadedAddress.resolve(areas.map((a) => rectAddress(sheet, a)).join(", "));
  }
  get isNullObject(): boolean {
    if (this.nullObject === undefined) throw new Error("isNullObject: context.sync() was not called");
    return this.nullObject;
  }
  get address(): string {
    if (this.isNullObject) throw new Error("mock: a null object has no address");
    return this.loadedAddress.get();
  }
}

/**
 * The `Office` global, built with office-addin-mock: requirement sets, the workbook's add-in settings
 * (get/set/saveAsync/refreshAsync), Office.actions.associate and Office.onReady.
 *
 * Settings are modelled as Office documents them: `stored` is what the document holds; each runtime gets its
 * own in-memory copy when it starts ("automatically loaded as part of the Document object ... when the add-in
 * is activated"), get/set work on that copy, saveAsync writes it to the document and refreshAsync reads the
 * document again. Pass the same `stored` object to two officeGlobal() calls for two runtimes without a shared
 * runtime (the ribbon's and the pane's): one sees what the other saved only after refreshAsync.
 */
export async function officeGlobal(supportedSets: Record<string, string>, stored: Record<string, unknown> = {}) {
  const document = stored;
  const clone = (o: Record<string, unknown>) => JSON.parse(JSON.stringify(o)) as Record<string, unknown>;
  let memory = clone(document);
  const settings = document;
  const saved: Record<string, unknown>[] = [];
  const associated = new Map<string, (event: unknown) => unknown>();
  const atLeast = (have: string, want: string) => {
    const [a1, a2] = have.split(".").map(Number);
    const [b1, b2] = (want ?? "1.1").split(".").map(Number);
    return a1 > b1 || (a1 === b1 && a2 >= b2);
  };
  const office = new OfficeMockObject({
    AsyncResultStatus: { Succeeded: "succeeded", Failed: "failed" },
    context: {
      requirements: {
        isSetSupported: (name: string, version: string) => name in supportedSets && atLeast(supportedSets[name], version),
      },
      document: {
        settings: {
          get: (name: string) => (name in memory ? memory[name] : null),
          set: (name: string, value: unknown) => {
            memory[name] = value;
          },
          saveAsync: (callback?: (r: { status: string }) => void) => {
            for (const k of Object.keys(document)) delete document[k];
            Object.assign(document, clone(memory));
            saved.push(clone(document));
            callback?.({ status: "succeeded" });
          },
          refreshAsync: (callback?: (r: { status: string }) => void) => {
            memory = clone(document);
            callback?.({ status: "succeeded" });
          },
        },
      },
    },
    actions: {
      associate: (id: string, f: (event: unknown) => unknown) => {
        associated.set(id, f);
      },
    },
    addin: {
      showAsTaskpane: () => Promise.resolve(),
    },
    onReady: (callback?: (info: unknown) => void) => {
      const info = { host: "Excel", platform: "PC" };
      callback?.(info);
      return Promise.resolve(info);
    },
  });
  // Scalars of an OfficeMockObject are readable once loaded and synced, as in Office.js.
  office.AsyncResultStatus.load("Succeeded, Failed");
  await office.sync();
  await new Promise((resolve) => setImmediate(resolve));
  return { office, settings, saved, associated };
}
