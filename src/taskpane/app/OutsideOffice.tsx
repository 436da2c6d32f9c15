// Shown when the page is opened in a plain browser: both languages, since Office can't tell us which.
import { FluentProvider, makeStyles, MessageBar, MessageBarBody, MessageBarTitle, Title3, tokens, webLightTheme } from "@fluentui/react-components";
import { STRINGS } from "../strings";

const useStyles = makeStyles({
  root: { display: "grid", gap: tokens.spacingVerticalM, padding: tokens.spacingHorizontalL, maxWidth: "640px" },
});

export function OutsideOffice() {
  const styles = useStyles();
  return (
    <FluentProvider theme={webLightTheme}>
      <main className={styles.root}>
        <Title3 as="h1">{STRINGS.th.appTitle}</Title3>
        {(["th", "en"] as const).map((lang) => (
          <MessageBar key={lang} intent="info" layout="multiline" lang={lang}>
            <MessageBarBody>
              <MessageBarTitle>{STRINGS[lang].outsideTitle}</MessageBarTitle>
              {STRINGS[lang].outsideBody}
            </MessageBarBody>
          </MessageBar>
        ))}
      </main>
    </FluentProvider>
  );
}
