// ส่งออก: the summary the director gets, as a sheet of this workbook (asked before replacing one), or
// downloaded as .xlsx or .csv. The work itself is in summaryActions.ts, loaded on first use.
import { useRef, useState } from "react";
import {
  Button,
  Dialog,
  DialogActions,
  DialogBody,
  DialogContent,
  DialogSurface,
  DialogTitle,
  Menu,
  MenuButton,
  MenuItem,
  MenuList,
  MenuPopover,
  MenuTrigger,
  makeStyles,
  tokens,
} from "@fluentui/react-components";
import { SheetExistsError, type Summary } from "../../scorecard";
import type { ExportSectionProps } from "./ExportSection.types";
import { errorNotice } from "../notices/notice";
import { useUi } from "../strings/ui";

type Action = "sheet" | "xlsx" | "csv";

const useStyles = makeStyles({
  root: { display: "flex", gap: tokens.spacingHorizontalS, alignItems: "center", flexWrap: "wrap" },
});

const loadActions = () => import("./summaryActions");

export default function ExportMenu({ host, sheetName, earlierSheet, busy, setNotice }: ExportSectionProps) {
  const { t, lang } = useUi();
  const styles = useStyles();
  const [working, setWorking] = useState(false);
  // The summary waiting for the answer to "replace the sheet?".
  const [pending, setPending] = useState<{ summary: Summary; sheet: string; since?: string } | null>(null);
  const trigger = useRef<HTMLButtonElement>(null);

  const fail = (error: unknown) => setNotice(errorNotice({ lang, t }, error));

  // Which earlier round the change column is against, said under the outcome when the pane's comparison chose it.
  const since = (sheet?: string) => (sheet !== undefined ? { detail: t.export.since(sheet) } : {});

  const writeSheet = async (summary: Summary, replace: boolean, earlier?: string) => {
    const actions = await loadActions();
    try {
      await actions.writeSummarySheet(host, summary, replace);
      setNotice({ intent: "success", text: t.export.sheetDone(actions.SUMMARY_SHEET), ...since(earlier) });
    } catch (error) {
      if (error instanceof SheetExistsError) setPending({ summary, sheet: error.sheetName, since: earlier });
      else throw error;
    }
  };

  const run = async (action: Action) => {
    if (working || busy) return;
    setWorking(true);
    // Said under the action row, where the result will show (and announced), instead of a spinner that moves the row.
    setNotice({ intent: "info", text: t.export.working });
    try {
      const actions = await loadActions();
      if (sheetName === actions.SUMMARY_SHEET) {
        setNotice({ intent: "warning", text: t.export.isSummary });
        return;
      }
      const prepared = await actions.prepareSummary(host, sheetName, new Date(), earlierSheet);
      if (!prepared.ok) {
        setNotice({ intent: "warning", text: t.export.notAScorecard, detail: prepared.reason[lang] });
        return;
      }
      if (action === "sheet") {
        const names = await host.listSheets();
        const taken = names.find((n) => n.toLowerCase() === actions.SUMMARY_SHEET.toLowerCase());
        if (taken !== undefined) setPending({ summary: prepared.summary, sheet: taken, since: prepared.since });
        else await writeSheet(prepared.summary, false, prepared.since);
      } else {
        const file = await actions.downloadSummary(prepared.summary, action, lang);
        setNotice({ intent: "success", text: t.export.downloaded(file), ...since(prepared.since) });
      }
    } catch (error) {
      fail(error);
    } finally {
      setWorking(false);
    }
  };

  const answer = async (replace: boolean) => {
    const asked = pending;
    setPending(null);
    if (!asked || !replace) {
      trigger.current?.focus();
      return;
    }
    setWorking(true);
    try {
      await writeSheet(asked.summary, true, asked.since);
    } catch (error) {
      fail(error);
    } finally {
      setWorking(false);
    }
  };

  return (
    <div className={styles.root}>
      <Menu>
        <MenuTrigger disableButtonEnhancement>
          <MenuButton ref={trigger} disabledFocusable={busy || working} data-testid="export-menu">
            {t.export.menu}
          </MenuButton>
        </MenuTrigger>
        <MenuPopover>
          <MenuList>
            {host.writeSummarySheet && <MenuItem onClick={() => void run("sheet")}>{t.export.sheet}</MenuItem>}
            <MenuItem onClick={() => void run("xlsx")}>{t.export.xlsx}</MenuItem>
            <MenuItem onClick={() => void run("csv")}>{t.export.csv}</MenuItem>
          </MenuList>
        </MenuPopover>
      </Menu>
      <Dialog open={pending !== null} onOpenChange={(_, data) => !data.open && void answer(false)}>
        <DialogSurface>
          <DialogBody>
            <DialogTitle>{t.export.replaceTitle(pending?.sheet ?? "")}</DialogTitle>
            <DialogContent>{t.export.replaceBody}</DialogContent>
            <DialogActions>
              <Button appearance="secondary" onClick={() => void answer(false)}>
                {t.cancel}
              </Button>
              <Button appearance="primary" onClick={() => void answer(true)}>
                {t.export.replace}
              </Button>
            </DialogActions>
          </DialogBody>
        </DialogSurface>
      </Dialog>
    </div>
  );
}
