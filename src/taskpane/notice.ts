// One status line under the button: what just happened, in the pane's language.
import { SheetProtectedError } from "../scorecard/host";
import type { Strings } from "./i18n";

export type NoticeIntent = "success" | "info" | "warning" | "error";

export interface Notice {
  intent: NoticeIntent;
  text: string;
  /** A second line: e.g. formula cells kept, or an error's detail. */
  detail?: string;
}

/** What went wrong, as the error line: what the officer can do about it where the pane knows, else the error's own words. */
export function errorNotice(t: Strings, error: unknown): Notice {
  if (error instanceof SheetProtectedError) return { intent: "error", text: t.sheetProtected(error.sheetName) };
  return { intent: "error", text: t.error, detail: error instanceof Error ? error.message : String(error) };
}
