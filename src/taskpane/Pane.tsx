// The pane, top to bottom: action, status, result (or the mapping flow), history, settings.
import { useCallback, useEffect, useMemo, useState } from "react";
import { Caption1, Divider, makeStyles, MessageBar, MessageBarBody, MessageBarTitle, Title3, tokens } from "@fluentui/react-components";
import type { ColumnMapping, Flag, RecalcOutcome, ScorecardHost } from "../scorecard";
import { ConfirmDialog } from "./ConfirmDialog";
import { DimensionBars } from "./DimensionBars";
import { ExportSection } from "./ExportSection";
import { FlagGroups } from "./FlagGroups";
import { HistoryActions } from "./HistoryActions";
import type { Lang } from "./i18n";
import { MappingForm } from "./MappingForm";
import { NotAScorecardCard } from "./NotAScorecardCard";
import { errorNotice } from "./notice";
import { RecalcBar } from "./RecalcBar";
import { SettingsSection } from "./SettingsSection";
import { TotalCard } from "./TotalCard";
import { makeUi, UiContext } from "./ui";
import { useConfirm } from "./useConfirm";
import { useHistory } from "./useHistory";
import { useRecalc } from "./useRecalc";
import { useRibbonNotice } from "./useRibbonNotice";
import { useSession } from "./useSession";
import { useSheetSettings } from "./useSheetSettings";

const useStyles = makeStyles({
  root: {
    display: "grid",
    // minmax(0, 1fr): long KPI names wrap or ellipsize inside the pane instead of widening it.
    gridTemplateColumns: "minmax(0, 1fr)",
    gap: tokens.spacingVerticalL,
    padding: tokens.spacingHorizontalL,
    maxWidth: "560px",
    boxSizing: "border-box",
  },
  header: { display: "grid", gap: "2px" },
});

function outcomeSheet(outcome: RecalcOutcome | undefined): string | undefined {
  if (!outcome) return undefined;
  return outcome.status === "not-a-scorecard" ? outcome.reason.sheetName : outcome.scorecard.sheetName;
}

export function Pane({ host, lang }: { host: ScorecardHost; lang: Lang }) {
  const styles = useStyles();
  const state = useSession();
  const outcome = state.lastOutcome;
  const scorecard = outcome && outcome.status !== "not-a-scorecard" ? outcome.scorecard : undefined;
  const ui = useMemo(() => makeUi(lang, scorecard?.thaiDigits), [lang, scorecard]);
  const { t } = ui;

  const confirm = useConfirm();
  const { run, step, notice, setNotice } = useRecalc(host, ui, confirm.ask);
  const history = useHistory(host, ui, setNotice);
  useRibbonNotice(lang, setNotice);
  const [sheetName, setSheetName] = useState<string | null>(null);
  const fail = useCallback(
    (error: unknown) => setNotice(errorNotice(ui, error)),
    [ui, setNotice],
  );
  const { settings, save } = useSheetSettings(host, sheetName, fail);
  const [editing, setEditing] = useState(false);

  useEffect(() => {
    const fromOutcome = outcomeSheet(outcome);
    if (fromOutcome) setSheetName(fromOutcome);
    else host.activeSheet().then(setSheetName, () => undefined);
  }, [host, outcome]);

  const editStart = useMemo<ColumnMapping | undefined>(
    () => settings.mapping ?? (scorecard ? { headerRow: scorecard.layout.headerBottom, columns: scorecard.layout.columns } : undefined),
    [settings.mapping, scorecard],
  );
  // Editing starts from editStart (the saved mapping, or where the engine read the scorecard); nothing else to add.
  const noReading = useMemo(() => ({ headerRow: null, columns: {} }), []);
  const last = state.undoStack[state.undoStack.length - 1];
  // Export summarises the recalculated sheet, or else the sheet in view; not one known to hold no scorecard.
  const exportSheet = scorecard?.sheetName ?? sheetName;
  const canExport = !!exportSheet && !(outcome?.status === "not-a-scorecard" && outcome.reason.sheetName === exportSheet);
  // Beside the result it summarises (above the long flag list), or alone before any recalculation.
  const exportMenu = canExport && exportSheet ? <ExportSection host={host} sheetName={exportSheet} busy={state.busy} setNotice={setNotice} /> : null;

  const saveMapping = async (mapping: ColumnMapping) => {
    if (!(await save({ ...settings, mapping }))) return;
    setEditing(false);
    await run();
  };
  const selectFlag = (flag: Flag) => host.selectCell(scorecard?.sheetName ?? sheetName ?? "", flag.cell).catch(fail);

  return (
    <UiContext.Provider value={ui}>
      <main className={styles.root} aria-label={t.appTitle}>
        <header className={styles.header}>
          <Title3 as="h1">{t.appTitle}</Title3>
          {sheetName && <Caption1>{t.sheet(sheetName)}</Caption1>}
        </header>
        <RecalcBar busy={state.busy} step={step} onRun={run} />
        <div aria-live="polite">
          {notice && (
            <MessageBar intent={notice.intent} layout="multiline" data-testid="notice">
              <MessageBarBody>
                <MessageBarTitle>{notice.text}</MessageBarTitle>
                {notice.detail}
              </MessageBarBody>
            </MessageBar>
          )}
        </div>
        {outcome?.status === "not-a-scorecard" && (
          <>
            <NotAScorecardCard reason={outcome.reason} />
            <MappingForm host={host} sheetName={outcome.reason.sheetName} required={outcome.reason.missing} read={outcome.reason} saved={settings.mapping} onSave={saveMapping} />
          </>
        )}
        {scorecard && (
          <>
            <TotalCard scorecard={scorecard} />
            <DimensionBars dimensions={scorecard.dimensions} />
            {exportMenu}
            <FlagGroups scorecard={scorecard} onSelect={selectFlag} />
          </>
        )}
        {!scorecard && exportMenu}
        <HistoryActions last={last} busy={state.busy} highlightsCleared={history.clearedFor === last} onUndo={history.undo} onClearHighlights={history.clearHighlights} />
        <Divider />
        {editing && sheetName ? (
          <MappingForm host={host} sheetName={sheetName} required={[]} read={noReading} saved={editStart} onSave={saveMapping} onCancel={() => setEditing(false)} />
        ) : (
          <SettingsSection sheetName={sheetName} settings={settings} busy={state.busy} onChange={save} onEditMapping={() => setEditing(true)} />
        )}
        <ConfirmDialog request={confirm.request} onAnswer={confirm.answer} />
      </main>
    </UiContext.Provider>
  );
}
