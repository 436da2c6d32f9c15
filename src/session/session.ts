// State shared by the ribbon command and the task pane. In Office's shared runtime both run in one
// JavaScript context, so a recalculation started from the ribbon shows in the pane when it opens.
import type { RecalcOutcome, UndoRecord } from "../scorecard";

export interface SessionState {
  /** The last recalculation, whoever started it. */
  lastOutcome?: RecalcOutcome;
  /** Undo records, newest last (ย้อนกลับ takes the last one). */
  undoStack: UndoRecord[];
  /** True while a recalculation is running. */
  busy: boolean;
}

type Listener = (state: SessionState) => void;

let state: SessionState = { undoStack: [], busy: false };
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
  /** For tests. */
  reset(): void {
    state = { undoStack: [], busy: false };
  },
};
