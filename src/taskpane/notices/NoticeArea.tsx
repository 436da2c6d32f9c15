// What the action buttons report, right under them: the recalculation's progress while it runs, then its outcome,
// an export's result or an error. Two live regions stay in the page from the start (screen readers announce
// changes to a region they already know, not one inserted with its text): errors as an alert, the rest as status.
import { Field, makeStyles, MessageBar, MessageBarBody, MessageBarTitle, ProgressBar, tokens } from "@fluentui/react-components";
import type { RecalcStep } from "../../scorecard";
import type { Notice } from "./notice";
import { useUi } from "../strings/ui";

const useStyles = makeStyles({
  root: { display: "grid", gap: tokens.spacingVerticalS },
  region: { display: "grid", ":empty": { display: "none" } },
});

export function NoticeArea({ notice, busy, step }: { notice: Notice | null; busy: boolean; step: RecalcStep | null }) {
  const { t } = useUi();
  const styles = useStyles();
  const stepText = step ? t.steps[step] : t.steps.reading;
  const bar = (n: Notice) => (
    <MessageBar intent={n.intent} layout="multiline" data-testid="notice" politeness={n.intent === "error" ? "assertive" : "polite"}>
      <MessageBarBody>
        <MessageBarTitle>{n.text}</MessageBarTitle>
        {n.detail}
      </MessageBarBody>
    </MessageBar>
  );
  return (
    <div className={styles.root} data-testid="notices">
      <div role="status" className={styles.region}>
        {busy && (
          <Field validationMessage={stepText} validationState="none">
            <ProgressBar thickness="large" aria-label={stepText} />
          </Field>
        )}
        {notice && notice.intent !== "error" && bar(notice)}
      </div>
      <div role="alert" className={styles.region}>
        {notice && notice.intent === "error" && bar(notice)}
      </div>
    </div>
  );
}
