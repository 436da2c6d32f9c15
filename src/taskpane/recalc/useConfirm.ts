// Turns recalculate's `confirm` callback (a promise) into a dialog request the UI can render and answer.
import { useCallback, useRef, useState } from "react";
import type { ChangePreview, Consent } from "../../scorecard";

export interface ConfirmRequest {
  preview: ChangePreview;
}

export function useConfirm() {
  const [request, setRequest] = useState<ConfirmRequest | null>(null);
  const resolver = useRef<((consent: Consent) => void) | null>(null);

  const ask = useCallback((preview: ChangePreview) => {
    return new Promise<Consent>((resolve) => {
      resolver.current = resolve;
      setRequest({ preview });
    });
  }, []);

  const answer = useCallback((consent: Consent) => {
    resolver.current?.(consent);
    resolver.current = null;
    setRequest(null);
  }, []);

  return { request, ask, answer };
}
