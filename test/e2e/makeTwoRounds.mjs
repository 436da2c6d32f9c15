// Writes a workbook of two rounds (made at test time, never kept): the official 6-month sheet "HR Scorecard" and,
// after it, its 12-month copy "รอบ 12 เดือน" made by test/fixtures/rounds.ts (the engine and command tests' builder:
// results filled in, 2.1 up, 2.4 down, 4.2 pending again, 2.3 renamed, 5.4 replaced by 5.5). rounds.ts is
// TypeScript: it is transpiled here and run over the command's build (dist/cli, `npm run build:cli`), so the pane's
// comparison is checked on the very edits the engine's tests use.
import { readFile, writeFile } from "node:fs/promises";
import { join } from "node:path";
import { loadFixtureBuilder, ROOT } from "./fixtureBuilder.mjs";

export const TWELVE_MONTH_SHEET = "รอบ 12 เดือน";

export async function makeTwoRounds(path) {
  const { twoRoundsXlsx } = await loadFixtureBuilder("rounds");
  const bytes = new Uint8Array(await readFile(join(ROOT, "test/fixtures/hr-scorecard-2566-6m.xlsx")));
  await writeFile(path, await twoRoundsXlsx(bytes));
}
