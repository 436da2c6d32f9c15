// Entry of taskpane.html: wait for Office, then render the pane over the Excel host;
// in a plain browser (no office.js, or Office reports no host) explain where the pane belongs.
// First import, so that it runs first: the ribbon's function names are registered before anything else loads.
import "../commands/registerRibbon";
import type { ReactNode } from "react";
import { createRoot } from "react-dom/client";
import { sharedExcelHost } from "../excel/excelHost";
import { App } from "./app/App";
import { watchErrors } from "./diagnostics/lastError";
import { langFromLocale } from "./strings";
import { OutsideOffice } from "./app/OutsideOffice";

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

function start(): void {
  watchErrors(window); // the last error, for the support details in the pane's settings
  void officeReady().then((host) => {
    if (host === null || host !== Office.HostType.Excel) {
      render(<OutsideOffice />);
      return;
    }
    const lang = langFromLocale(Office.context.displayLanguage);
    document.documentElement.lang = lang;
    const dark = Office.context.officeTheme?.isDarkTheme === true;
    render(<App host={sharedExcelHost()} lang={lang} dark={dark} />);
  });
}

// In an old webview legacyWebview.js has marked the page and shows its explanation: nothing to render here.
// Where this bundle cannot even parse (Internet Explorer 11) it never gets this far, which is as harmless.
if (!document.documentElement.hasAttribute("data-legacy-webview")) start();
