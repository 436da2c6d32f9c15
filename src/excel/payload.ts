// Request size: Excel on the web refuses a batch over 5 MB (RequestPayloadSizeLimitExceeded; see
// "Resource limits and performance optimization for Office Add-ins"). A batch is split only when the
// estimate says it would not fit, and then into as few syncs as will hold it.
import { rowBands, type Block, type Placed } from "./blocks";

/** Excel on the web's documented request and response limit. */
export const EXCEL_WEB_PAYLOAD_LIMIT = 5 * 1024 * 1024;
/** What we plan for: the estimate counts the data we send, so keep a fifth back for the request's framing. */
export const DEFAULT_REQUEST_BUDGET = Math.floor(EXCEL_WEB_PAYLOAD_LIMIT * 0.8);
/** Bytes for one queued operation on one range object (object path, action, property name), generously. */
export const OPERATION_BYTES = 300;

const encoder = new TextEncoder();

/** Size of a value as JSON in UTF-8 (Thai text is 3 bytes a character). */
export function jsonBytes(value: unknown): number {
  return encoder.encode(JSON.stringify(value)).length;
}

export interface Part<T extends Placed> {
  block: Block<T>;
  bytes: number;
}

/** The block as one part, or as bands of rows each within the budget when it alone is too large. */
export function fit<T extends Placed>(block: Block<T>, bytesOf: (b: Block<T>) => number, budget: number): Part<T>[] {
  const bytes = bytesOf(block);
  if (bytes <= budget || block.cells.length === 1) return [{ block, bytes }];
  const rows = block.cells.length;
  const overhead = bytesOf({ ...block, bottom: block.top, cells: [] });
  const perRow = Math.max(1, (bytes - overhead) / rows);
  const rowsPerBand = Math.max(1, Math.floor((budget - overhead) / perRow));
  return rowBands(block, rowsPerBand).map((band) => ({ block: band, bytes: bytesOf(band) }));
}

/** Packs parts in order into batches of at most `budget` bytes (a single part larger than that goes alone). */
export function pack<P extends { bytes: number }>(parts: readonly P[], budget: number): P[][] {
  const batches: P[][] = [];
  let current: P[] = [];
  let size = 0;
  for (const part of parts) {
    if (current.length > 0 && size + part.bytes > budget) {
      batches.push(current);
      current = [];
      size = 0;
    }
    current.push(part);
    size += part.bytes;
  }
  if (current.length > 0 || batches.length === 0) batches.push(current);
  return batches;
}
