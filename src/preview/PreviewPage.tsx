// The dev-only preview: the real task pane beside the workbook it works on.
import { FluentProvider, Link, makeStyles, Subtitle2, tokens, webLightTheme } from "@fluentui/react-components";
import type { Lang } from "../scorecard";
import { App } from "../taskpane/app/App";
import { GridView } from "./GridView";
import type { PreviewHost } from "./previewHost";
import { SheetTabs } from "./SheetTabs";

/** The link to the pane in the other language, named in that language. */
const OTHER: Record<Lang, { lang: Lang; name: string }> = { th: { lang: "en", name: "English" }, en: { lang: "th", name: "ไทย" } };

export const PREVIEW_FILES = ["hr-scorecard-2566-6m.xlsx", "hr-scorecard-2566-6m-results.xlsx", "no-scorecard.xlsx", "agency-5point.xlsx", "two-rounds.xlsx"];

const useStyles = makeStyles({
  page: { display: "flex", height: "100vh", gap: 0 },
  sheet: { display: "flex", flexDirection: "column", flexGrow: 1, minWidth: 0, borderInlineEndWidth: "1px", borderInlineEndStyle: "solid", borderInlineEndColor: tokens.colorNeutralStroke1 },
  bar: { display: "flex", gap: tokens.spacingHorizontalM, alignItems: "center", flexWrap: "wrap", padding: tokens.spacingHorizontalS },
  pane: { width: "360px", flexShrink: 0, overflowY: "auto" },
});

export function PreviewPage({ host, lang, file, dark, width = 360 }: { host: PreviewHost; lang: Lang; file: string; dark: boolean; width?: number }) {
  const styles = useStyles();
  const link = (f: string, l: Lang) => `?file=${encodeURIComponent(f)}${l === "en" ? "&lang=en" : ""}`;
  return (
    <FluentProvider theme={webLightTheme}>
      <div className={styles.page}>
        <section className={styles.sheet} aria-label="Workbook">
          <nav className={styles.bar} aria-label="Preview files">
            <Subtitle2 as="h1">Preview · {file}</Subtitle2>
            {PREVIEW_FILES.map((f) => (
              <Link key={f} href={link(f, lang)} aria-current={f === file ? "page" : undefined}>
                {f}
              </Link>
            ))}
            <Link href={link(file, OTHER[lang].lang)}>{OTHER[lang].name}</Link>
          </nav>
          <GridView host={host} />
          <SheetTabs host={host} />
        </section>
        <div className={styles.pane} style={{ width: `${width}px` }} data-testid="pane">
          <App host={host} lang={lang} dark={dark} />
        </div>
      </div>
    </FluentProvider>
  );
}
