// The one store shared by the ribbon command and the task pane: the last outcome, the undo stack, whether a
// recalculation runs, and the latest notice a ribbon run left. In Office's shared runtime both run in one
// JavaScript context, so a recalculation started from the ribbon shows in the pane when it opens. The store
// depends on neither: the ribbon (src/commands) writes to it, the pane (src/taskpane) reads and writes it.
import type { Bilingual, RecalcOutcome, UndoRecord } from "../scorecard";

/** What a ribbon run says, in both languages: the pane shows it in its own when it opens (or at once if open). */
export interface RibbonNotice {
  level: "info" | "warning" | "error";
  text: Bilingual;
}

export interface SessionState {
  /** The last recalculation, whoever started it. */
  lastOutcome?: RecalcOutcome;
  /** Undo records, newest last (ย้อนกลับ takes the last one). */
  undoStack: UndoRecord[];
  /** True while a recalculation is running. */
  busy: boolean;
  /** The latest notice from a ribbon run; the pane may open later than the run. */
  ribbonNotice?: RibbonNotice;
}

type Listener = (state: SessionState) => void;

const EMPTY: SessionState = { undoStack: [], busy: false };
let state: SessionState = EMPTY;
const listeners = new Set<Listener>();

export const session = {
  get(): SessionState {
    return state;
  },
  update(patch: Partial<SessionState>): void {
    state = { ...state, ...patch };
    listeners.forEach((l) => l(state));
  },
  subscribe(listener: Listener): () => void {
    listeners.add(listener);
    return () => listeners.delete(listener);
  },
  /** Hears each ribbon notice kept from now on (not one kept before), whatever else changes in between. */
  onRibbonNotice(listener: (notice: RibbonNotice) => void): () => void {
    let seen = state.ribbonNotice;
    return session.subscribe(({ ribbonNotice }) => {
      if (!ribbonNotice || ribbonNotice === seen) return;
      seen = ribbonNotice;
      listener(ribbonNotice);
    });
  },
  /** For tests: the state of a page just opened. */
  reset(): void {
    state = EMPTY;
  },
};
