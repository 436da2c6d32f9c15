// For a sheet the engine can't read alone: choose the header row and the column of each missing role.
// Saved as the sheet's settings.mapping, so the next recalculation asks nothing.
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
import type { ColumnMapping, ColumnRole, Grid, ScorecardHost } from "../scorecard";
import { ColumnDropdown } from "./ColumnDropdown";
import { bounds, headerText, initialMapping, type HeaderReading } from "./mappingModel";
import { useUi } from "./ui";

const useStyles = makeStyles({
  root: { display: "grid", gap: tokens.spacingVerticalM },
  fields: { display: "grid", gap: tokens.spacingVerticalS },
  actions: { display: "flex", gap: tokens.spacingHorizontalS, flexWrap: "wrap" },
});

export interface MappingFormProps {
  host: ScorecardHost;
  sheetName: string;
  /** Roles the engine did not find: they must be chosen. */
  required: ColumnRole[];
  /** Where the engine read the header and the columns it found there: the form starts from it. */
  read: HeaderReading;
  saved?: ColumnMapping;
  onSave: (mapping: ColumnMapping) => void;
  onCancel?: () => void;
}

export function MappingForm({ host, sheetName, required, read, saved, onSave, onCancel }: MappingFormProps) {
  const { t, fmt } = useUi();
  const styles = useStyles();
  const [grid, setGrid] = useState<Grid | null>(null);
  const [mapping, setMapping] = useState<ColumnMapping | null>(null);
  const [tried, setTried] = useState(false);

  useEffect(() => {
    let live = true;
    host.readGrid(sheetName).then((g) => {
      if (!live) return;
      setGrid(g);
      setMapping(initialMapping(g, read, saved));
    });
    return () => {
      live = false;
    };
  }, [host, sheetName, read, saved]);

  const span = useMemo(() => (grid ? bounds(grid) : null), [grid]);
  if (!grid || !mapping || !span) return <Spinner size="tiny" label={t.steps.reading} />;

  const choices = span.columns.map((col) => ({ col, header: headerText(grid, mapping.headerRow, col) }));
  const others = (Object.keys(mapping.columns) as ColumnRole[]).filter((r) => !required.includes(r));
  const setColumn = (role: ColumnRole, col: number | undefined) => {
    const columns = { ...mapping.columns };
    if (col === undefined) delete columns[role];
    else columns[role] = col;
    setMapping({ ...mapping, columns });
  };
  const unmapped = required.filter((r) => mapping.columns[r] === undefined);
  const dropdown = (role: ColumnRole, isRequired: boolean) => (
    <ColumnDropdown
      key={role}
      label={t.roles[role]}
      choices={choices}
      value={mapping.columns[role]}
      required={isRequired}
      invalid={tried && isRequired && mapping.columns[role] === undefined}
      onChange={(col) => setColumn(role, col)}
    />
  );
  const save = () => {
    setTried(true);
    if (unmapped.length === 0) onSave(mapping);
  };

  return (
    <section className={styles.root} aria-labelledby="mapping-heading">
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
            if (Number.isFinite(n)) setMapping({ ...mapping, headerRow: Math.min(Math.max(n as number, span.firstRow + 1), span.lastRow + 1) - 1 });
          }}
        />
      </Field>
      {required.length > 0 && (
        <div className={styles.fields} role="group" aria-labelledby="mapping-missing">
          <Caption1 id="mapping-missing">{t.missing}</Caption1>
          {required.map((role) => dropdown(role, true))}
        </div>
      )}
      {others.length > 0 && (
        <Accordion collapsible defaultOpenItems={required.length === 0 ? ["others"] : []}>
          <AccordionItem value="others">
            <AccordionHeader as="h3">{`${t.moreColumns} (${fmt.plain(others.length)})`}</AccordionHeader>
            <AccordionPanel>
              <div className={styles.fields}>{others.map((role) => dropdown(role, false))}</div>
            </AccordionPanel>
          </AccordionItem>
        </Accordion>
      )}
      {tried && unmapped.length > 0 && <Body1 role="alert">{t.mapNeedsAll}</Body1>}
      <div className={styles.actions}>
        <Button appearance="primary" onClick={save}>
          {t.saveAndRun}
        </Button>
        {onCancel && <Button onClick={onCancel}>{t.cancelMapping}</Button>}
      </div>
    </section>
  );
}
