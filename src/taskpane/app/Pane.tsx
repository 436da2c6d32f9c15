// The pane, top to bottom: the actions (recalculate; undo, clear highlights, export), what they report, the result
// (or the mapping flow), settings. The actions stay put whatever the result holds.
import { useCallback, useEffect, useMemo, useState } from "react";
import { Body1, Button, Caption1, Divider, makeStyles, Title3, tokens } from "@fluentui/react-components";
import type { ColumnMapping, Flag, Lang, RecalcOutcome, Scorecard, ScorecardHost, SheetSettings } from "../../scorecard";
import { BlockPicker } from "../blocks/BlockPicker";
import { defaultBlock, previousBlock, sheetBlocks, shownScorecard } from "../blocks/blockModel";
import { CompareSection } from "../compare/CompareSection";
import { ConfirmDialog } from "../recalc/ConfirmDialog";
import { DimensionBars } from "../results/DimensionBars";
import { ExportSection } from "../summary/ExportSection";
import { FlagGroups } from "../flags/FlagGroups";
import { HistoryActions } from "../history/HistoryActions";
import { MappingForm } from "../mapping/MappingForm";
import { NotAScorecardCard } from "../results/NotAScorecardCard";
import { errorNotice } from "../notices/notice";
import { NoticeArea } from "../notices/NoticeArea";
import { RecalcBar } from "../recalc/RecalcBar";
import { SettingsSection } from "../settings/SettingsSection";
import { scoringChange } from "../settings/settingsModel";
import { TotalCard } from "../results/TotalCard";
import { makeUi, UiContext } from "../strings/ui";
import { useConfirm } from "../recalc/useConfirm";
import { useHistory } from "../history/useHistory";
import { useRecalc } from "../recalc/useRecalc";
import { useRibbonNotice } from "../notices/useRibbonNotice";
import { useSession } from "./useSession";
import { useSheetSettings } from "../settings/useSheetSettings";

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
  // The block chosen belongs to the scorecard it was chosen on: a new recalculation shows its default block again.
  const [choice, setChoice] = useState<{ on: Scorecard; block: number } | null>(null);
  // The other sheet เทียบกับรอบก่อน compares with: the summary's change column is against it.
  const [comparedSheet, setComparedSheet] = useState<string | null>(null);
  const blocks = scorecard ? sheetBlocks(scorecard) : null;
  const chosenBlock = scorecard ? (choice?.on === scorecard ? choice.block : defaultBlock(scorecard)) : 0;
  const shown = scorecard ? shownScorecard(scorecard, chosenBlock) : undefined;

  useEffect(() => {
    const fromOutcome = outcomeSheet(outcome);
    if (fromOutcome) setSheetName(fromOutcome);
    else host.activeSheet().then(setSheetName, () => undefined);
  }, [host, outcome]);

  const last = state.undoStack[state.undoStack.length - 1];
  // Export summarises the recalculated sheet, or else the sheet in view; not one known to hold no scorecard.
  const exportSheet = scorecard?.sheetName ?? sheetName;
  const canExport = !!exportSheet && !(outcome?.status === "not-a-scorecard" && outcome.reason.sheetName === exportSheet);
  // Always in the action row, beside undo: where it was before the recalculation, and disabled where nothing can be summarised.
  const exportMenu =
    canExport && exportSheet ? (
      <ExportSection host={host} sheetName={exportSheet} earlierSheet={comparedSheet ?? undefined} busy={state.busy} setNotice={setNotice} />
    ) : (
      <Button disabledFocusable>{t.export.menu}</Button>
    );

  const saveMapping = async (mapping: ColumnMapping) => {
    if (!(await save({ ...settings, mapping }))) return;
    setEditing(false);
    await run();
  };
  // A new scoring method changes every level between targets, and (5-point) leaving pending KPIs out of the sum
  // changes every weighted score: when this sheet's total is on show, recalculate at once (the confirmation lists
  // what changes) and say the new total beside the choice, far below the total card; otherwise say the choice is
  // kept for the next recalculation.
  const [methodNote, setMethodNote] = useState<string | null>(null);
  const shownScale = scorecard && scorecard.sheetName === sheetName ? scorecard.scale : undefined;
  const changeSettings = async (next: SheetSettings) => {
    const change = scoringChange(settings, next, shownScale);
    setMethodNote(null);
    if (!(await save(next)) || !change) return;
    if (!scorecard || scorecard.sheetName !== sheetName) return setMethodNote(change === "method" ? t.methodSaved : t.settingSaved);
    const before = scorecard.totalText;
    const after = await run();
    const applied = change === "method" ? t.methodApplied : t.settingApplied;
    if (after?.status === "done") setMethodNote(applied(ui.fmt.plain(after.scorecard.totalText), ui.fmt.plain(before)));
  };
  const selectKpiCell = (cell: string) => host.selectCell(scorecard?.sheetName ?? sheetName ?? "", cell).catch(fail);
  const selectFlag = (flag: Flag) => selectKpiCell(flag.cell);

  return (
    <UiContext.Provider value={ui}>
      <main className={styles.root} aria-label={t.appTitle}>
        <header className={styles.header}>
          <Title3 as="h1">{t.appTitle}</Title3>
          {sheetName && <Caption1>{t.sheet(sheetName)}</Caption1>}
        </header>
        <RecalcBar busy={state.busy} onRun={run} />
        {/* The actions keep their place whatever the result below holds; what they report shows right under them. */}
        <HistoryActions last={last} busy={state.busy} highlightsCleared={history.clearedFor === last} onUndo={history.undo} onClearHighlights={history.clearHighlights}>
          {exportMenu}
        </HistoryActions>
        <NoticeArea notice={notice} busy={state.busy} step={step} />
        {outcome?.status === "not-a-scorecard" && (
          <>
            <NotAScorecardCard reason={outcome.reason} />
            <MappingForm host={host} sheetName={outcome.reason.sheetName} saved={settings.mapping} onSave={saveMapping} />
          </>
        )}
        {scorecard && shown && (
          <>
            {blocks && <BlockPicker blocks={blocks} chosen={chosenBlock} onChoose={(block) => setChoice({ on: scorecard, block })} />}
            <TotalCard scorecard={shown} />
            <DimensionBars scorecard={shown} />
            <FlagGroups scorecard={shown} onSelect={selectFlag} />
            <CompareSection host={host} scorecard={shown} previous={previousBlock(scorecard, chosenBlock)} onSelect={selectKpiCell} onComparedSheet={setComparedSheet} />
          </>
        )}
        <Divider />
        {editing && sheetName ? (
          <MappingForm host={host} sheetName={sheetName} saved={settings.mapping} onSave={saveMapping} onCancel={() => setEditing(false)} />
        ) : (
          <>
            <SettingsSection sheetName={sheetName} settings={settings} scale={shownScale} busy={state.busy} onChange={changeSettings} onEditMapping={() => setEditing(true)} />
            <Body1 role="status" data-testid="method-note">
              {methodNote}
            </Body1>
          </>
        )}
        <ConfirmDialog request={confirm.request} onAnswer={confirm.answer} />
      </main>
    </UiContext.Provider>
  );
}
