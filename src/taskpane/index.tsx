// Entry of taskpane.html: wait for Office, then render the pane over the Excel host;
// in a plain browser (no office.js, or Office reports no host) explain where the pane belongs.
import type { ReactNode } from "react";
import { createRoot } from "react-dom/client";
import { sharedExcelHost } from "../excel/excelHost";
import { App } from "./App";
import { langFromLocale } from "./i18n";
import { OutsideOffice } from "./OutsideOffice";

declare const __HAS_COMMANDS__: boolean;

if (__HAS_COMMANDS__) {
  // Shared runtime: the ribbon's recalculateSheet runs in this page's JavaScript context, beside the pane.
  import("../commands/commands").catch((error: unknown) => console.error("HR Scorecard: ribbon commands not loaded", error));
}

/** Office.onReady never settles in some plain-browser cases: don't leave the page on "Loading" forever. */
const OFFICE_TIMEOUT_MS = 8000;

function render(node: ReactNode) {
  const root = document.getElementById("root");
  if (root) createRoot(root).render(node);
}

function officeReady(): Promise<Office.HostType | null> {
  if (typeof Office === "undefined" || typeof Office.onReady !== "function") return Promise.resolve(null);
  const timeout = new Promise<null>((resolve) => setTimeout(() => resolve(null), OFFICE_TIMEOUT_MS));
  const ready = Office.onReady().then(
    (info) => info.host ?? null,
    () => null,
  );
  return Promise.race([ready, timeout]);
}

officeReady().then((host) => {
  if (host === null || host !== Office.HostType.Excel) {
    render(<OutsideOffice />);
    return;
  }
  const lang = langFromLocale(Office.context.displayLanguage);
  document.documentElement.lang = lang;
  const dark = Office.context.officeTheme?.isDarkTheme === true;
  render(<App host={sharedExcelHost()} lang={lang} dark={dark} />);
});
