// A loaded property of a proxy: readable only after the sync that carries its load, as in Office.js.
/** A value that exists only after the sync that carries its load. */
export class Loaded<T> {
  private value: T | undefined;
  private state: "none" | "queued" | "done" = "none";
  constructor(private readonly what: string) {}
  queue(): void {
    if (this.state === "none") this.state = "queued";
  }
  resolve(value: T): void {
    this.value = value;
    this.state = "done";
  }
  get isQueued(): boolean {
    return this.state !== "none";
  }
  get(): T {
    if (this.state === "none") throw new Error(`${this.what} was not loaded`);
    if (this.state === "queued") throw new Error(`${this.what}: context.sync() was not called`);
    return this.value as T;
  }
}
