// A recalculation started from the ribbon leaves a notice; the pane shows the latest when it opens
// and any new one while it is open.
import { useEffect } from "react";
import { ribbonNotices, type RibbonNotice } from "../../commands/recalcCommand";
import type { Lang } from "../strings/index";
import type { Notice } from "./notice";

export function useRibbonNotice(lang: Lang, setNotice: (n: Notice | null) => void): void {
  useEffect(() => {
    const show = (n: RibbonNotice) => setNotice({ intent: n.level, text: lang === "th" ? n.message : n.messageEn });
    const latest = ribbonNotices.latest();
    if (latest) show(latest);
    const unsubscribe = ribbonNotices.subscribe(show);
    return () => void unsubscribe();
  }, [lang, setNotice]);
}
