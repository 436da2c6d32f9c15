// The last error this page saw, for the support details: an uncaught error or rejection, a ribbon run that
// failed, or one a component reports (recordError). Kept in memory only; the workbook's contents never go here.
import { session } from "../../session/session";

export interface RecordedError {
  at: Date;
  /** Where it came from: "pane", "ribbon", "uncaught". */
  source: string;
  message: string;
}

let last: RecordedError | null = null;

function messageOf(error: unknown): string {
  if (error instanceof Error) return error.name && error.name !== "Error" ? `${error.name}: ${error.message}` : error.message;
  if (typeof error === "object" && error !== null && "message" in error) return String((error as { message: unknown }).message);
  return String(error);
}

export function recordError(error: unknown, source = "pane", at = new Date()): void {
  // Office.js errors carry a code (e.g. "InvalidArgument", "AccessDenied") the message may not say.
  const code = typeof error === "object" && error !== null && "code" in error ? String((error as { code: unknown }).code) : "";
  const message = messageOf(error);
  last = { at, source, message: code && !message.includes(code) ? `${message} (${code})` : message };
}

export function lastError(): RecordedError | null {
  return last;
}

/** For tests. */
export function resetLastError(): void {
  last = null;
}

/** Listens for uncaught errors and rejections on the page, and for the ribbon's error notices. Returns a stop function. */
export function watchErrors(target: Pick<Window, "addEventListener" | "removeEventListener">): () => void {
  const onError = (e: Event) => recordError((e as ErrorEvent).error ?? (e as ErrorEvent).message, "uncaught");
  const onRejection = (e: Event) => recordError((e as PromiseRejectionEvent).reason, "uncaught");
  target.addEventListener("error", onError);
  target.addEventListener("unhandledrejection", onRejection);
  const stopRibbon = session.onRibbonNotice((notice) => {
    if (notice.level === "error") recordError(notice.text.en, "ribbon");
  });
  return () => {
    target.removeEventListener("error", onError);
    target.removeEventListener("unhandledrejection", onRejection);
    stopRibbon();
  };
}
