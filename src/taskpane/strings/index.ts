// Every word the pane shows: the one shape they take (Strings.ts), one file per language (th.ts, en.ts). Flag and
// sheet messages are the engine's own (Flag.message / messageEn, NotAScorecard.message / messageEn); the pane
// only picks the language (engineText).
import type { Lang } from "../../scorecard";
import { en } from "./en";
import type { Strings } from "./Strings";
import { th } from "./th";

export type { Strings };

/** Office gives "th-TH", "en-US", …: Thai for Thai, English for everything else. */
export function langFromLocale(locale: string | undefined | null): Lang {
  return (locale ?? "").toLowerCase().startsWith("th") ? "th" : "en";
}

export const STRINGS: Record<Lang, Strings> = { th, en };

/** A message the engine gives in both languages (a flag's, a sheet's reason), in the pane's. */
export function engineText(lang: Lang, text: { message: string; messageEn: string }): string {
  return { th: text.message, en: text.messageEn }[lang];
}
