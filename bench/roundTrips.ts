// Round trips per recalculation through the Office.js adapter: ExcelHost over the mock workbook
// (src/excel/testing), `recalculate()` end to end, counting context.sync() calls.
//   node bench/.work/ts/bench/roundTrips.js [--current-only] FILE.xlsx…   → one JSON line per file and capability set
import { performance } from "perf_hooks";
import { NO_CAPABILITIES, type ExcelCapabilities } from "../src/excel/capabilities";
import { ExcelHost } from "../src/excel/excelHost";
import { MockWorkbook, officeGlobal } from "../src/excel/testing/mockWorkbook";
import { readFixtureSheet } from "../src/excel/testing/xlsxFixture";
import { recalculate } from "../src/scorecard";

/** Excel 2021 / Microsoft 365 today (ExcelApi 1.13–1.19: merged areas, cell properties) and the 1.7 floor. */
const CAPABILITIES: Record<string, ExcelCapabilities> = {
  current: { ...NO_CAPABILITIES, mergedAreas: true, cellProperties: true, sharedRuntime: true },
  floor: NO_CAPABILITIES,
};

const g = globalThis as unknown as { Excel: unknown; Office: unknown };

async function measure(file: string, caps: string) {
  const sheet = await readFixtureSheet(file);
  const book = new MockWorkbook([sheet]);
  g.Excel = book.excel();
  g.Office = (await officeGlobal({ ExcelApi: caps === "current" ? "1.19" : "1.7" })).office;
  const host = new ExcelHost({ capabilities: CAPABILITIES[caps] });
  // Syncs of the read and of the write, told apart by wrapping the two host calls recalculate makes.
  let readSyncs = 0;
  const readGrid = host.readGrid.bind(host);
  host.readGrid = async (name) => {
    const before = book.log.syncs;
    try {
      return await readGrid(name);
    } finally {
      readSyncs = book.log.syncs - before;
    }
  };
  // As the pane does before each recalculation: ask for the active sheet (its own sync, not counted), which
  // tells the host the sheet's size, so the read that follows brings merged areas and fills as it does there.
  await host.activeSheet();
  book.resetLog();
  const start = performance.now();
  const outcome = await recalculate(host, sheet.name, { confirm: async () => ({ proceed: true, overwriteFormulas: false }) });
  const ms = performance.now() - start;
  if (outcome.status !== "done") throw new Error(`${file}: recalculation ${outcome.status}`);
  const merges = sheet.merges?.length ?? 0;
  return {
    file,
    capabilities: caps,
    kpis: outcome.scorecard.kpis.length,
    merges,
    syncs: book.log.syncs,
    readSyncs,
    writeSyncs: book.log.syncs - readSyncs,
    largestSyncKB: Math.round(Math.max(...book.log.syncBytes) / 1024),
    // The largest answer Excel would send in one sync (everything loaded, JSON in UTF-8), which Excel on the
    // web caps at 5 MB: the read's bands are planned to stay under 4 MB even with Thai text escaped.
    maxResponseMB: Number((Math.max(...book.log.responseBytes) / 2 ** 20).toFixed(3)),
    mockMs: Math.round(ms),
    total: outcome.scorecard.totalText,
  };
}

async function main() {
  const args = process.argv.slice(2);
  // --current-only: the largest sheets are measured on today's Excel only, to keep the bench's time down.
  const currentOnly = args.includes("--current-only");
  for (const file of args.filter((a) => !a.startsWith("--"))) {
    for (const caps of currentOnly ? ["current"] : Object.keys(CAPABILITIES)) process.stdout.write(`${JSON.stringify(await measure(file, caps))}\n`);
  }
}

main().catch((e) => {
  process.stderr.write(`${(e as Error)?.stack ?? e}\n`);
  process.exitCode = 1;
});
