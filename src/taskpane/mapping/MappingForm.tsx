// Choose the header row and the column of each role, saved as the sheet's settings.mapping. The form opens filled
// with what the engine reads on the sheet (through the saved mapping, or automatically), says before saving what
// the choice still lacks, and never saves a mapping that reads the sheet worse than automatic reading does.
import { useEffect, useMemo, useState } from "react";
import {
  Accordion,
  AccordionHeader,
  AccordionItem,
  AccordionPanel,
  Body1,
  Button,
  Caption1,
  Field,
  makeStyles,
  Spinner,
  SpinButton,
  Subtitle2,
  tokens,
} from "@fluentui/react-components";
import { analyze, type AnalyzeResult, type ColumnMapping, type ColumnRole, type Grid, type ScorecardHost } from "../../scorecard";
import { ColumnDropdown } from "./ColumnDropdown";
import { bounds, columnsAt, headerText, judgeMapping, startMapping } from "./mappingModel";
import { useUi } from "../strings/ui";

const useStyles = makeStyles({
  root: { display: "grid", gap: tokens.spacingVerticalM },
  fields: { display: "grid", gap: tokens.spacingVerticalS },
  actions: { display: "flex", gap: tokens.spacingHorizontalS, flexWrap: "wrap" },
  problem: { color: tokens.colorPaletteRedForeground1 },
});

export interface MappingFormProps {
  host: ScorecardHost;
  sheetName: string;
  saved?: ColumnMapping;
  onSave: (mapping: ColumnMapping) => void;
  onCancel?: () => void;
}

interface Loaded {
  grid: Grid;
  auto: AnalyzeResult;
  /** Roles the form's starting point lacks: asked for first. */
  required: ColumnRole[];
}

export function MappingForm({ host, sheetName, saved, onSave, onCancel }: MappingFormProps) {
  const { t, fmt } = useUi();
  const styles = useStyles();
  const [loaded, setLoaded] = useState<Loaded | null>(null);
  const [mapping, setMapping] = useState<ColumnMapping | null>(null);
  const [tried, setTried] = useState(false);

  useEffect(() => {
    let live = true;
    host.readGrid(sheetName).then((grid) => {
      if (!live) return;
      const auto = analyze(grid);
      const start = startMapping(grid, auto, saved);
      const first = judgeMapping(grid, start, auto);
      setLoaded({ grid, auto, required: first.ok ? [] : first.missing });
      setMapping(start);
    });
    return () => {
      live = false;
    };
  }, [host, sheetName, saved]);

  const verdict = useMemo(() => (loaded && mapping ? judgeMapping(loaded.grid, mapping, loaded.auto) : null), [loaded, mapping]);
  const span = useMemo(() => (loaded ? bounds(loaded.grid) : null), [loaded]);
  if (!loaded || !mapping || !span || !verdict) return <Spinner size="tiny" label={t.steps.reading} />;
  const { grid, required } = loaded;

  const choices = span.columns.map((col) => ({ col, header: headerText(grid, mapping.headerRow, col) }));
  const others = (Object.keys(t.roles) as ColumnRole[]).filter((r) => !required.includes(r));
  const setColumn = (role: ColumnRole, col: number | undefined) => {
    const columns = { ...mapping.columns };
    if (col === undefined) delete columns[role];
    else columns[role] = col;
    setMapping({ ...mapping, columns });
  };
  const setHeaderRow = (row: number) => {
    // What the engine recognises on the new row replaces the columns, unless it recognises less there.
    const found = columnsAt(grid, row);
    const keep = Object.keys(found).length < Object.keys(mapping.columns).length;
    setMapping({ headerRow: row, columns: keep ? mapping.columns : found });
  };
  const missing = verdict.ok ? [] : verdict.missing;
  const dropdown = (role: ColumnRole, isRequired: boolean) => (
    <ColumnDropdown
      key={role}
      label={t.roles[role]}
      choices={choices}
      value={mapping.columns[role]}
      required={isRequired}
      invalid={tried && missing.includes(role)}
      onChange={(col) => setColumn(role, col)}
    />
  );
  const status = verdict.ok
    ? t.mapReads(fmt.plain(verdict.kpis))
    : verdict.missing.length > 0
      ? t.mapStillMissing(verdict.missing.map((r) => t.roles[r]).join(", "))
      : verdict.fewer
        ? t.mapWorse(fmt.plain(verdict.fewer.kpis), fmt.plain(verdict.fewer.auto))
        : t.mapNeedsAll;
  const save = () => {
    setTried(true);
    if (verdict.ok) onSave(mapping);
  };

  return (
    <section className={styles.root} aria-labelledby="mapping-heading" data-testid="mapping-form">
      <Subtitle2 as="h2" id="mapping-heading">
        {t.mapTitle}
      </Subtitle2>
      <Body1>{t.mapIntro}</Body1>
      <Field label={t.headerRow} hint={t.rowRange(fmt.plain(span.firstRow + 1), fmt.plain(span.lastRow + 1))}>
        <SpinButton
          value={mapping.headerRow + 1}
          min={span.firstRow + 1}
          max={span.lastRow + 1}
          onChange={(_, data) => {
            const n = data.value ?? Number.parseInt(data.displayValue ?? "", 10);
            if (Number.isFinite(n)) setHeaderRow(Math.min(Math.max(n as number, span.firstRow + 1), span.lastRow + 1) - 1);
          }}
        />
      </Field>
      {required.length > 0 && (
        <div className={styles.fields} role="group" aria-labelledby="mapping-missing">
          <Caption1 id="mapping-missing">{t.missing}</Caption1>
          {required.map((role) => dropdown(role, true))}
        </div>
      )}
      <Accordion collapsible defaultOpenItems={required.length === 0 ? ["others"] : []}>
        <AccordionItem value="others">
          <AccordionHeader as="h3">{`${required.length > 0 ? t.moreColumns : t.allColumns} (${fmt.plain(others.length)})`}</AccordionHeader>
          <AccordionPanel>
            <div className={styles.fields}>{others.map((role) => dropdown(role, false))}</div>
          </AccordionPanel>
        </AccordionItem>
      </Accordion>
      {/* Said while choosing, before any save: what the choice reads, or what it still lacks. */}
      <Body1 role={tried && !verdict.ok ? "alert" : "status"} className={verdict.ok ? undefined : styles.problem} data-testid="mapping-status">
        {status}
      </Body1>
      <div className={styles.actions}>
        <Button appearance="primary" onClick={save}>
          {t.saveAndRun}
        </Button>
        {onCancel && <Button onClick={onCancel}>{t.cancelMapping}</Button>}
      </div>
    </section>
  );
}
