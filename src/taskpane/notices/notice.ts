// One status line under the button: what just happened, in the pane's language.
import { actionableError } from "../../excel/actionableError";
import { recordError } from "../diagnostics/lastError";
import type { Ui } from "../strings/ui";

export type NoticeIntent = "success" | "info" | "warning" | "error";

export interface Notice {
  intent: NoticeIntent;
  text: string;
  /** A second line: e.g. formula cells kept, or an error's detail. */
  detail?: string;
}

/** What went wrong, as the error line: what the officer can do about it where that is known, else the error's own words. */
export function errorNotice({ lang, t }: Pick<Ui, "lang" | "t">, error: unknown): Notice {
  recordError(error, "pane"); // for the support details (คัดลอกข้อมูลสำหรับแจ้งปัญหา)
  const action = actionableError(error);
  if (action) return { intent: "error", text: action[lang] };
  return { intent: "error", text: t.error, detail: error instanceof Error ? error.message : String(error) };
}
