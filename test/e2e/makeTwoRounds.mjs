// Writes a workbook of two rounds (made at test time, never kept): the official 6-month sheet "HR Scorecard" and,
// after it, its 12-month copy "รอบ 12 เดือน" made by test/fixtures/rounds.ts (the engine and command tests' builder:
// results filled in, 2.1 up, 2.4 down, 4.2 pending again, 2.3 renamed, 5.4 replaced by 5.5). rounds.ts is
// TypeScript: it is transpiled here and run over the command's build (dist/cli, `npm run build:cli`), so the pane's
// comparison is checked on the very edits the engine's tests use.
import { spawnSync } from "node:child_process";
import { existsSync, mkdirSync } from "node:fs";
import { readFile, writeFile } from "node:fs/promises";
import { createRequire } from "node:module";
import { join } from "node:path";
import { fileURLToPath } from "node:url";
import JSZip from "jszip";

const require = createRequire(import.meta.url);
const ROOT = fileURLToPath(new URL("../..", import.meta.url));
export const TWELVE_MONTH_SHEET = "รอบ 12 เดือน";

/** rounds.ts as CommonJS, its engine and .xlsx imports pointed at the command's build. */
async function loadRounds() {
  const cli = join(ROOT, "dist/cli");
  if (!existsSync(join(cli, "xlsx/index.js"))) {
    const tsc = spawnSync(process.execPath, [join(ROOT, "node_modules/typescript/bin/tsc"), "-p", join(ROOT, "tsconfig.cli.json")], { cwd: ROOT, stdio: "inherit" });
    if (tsc.status !== 0) throw new Error("e2e: npm run build:cli failed; two-rounds.xlsx cannot be made");
  }
  const ts = require("typescript");
  const source = await readFile(join(ROOT, "test/fixtures/rounds.ts"), "utf8");
  const js = ts
    .transpileModule(source, { compilerOptions: { module: ts.ModuleKind.CommonJS, target: ts.ScriptTarget.ES2022 } })
    .outputText.replaceAll('"../../src/scorecard"', JSON.stringify(join(cli, "scorecard"))).replaceAll('"../../src/xlsx"', JSON.stringify(join(cli, "xlsx")));
  const dir = join(ROOT, "dist/e2e");
  mkdirSync(dir, { recursive: true });
  await writeFile(join(dir, "rounds.cjs"), js);
  return require(join(dir, "rounds.cjs"));
}

export async function makeTwoRounds(path) {
  const { TWELVE_MONTHS, editedXlsx } = await loadRounds();
  const { openXlsx } = require(join(ROOT, "dist/cli/xlsx"));
  const bytes = new Uint8Array(await readFile(join(ROOT, "test/fixtures/hr-scorecard-2566-6m.xlsx")));
  // The copy shares the workbook's shared strings and styles, so its part can be the first sheet's text as it is.
  const sheetXml = (await (await JSZip.loadAsync(bytes)).file("xl/worksheets/sheet1.xml").async("string")).replace(/ tabSelected="1"/, "");
  const workbook = await openXlsx(bytes);
  workbook.putWorksheet(TWELVE_MONTH_SHEET, sheetXml, { replace: false });
  await writeFile(path, await editedXlsx(await workbook.toBytes(), TWELVE_MONTHS, TWELVE_MONTH_SHEET));
}
