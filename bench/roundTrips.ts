// Round trips per recalculation through the Office.js adapter: ExcelHost over the mock workbook
// (src/excel/testing), `recalculate()` end to end, counting context.sync() calls.
//   node bench/.work/ts/bench/roundTrips.js FILE.xlsx…   → one JSON line per file and capability set
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
    mockMs: Math.round(ms),
    total: outcome.scorecard.totalText,
  };
}

async function main() {
  for (const file of process.argv.slice(2)) {
    for (const caps of Object.keys(CAPABILITIES)) process.stdout.write(`${JSON.stringify(await measure(file, caps))}\n`);
  }
}

main().catch((e) => {
  process.stderr.write(`${(e as Error)?.stack ?? e}\n`);
  process.exitCode = 1;
});
