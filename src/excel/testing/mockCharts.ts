// Worksheet.charts: charts added and set (recorded for the test to read), loaded by name, deleted.
import type { Batch } from "./batch";
import { Loaded } from "./loaded";
import type { MockRange } from "./mockRange";
import { recorder } from "./recorder";
import type { SheetState } from "./sheetState";
import type { MockChart } from "./types";

/**
 * The Excel.ChartType values the add-in draws (the enum has many more; the mock is stricter than Excel and knows
 * only these) and every Excel.ChartSeriesBy value. Anything else fails the sync with InvalidArgument, as Excel
 * does for a value outside its enums.
 */
const CHART_TYPES = new Set(["BarClustered", "ColumnClustered"]);
const SERIES_BY = new Set(["Auto", "Columns", "Rows"]);

/** Worksheet.charts: add, and the loaded items with delete(); a chart's name is what `chart.name = …` set. */
export class MockCharts {
  private readonly loadedItems = new Loaded<{ name: string; delete: () => void }[]>("charts.items");
  constructor(
    private readonly ctx: Batch,
    private readonly state: () => SheetState,
  ) {}
  add(type: string, source: MockRange, seriesBy?: string): unknown {
    const chart: MockChart = { type, source: "", seriesBy, props: {} };
    this.ctx.enqueue(() => {
      if (!CHART_TYPES.has(type) || (seriesBy !== undefined && !SERIES_BY.has(seriesBy))) {
        throw Object.assign(new Error(`mock: charts.add(${type}, …, ${seriesBy})`), { code: "InvalidArgument" });
      }
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
