// What every component needs to speak: the language, its strings, and how to write numbers
// (Thai digits in the Thai pane when the sheet itself writes Thai digits).
import { createContext, useContext } from "react";
import { numerals, type Lang, type Numerals } from "../../scorecard";
import { STRINGS, type Strings } from "./index";

export interface Ui {
  lang: Lang;
  t: Strings;
  fmt: Numerals;
}

/** Thai digits only in the Thai pane, and only when the sheet uses them (unknown yet: assume it does). */
export function makeUi(lang: Lang, sheetThaiDigits: boolean | undefined = true): Ui {
  return { lang, t: STRINGS[lang], fmt: numerals(lang === "th" && sheetThaiDigits !== false) };
}

export const UiContext = createContext<Ui>(makeUi("th"));

export function useUi(): Ui {
  return useContext(UiContext);
}
