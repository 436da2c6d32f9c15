// The active sheet's settings (scoring method, column mapping), kept by the host in the workbook.
import { useCallback, useEffect, useState } from "react";
import type { ScorecardHost, SheetSettings } from "../../scorecard";

/** `onError` hears a failed save; the shown settings then go back to what the workbook holds. */
export function useSheetSettings(host: ScorecardHost, sheetName: string | null, onError: (error: unknown) => void) {
  const [settings, setSettings] = useState<SheetSettings>({});

  useEffect(() => {
    let live = true;
    setSettings({});
    if (sheetName) {
      host.loadSettings(sheetName).then(
        (loaded) => live && setSettings(loaded ?? {}),
        () => undefined, // unreadable settings: the defaults stand
      );
    }
    return () => {
      live = false;
    };
  }, [host, sheetName]);

  /** Resolves true once the host has kept the settings. */
  const save = useCallback(
    async (next: SheetSettings): Promise<boolean> => {
      if (!sheetName) return false;
      const previous = settings;
      setSettings(next);
      try {
        await host.saveSettings(sheetName, next);
        return true;
      } catch (error) {
        setSettings(previous);
        onError(error);
        return false;
      }
    },
    [host, sheetName, settings, onError],
  );

  return { settings, save };
}
