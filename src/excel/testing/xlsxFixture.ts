// Reads a fixture .xlsx into mock-workbook cells — values, formulas, number formats, fills and merged areas, the
// way Excel would report them to the add-in — with the project's own .xlsx reader (src/xlsx), the one the
// command uses, so the mock and the command see a fixture alike.
import { readFileSync } from "fs";
import { openXlsx } from "../../xlsx";
import type { MockCell, MockSheetInit } from "./types";

/** The first sheet of an .xlsx as a mock sheet: every cell that holds something or is formatted. */
export async function readFixtureSheet(path: string): Promise<MockSheetInit> {
  const workbook = await openXlsx(new Uint8Array(readFileSync(path)));
  const name = workbook.sheetNames()[0];
  const grid = workbook.readGrid(name);
  const cells: MockSheetInit["cells"] = [];
  grid.values.forEach((rowValues, r) => {
    const width = Math.max(rowValues.length, grid.numberFormats?.[r]?.length ?? 0, grid.fills?.[r]?.length ?? 0);
    for (let c = 0; c < width; c++) {
      const formula = grid.formulas?.[r]?.[c] || null;
      const cell: MockCell = {
        value: rowValues[c] ?? "", // Excel reports an empty cell as ""
        formula,
        numberFormat: grid.numberFormats?.[r]?.[c] ?? "General",
        fill: grid.fills?.[r]?.[c] ?? null,
      };
      if (cell.value === "" && !formula && cell.numberFormat === "General" && cell.fill === null) continue;
      cells.push({ row: grid.origin.row + r, col: grid.origin.col + c, cell });
    }
  });
  return { name, cells, merges: grid.merges ?? [] };
}
