// What every component needs to speak: the language, its strings, and how to write numbers
// (Thai digits in the Thai pane when the sheet itself writes Thai digits).
import { createContext, useContext } from "react";
import { formatNumber, toThaiDigits } from "../scorecard";
import { STRINGS, type Lang, type Strings } from "./i18n";

export interface NumberFormat {
  /** Whether numbers come out in Thai digits. */
  readonly thaiDigits: boolean;
  /** 28.825 → "๒๘.๘๓" / "28.83". */
  decimal(value: number, decimals?: number): string;
  /** Counts, row numbers, KPI ids: digits only converted. */
  plain(value: number | string): string;
}

export interface Ui {
  lang: Lang;
  t: Strings;
  fmt: NumberFormat;
}

export function numberFormat(thaiDigits: boolean): NumberFormat {
  return {
    thaiDigits,
    decimal: (value, decimals = 2) => formatNumber(value, { decimals, thaiDigits }),
    plain: (value) => (thaiDigits ? toThaiDigits(String(value)) : String(value)),
  };
}

/** Thai digits only in the Thai pane, and only when the sheet uses them (unknown yet: assume it does). */
export function makeUi(lang: Lang, sheetThaiDigits: boolean | undefined = true): Ui {
  return { lang, t: STRINGS[lang], fmt: numberFormat(lang === "th" && sheetThaiDigits !== false) };
}

export const UiContext = createContext<Ui>(makeUi("th"));

export function useUi(): Ui {
  return useContext(UiContext);
}
