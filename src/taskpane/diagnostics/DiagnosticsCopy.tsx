// "คัดลอกข้อมูลสำหรับแจ้งปัญหา": puts the support details (diagnosticsText) on the clipboard. Where the webview
// refuses (no clipboard permission in the add-in's frame, an older webview), the text appears in a read-only box,
// focused and selected, to copy by hand.
import { Body1, Button, Field, makeStyles, Textarea, tokens } from "@fluentui/react-components";
import { useEffect, useRef, useState } from "react";
import { useUi } from "../strings/ui";
import { collectDiagnostics, diagnosticsText } from "./diagnosticsText";
import { lastError } from "./lastError";

const useStyles = makeStyles({
  root: { display: "grid", gap: tokens.spacingVerticalS, justifyItems: "start" },
  field: { justifySelf: "stretch" },
  text: { fontFamily: tokens.fontFamilyMonospace, fontSize: tokens.fontSizeBase200 },
});

/** Some webviews leave the promise pending instead of refusing: after this long it counts as refused. */
const CLIPBOARD_WAIT_MS = 1500;

async function writeClipboard(text: string): Promise<boolean> {
  if (typeof navigator === "undefined" || !navigator.clipboard?.writeText) return false;
  let timer: ReturnType<typeof setTimeout> | undefined;
  const refused = new Promise<boolean>((resolve) => (timer = setTimeout(() => resolve(false), CLIPBOARD_WAIT_MS)));
  try {
    return await Promise.race([navigator.clipboard.writeText(text).then(() => true), refused]);
  } catch {
    return false;
  } finally {
    clearTimeout(timer);
  }
}

export function DiagnosticsCopy() {
  const s = useUi().t.diagnostics;
  const styles = useStyles();
  const [manualText, setManualText] = useState<string | null>(null);
  const [copied, setCopied] = useState(false);
  const box = useRef<HTMLTextAreaElement>(null);

  const copy = async () => {
    const text = diagnosticsText(collectDiagnostics(typeof Office === "undefined" ? undefined : Office, navigator.userAgent, lastError()));
    setCopied(false);
    if (await writeClipboard(text)) {
      setManualText(null);
      setCopied(true);
    } else {
      setManualText(text);
    }
  };

  // The box is shown: select its text for Ctrl+C, and try the older copy command, which some webviews still allow.
  useEffect(() => {
    const el = box.current;
    if (!manualText || !el) return;
    el.focus();
    el.select();
    try {
      if (document.execCommand?.("copy")) setCopied(true);
    } catch {
      // the box stays for a copy by hand
    }
  }, [manualText]);

  return (
    <div className={styles.root}>
      <Button size="small" onClick={() => void copy()}>
        {s.copy}
      </Button>
      <Body1 role="status" aria-live="polite">
        {copied ? s.copied : manualText ? s.copyByHand : ""}
      </Body1>
      {manualText && (
        <Field label={s.textLabel} className={styles.field}>
          <Textarea ref={box} textarea={{ className: styles.text }} value={manualText} readOnly resize="vertical" rows={10} data-testid="support-details" />
        </Field>
      )}
    </div>
  );
}
