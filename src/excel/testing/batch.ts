// What every proxy object needs from the request context it was made in: to queue an operation for the next
// sync, to count a load's answer, and the workbook it works on. MockContext implements it; the proxies take
// this interface rather than the context class, so no two files of the mock import each other.
import type { WorkbookState } from "./workbookState";

/** One queued operation and its estimated request bytes. */
export type Op = { run: () => void; bytes: number };

export interface Batch {
  readonly book: WorkbookState;
  enqueue(run: () => void, bytes?: number): void;
  /** A load's answer, counted in the response of the sync that carries it. */
  respond(value: unknown): void;
}
