// Failures the officer can do something about, said as what to do, in Thai and English: for the pane's error line
// and the ribbon's notice alike. Anything else is shown in its own words.
import { PartialWriteError, SheetProtectedError, type Bilingual } from "../scorecard";

/** Office.js's code for a batch Excel refused because a cell is being edited (Excel.ErrorCodes). */
const CELL_EDIT_MODE = "InvalidOperationInCellEditMode";

export function actionableError(error: unknown): Bilingual | null {
  if (error instanceof SheetProtectedError) return { th: error.th, en: error.en };
  if (error instanceof PartialWriteError) {
    // What to do first (undo), then what stopped it where that is known.
    const cause = actionableError(error.cause);
    return cause ? { th: `${error.th} (${cause.th})`, en: `${error.en} (${cause.en})` } : { th: error.th, en: error.en };
  }
  if ((error as { code?: unknown } | null)?.code === CELL_EDIT_MODE) {
    return {
      th: "Excel กำลังแก้ไขเซลล์อยู่ กด Enter หรือ Esc ให้เสร็จก่อน แล้วลองใหม่",
      en: "Excel is in the middle of editing a cell: press Enter or Esc to finish, then try again.",
    };
  }
  return null;
}
