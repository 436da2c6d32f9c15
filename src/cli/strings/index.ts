// The command's words in both languages, and the one way to read bilingual text the engine and the .xlsx
// reader hand over.
import type { Bilingual, Lang } from "../../scorecard";
import { en } from "./en";
import { th } from "./th";
import type { CliStrings } from "./types";

export type { CliStrings, PackageKind } from "./types";

export const STRINGS: { readonly [L in Lang]: CliStrings } = { th, en };

/** The same sentence in both languages, from a function of the strings. */
export function bilingual(say: (s: CliStrings) => string): Bilingual {
  return { th: say(th), en: say(en) };
}

/** The engine's messages ({message, messageEn}: Thai and English) in the one bilingual shape. */
export function fromEngine(m: { readonly message: string; readonly messageEn: string }): Bilingual {
  return { th: m.message, en: m.messageEn };
}

/**
 * What the command prints of a bilingual message: in Thai, both languages (Thai first, joined by `join`), as an
 * officer may pass it on to someone who reads English; with --lang en, the English alone.
 */
export function bothOrEnglish(said: Bilingual, join: string): Bilingual {
  return { th: `${said.th}${join}${said.en}`, en: said.en };
}
