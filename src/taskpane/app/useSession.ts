// The pane renders whatever the shared session holds, so a recalculation started from the ribbon
// (same JavaScript context in Office's shared runtime) shows when the pane opens.
import { useSyncExternalStore } from "react";
import { session, type SessionState } from "../../session/session";

const subscribe = (onChange: () => void) => {
  const unsubscribe = session.subscribe(onChange);
  return () => void unsubscribe();
};

export function useSession(): SessionState {
  return useSyncExternalStore(subscribe, session.get);
}
