// One error type for everything the xlsx layer refuses or cannot read. Its message is shown to the
// officer as is (Thai first, then English), so it names the file part or cell and never carries internals.
export class XlsxError extends Error {
  constructor(message: string) {
    super(message);
    this.name = "XlsxError";
    // Keep instanceof working when compiled to ES5-style classes.
    Object.setPrototypeOf(this, XlsxError.prototype);
  }
}
