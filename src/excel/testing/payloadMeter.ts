// Request and response sizes of each sync, measured and held to Excel on the web's 5 MB limits
// (RequestPayloadSizeLimitExceeded, ResponsePayloadSizeLimitExceeded); the sizes go to the workbook's log.
import type { WorkbookState } from "./workbookState";

const encoder = new TextEncoder();
/** A value's size as JSON in UTF-8: what a load answers or a set sends. */
export const bytesOf = (v: unknown) => encoder.encode(JSON.stringify(v) ?? "").length;

export class PayloadMeter {
  private response = 0;
  constructor(private readonly book: WorkbookState) {}

  /** A sync's request: logged, and refused whole over the limit (nothing of it runs, nothing answers). */
  request(bytes: number): void {
    this.book.log.syncBytes.push(bytes);
    const limit = this.book.payloadLimit;
    if (limit !== null && bytes > limit) {
      this.book.log.responseBytes.push(0);
      throw Object.assign(new Error(`mock: request of ${bytes} bytes`), { code: "RequestPayloadSizeLimitExceeded" });
    }
    this.response = 0;
  }

  respond(value: unknown): void {
    this.response += bytesOf(value);
  }

  /** The response is logged even when the batch failed part-way. */
  logResponse(): void {
    this.book.log.responseBytes.push(this.response);
  }

  /** Refuses a response over the limit, after the batch ran (its sets are made; its loads are lost). */
  checkResponse(): void {
    const limit = this.book.payloadLimit;
    if (limit !== null && this.response > limit) {
      throw Object.assign(new Error(`mock: response of ${this.response} bytes`), { code: "ResponsePayloadSizeLimitExceeded" });
    }
  }
}
