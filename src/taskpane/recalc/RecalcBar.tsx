// The primary action. Its progress shows under the action row (NoticeArea), so nothing moves while it runs.
import { Button } from "@fluentui/react-components";
import { useUi } from "../strings/ui";

export function RecalcBar({ busy, onRun }: { busy: boolean; onRun: () => void }) {
  const { t } = useUi();
  return (
    <Button appearance="primary" size="large" disabled={busy} onClick={onRun}>
      {t.recalculate}
    </Button>
  );
}
