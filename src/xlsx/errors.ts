// One error type for everything the xlsx layer refuses or cannot read. It says, in Thai and English, what is
// wrong naming the file part or cell, and never carries internals; `message` is both, "ไทย / English", for
// whoever shows it whole.
import type { Bilingual } from "../scorecard";

export class XlsxError extends Error {
  constructor(readonly said: Bilingual) {
    super(`${said.th} / ${said.en}`);
    this.name = "XlsxError";
    // Keep instanceof working when compiled to ES5-style classes.
    Object.setPrototypeOf(this, XlsxError.prototype);
  }
}
