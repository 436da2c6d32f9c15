// A recalculation started from the ribbon leaves a notice in the session; the pane shows the latest when it
// opens and any new one while it is open, in the pane's language.
import { useEffect } from "react";
import type { Lang } from "../../scorecard";
import { session, type RibbonNotice } from "../../session/session";
import type { Notice } from "./notice";

export function useRibbonNotice(lang: Lang, setNotice: (n: Notice | null) => void): void {
  useEffect(() => {
    const show = (n: RibbonNotice) => setNotice({ intent: n.level, text: n.text[lang] });
    const latest = session.get().ribbonNotice;
    if (latest) show(latest);
    return session.onRibbonNotice(show);
  }, [lang, setNotice]);
}
