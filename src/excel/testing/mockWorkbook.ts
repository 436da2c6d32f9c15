// Test double for the part of the Excel object model the adapter uses, faithful to how Office.js batches:
// loads and sets are queued on proxy objects and carried out in queue order at context.sync(); a property
// read before it was loaded and synced throws. office-addin-mock's OfficeMockObject applies sets at once and
// answers loads from static data, so it cannot show whether a load was queued before a set in the same batch
// (which undo depends on); it provides the `Office` global instead (officeGlobal.ts).
import { MockContext } from "./mockContext";
import { WorkbookState } from "./workbookState";

// The pieces tests import by this file's name (the commands tests among them).
export { MockContext } from "./mockContext";
export { officeGlobal } from "./officeGlobal";
export type { MockCell, MockChart, MockLog, MockSheetInit, MockValue } from "./types";

/** A workbook for tests: its state (workbookState.ts) and the `Excel` global that runs batches against it. */
export class MockWorkbook extends WorkbookState {
  /** The `Excel` global: Excel.run(batch) and Excel.run(options, batch). */
  excel(): { run: (...args: unknown[]) => Promise<unknown> } {
    return {
      run: async (...args: unknown[]) => {
        const batch = args[args.length - 1] as (context: MockContext) => Promise<unknown>;
        this.log.runOptions.push(args.length > 1 ? (args[0] as Record<string, unknown>) : undefined);
        return batch(new MockContext(this));
      },
    };
  }
}
