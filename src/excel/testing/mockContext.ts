// Excel.RequestContext: operations queue up and run in queue order at sync(), metered, and may be made to fail
// part-way as a batch Excel stops does.
import type { Batch, Op } from "./batch";
import { MockWorksheets } from "./mockWorksheets";
import { PayloadMeter } from "./payloadMeter";
import type { WorkbookState } from "./workbookState";

export class MockContext implements Batch {
  private queue: Op[] = [];
  private readonly meter: PayloadMeter;
  readonly workbook: { worksheets: MockWorksheets };
  constructor(readonly book: WorkbookState) {
    this.meter = new PayloadMeter(book);
    this.workbook = { worksheets: new MockWorksheets(this) };
  }
  enqueue(run: () => void, bytes = 100): void {
    this.queue.push({ run, bytes });
  }
  respond(value: unknown): void {
    this.meter.respond(value);
  }
  async sync(): Promise<void> {
    const ops = this.queue;
    this.queue = [];
    this.book.log.syncs++;
    this.meter.request(ops.reduce((n, op) => n + op.bytes, 0));
    try {
      this.runOps(ops);
    } finally {
      this.meter.logResponse();
    }
    this.meter.checkResponse();
  }
  private runOps(ops: Op[]): void {
    const fail = this.book.failSync;
    if (fail && fail.at === this.book.log.syncs) {
      ops.slice(0, fail.afterOps).forEach((op) => op.run());
      throw Object.assign(new Error("mock: the batch stopped part-way"), { code: fail.code ?? "GeneralException" });
    }
    for (const op of ops) op.run(); // in queue order: a load queued before a set sees the cell before it
  }
}
