// The task pane, whatever the host: Excel inside Office, the in-memory workbook in the preview page.
import { FluentProvider, webDarkTheme, webLightTheme } from "@fluentui/react-components";
import type { Lang, ScorecardHost } from "../../scorecard";
import { Pane } from "./Pane";

export interface AppProps {
  host: ScorecardHost;
  lang: Lang;
  dark?: boolean;
}

export function App({ host, lang, dark = false }: AppProps) {
  return (
    <FluentProvider theme={dark ? webDarkTheme : webLightTheme} lang={lang} style={{ minHeight: "100%" }}>
      <Pane host={host} lang={lang} />
    </FluentProvider>
  );
}
