// Registers the ribbon's ExecuteFunction names the moment this module is evaluated: it is the first import of
// the page's entry (src/taskpane/index.tsx), so the registration runs before React, Fluent or the pane load, and
// not inside Office.onReady. Office looks the name up when the click arrives; on a cold start (the function
// file's runtime started by the click itself) a name registered later is not found and the click is lost.
// The work stays lazy: the first click loads ./commands (engine, Office.js host) and runs it.

/** The <FunctionName> of each ExecuteFunction control in manifest.xml. */
export const RIBBON_FUNCTIONS = ["recalculateSheet"] as const;

type CommandEvent = Office.AddinCommands.Event;
type Commands = Record<(typeof RIBBON_FUNCTIONS)[number], (event: CommandEvent) => Promise<void>>;

const loadCommands = (): Promise<Commands> => import("./commands");

/** The handler Office calls: loads the commands module, runs the function; completes the event if loading fails. */
export function lazyCommand(name: (typeof RIBBON_FUNCTIONS)[number], load: () => Promise<Commands> = loadCommands): (event: CommandEvent) => Promise<void> {
  return (event) =>
    load().then(
      (commands) => commands[name](event),
      (error: unknown) => {
        // A chunk that cannot load (network gone, a newer deployment) must not leave the button spinning.
        console.error(`HR Scorecard: ribbon command ${name} not loaded`, error);
        event.completed();
      },
    );
}

export function registerRibbonCommands(load: () => Promise<Commands> = loadCommands): void {
  if (typeof Office === "undefined") return; // a plain browser: no ribbon
  // Where legacyWebview.js found an old webview it answers the ribbon itself (with its explanation).
  if (typeof document !== "undefined" && document.documentElement.hasAttribute("data-legacy-webview")) return;
  for (const name of RIBBON_FUNCTIONS) {
    const handler = lazyCommand(name, load);
    try {
      Office.actions?.associate(name, handler);
    } catch (error) {
      console.error(`HR Scorecard: Office.actions.associate("${name}") failed`, error);
    }
    // Office builds without Office.actions find an ExecuteFunction by its name on the page's globals.
    (globalThis as Record<string, unknown>)[name] = handler;
  }
}

registerRibbonCommands();
