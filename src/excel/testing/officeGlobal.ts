// The `Office` global for tests, built with office-addin-mock.
import { OfficeMockObject } from "office-addin-mock";

/**
 * The `Office` global, built with office-addin-mock: requirement sets, the workbook's add-in settings
 * (get/set/saveAsync/refreshAsync), Office.actions.associate and Office.onReady.
 *
 * Settings are modelled as Office documents them: `stored` is what the document holds; each runtime gets its
 * own in-memory copy when it starts ("automatically loaded as part of the Document object ... when the add-in
 * is activated"), get/set work on that copy, saveAsync writes it to the document and refreshAsync reads the
 * document again. Pass the same `stored` object to two officeGlobal() calls for two runtimes without a shared
 * runtime (the ribbon's and the pane's): one sees what the other saved only after refreshAsync.
 */
export async function officeGlobal(supportedSets: Record<string, string>, stored: Record<string, unknown> = {}) {
  const document = stored;
  const clone = (o: Record<string, unknown>) => JSON.parse(JSON.stringify(o)) as Record<string, unknown>;
  let memory = clone(document);
  const settings = document;
  const saved: Record<string, unknown>[] = [];
  const associated = new Map<string, (event: unknown) => unknown>();
  const atLeast = (have: string, want: string) => {
    const [a1, a2] = have.split(".").map(Number);
    const [b1, b2] = (want ?? "1.1").split(".").map(Number);
    return a1 > b1 || (a1 === b1 && a2 >= b2);
  };
  const office = new OfficeMockObject({
    AsyncResultStatus: { Succeeded: "succeeded", Failed: "failed" },
    context: {
      requirements: {
        isSetSupported: (name: string, version: string) => name in supportedSets && atLeast(supportedSets[name], version),
      },
      document: {
        settings: {
          get: (name: string) => (name in memory ? memory[name] : null),
          set: (name: string, value: unknown) => {
            memory[name] = value;
          },
          saveAsync: (callback?: (r: { status: string }) => void) => {
            for (const k of Object.keys(document)) delete document[k];
            Object.assign(document, clone(memory));
            saved.push(clone(document));
            callback?.({ status: "succeeded" });
          },
          refreshAsync: (callback?: (r: { status: string }) => void) => {
            memory = clone(document);
            callback?.({ status: "succeeded" });
          },
        },
      },
    },
    actions: {
      associate: (id: string, f: (event: unknown) => unknown) => {
        associated.set(id, f);
      },
    },
    addin: {
      showAsTaskpane: () => Promise.resolve(),
    },
    onReady: (callback?: (info: unknown) => void) => {
      const info = { host: "Excel", platform: "PC" };
      callback?.(info);
      return Promise.resolve(info);
    },
  });
  // Scalars of an OfficeMockObject are readable once loaded and synced, as in Office.js.
  office.AsyncResultStatus.load("Succeeded, Failed");
  await office.sync();
  await new Promise((resolve) => setImmediate(resolve));
  return { office, settings, saved, associated };
}
