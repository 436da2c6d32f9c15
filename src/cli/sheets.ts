// Which sheets a command reads: what `recalc`, `check` and `export` share.
import { UsageError } from "./args";
import { bilingual } from "./strings";
import type { WorkbookHost } from "./workbookHost";

/** The sheet asked for with --sheet (a usage error naming the sheets there are, if missing), or every sheet. */
export async function sheetsToRead(host: WorkbookHost, sheet: string | undefined): Promise<string[]> {
  const sheets = await host.listSheets();
  if (sheet === undefined) return sheets;
  if (!sheets.includes(sheet)) {
    throw new UsageError(bilingual((t) => t.noSuchSheet(sheet, sheets.join(", "))));
  }
  return [sheet];
}
