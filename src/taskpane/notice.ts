// One status line under the button: what just happened, in the pane's language.
export type NoticeIntent = "success" | "info" | "warning" | "error";

export interface Notice {
  intent: NoticeIntent;
  text: string;
  /** A second line: e.g. formula cells kept, or an error's detail. */
  detail?: string;
}
