// The workbook behind the mock: its sheets, the limits Excel sets (payload, cells per read, merged areas), the
// ways real Excel may answer where the reference is silent, and the log. Every proxy reads and changes it at sync.
import { SheetState } from "./sheetState";
import type { MockLog, MockSheetInit, MockCell } from "./types";

export class WorkbookState {
  protected readonly sheets = new Map<string, SheetState>();
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
   * say. "top-left" (default): whole areas whose top-left cell lies in the range (as reported in office-js#3611, still open);
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
}
