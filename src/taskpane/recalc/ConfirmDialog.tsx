// Asked before cells change: how many, the first few old → new, and (separately, off by default)
// whether formula cells may be overwritten.
import { useEffect, useRef, useState } from "react";
import {
  Button,
  Checkbox,
  Dialog,
  DialogActions,
  DialogBody,
  DialogContent,
  DialogSurface,
  DialogTitle,
  makeStyles,
  tokens,
} from "@fluentui/react-components";
import { listedValue, type CellWrite, type Consent } from "../../scorecard";
import type { ConfirmRequest } from "./useConfirm";
import { makeUi, UiContext, useUi } from "../strings/ui";

const SHOWN = 8;

const useStyles = makeStyles({
  list: { margin: 0, paddingInlineStart: tokens.spacingHorizontalL, display: "grid", gap: "2px" },
  cell: { fontWeight: tokens.fontWeightSemibold, marginInlineEnd: tokens.spacingHorizontalXS },
  content: { display: "grid", gap: tokens.spacingVerticalS },
});

function ChangeList({ writes, formulas }: { writes: CellWrite[]; formulas: boolean }) {
  const { t, fmt } = useUi();
  const styles = useStyles();
  const before = (w: CellWrite) => (formulas && w.previous.formula ? w.previous.formula : listedValue(w.previous.value, fmt, t.blank));
  return (
    <ul className={styles.list}>
      {writes.slice(0, SHOWN).map((w) => (
        <li key={w.address}>
          <span className={styles.cell}>{w.address}</span>
          {`${before(w)} → ${listedValue(w.value, fmt, t.blank)}`}
        </li>
      ))}
      {writes.length > SHOWN && <li>{t.confirmMore(fmt.plain(writes.length - SHOWN))}</li>}
    </ul>
  );
}

export function ConfirmDialog({ request, onAnswer }: { request: ConfirmRequest | null; onAnswer: (c: Consent) => void }) {
  const { lang } = useUi();
  // Keep showing the last question while the dialog animates closed.
  const shown = useRef<ConfirmRequest | null>(null);
  if (request) shown.current = request;
  const changed = shown.current?.preview.changed ?? [];
  const formulas = shown.current?.preview.formulas ?? [];
  // Asked before the outcome is shown: the digits follow the sheet, as the engine read it.
  const ui = makeUi(lang, shown.current?.preview.thaiDigits);
  return (
    <UiContext.Provider value={ui}>
      <ConfirmDialogBody request={request} changed={changed} formulas={formulas} onAnswer={onAnswer} />
    </UiContext.Provider>
  );
}

interface BodyProps {
  request: ConfirmRequest | null;
  changed: CellWrite[];
  formulas: CellWrite[];
  onAnswer: (c: Consent) => void;
}

function ConfirmDialogBody({ request, changed, formulas, onAnswer }: BodyProps) {
  const { t, fmt } = useUi();
  const styles = useStyles();
  const [overwrite, setOverwrite] = useState(false);
  useEffect(() => setOverwrite(false), [request]);
  const title = changed.length > 0 ? t.confirmTitle(fmt.plain(changed.length)) : t.confirmFormulasOnly;
  return (
    <Dialog open={request !== null} onOpenChange={(_, data) => !data.open && onAnswer({ proceed: false, overwriteFormulas: false })}>
      <DialogSurface aria-describedby={undefined}>
        <DialogBody>
          <DialogTitle>{title}</DialogTitle>
          <DialogContent className={styles.content}>
            {changed.length > 0 && <span>{t.confirmIntro}</span>}
            {changed.length > 0 && <ChangeList writes={changed} formulas={false} />}
            {formulas.length > 0 && (
              <>
                <Checkbox
                  checked={overwrite}
                  onChange={(_, data) => setOverwrite(data.checked === true)}
                  label={t.overwriteFormulas(fmt.plain(formulas.length))}
                />
                <ChangeList writes={formulas} formulas />
              </>
            )}
          </DialogContent>
          <DialogActions>
            <Button appearance="secondary" onClick={() => onAnswer({ proceed: false, overwriteFormulas: false })}>
              {t.cancel}
            </Button>
            <Button appearance="primary" onClick={() => onAnswer({ proceed: true, overwriteFormulas: overwrite })}>
              {t.confirm}
            </Button>
          </DialogActions>
        </DialogBody>
      </DialogSurface>
    </Dialog>
  );
}
