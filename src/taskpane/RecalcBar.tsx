// The primary action and, while it runs, the current step.
import { Button, ProgressBar, Field, makeStyles, tokens } from "@fluentui/react-components";
import type { RecalcStep } from "../scorecard";
import { useUi } from "./ui";

const useStyles = makeStyles({
  root: { display: "grid", gap: tokens.spacingVerticalS },
});

export function RecalcBar({ busy, step, onRun }: { busy: boolean; step: RecalcStep | null; onRun: () => void }) {
  const { t } = useUi();
  const styles = useStyles();
  return (
    <div className={styles.root}>
      <Button appearance="primary" size="large" disabled={busy} onClick={onRun}>
        {t.recalculate}
      </Button>
      {busy && (
        <Field validationMessage={step ? t.steps[step] : t.steps.reading} validationState="none">
          <ProgressBar thickness="large" aria-label={step ? t.steps[step] : t.steps.reading} />
        </Field>
      )}
    </div>
  );
}
