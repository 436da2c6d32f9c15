// The active sheet's settings: scoring method, and the column mapping (automatic or hand-made).
import { Body1, Button, Field, makeStyles, Radio, RadioGroup, Subtitle2, tokens } from "@fluentui/react-components";
import type { ScoringMethod, SheetSettings } from "../../scorecard";
import { DiagnosticsCopy } from "../diagnostics/DiagnosticsCopy";
import { useUi } from "../strings/ui";

const useStyles = makeStyles({
  root: { display: "grid", gap: tokens.spacingVerticalS },
  actions: { display: "flex", gap: tokens.spacingHorizontalS, flexWrap: "wrap" },
});

export interface SettingsSectionProps {
  sheetName: string | null;
  settings: SheetSettings;
  busy: boolean;
  onChange: (settings: SheetSettings) => void;
  onEditMapping: () => void;
}

export function SettingsSection({ sheetName, settings, busy, onChange, onEditMapping }: SettingsSectionProps) {
  const { t, fmt } = useUi();
  const styles = useStyles();
  const mapping = settings.mapping;
  const removeMapping = () => {
    const { mapping: _removed, ...rest } = settings;
    onChange(rest);
  };
  return (
    <section className={styles.root} aria-labelledby="settings-heading">
      <Subtitle2 as="h2" id="settings-heading">
        {t.settings}
        {sheetName ? ` · ${sheetName}` : ""}
      </Subtitle2>
      <Field label={t.method}>
        <RadioGroup
          value={settings.method ?? "step"}
          disabled={busy}
          onChange={(_, data) => onChange({ ...settings, method: data.value as ScoringMethod })}
        >
          <Radio value="step" label={t.methodStep} />
          <Radio value="linear" label={t.methodLinear} />
        </RadioGroup>
      </Field>
      <Body1>
        {`${t.mapping}: `}
        {mapping ? t.mappingSaved(fmt.plain(mapping.headerRow + 1), fmt.plain(Object.keys(mapping.columns).length)) : t.mappingNone}
      </Body1>
      <div className={styles.actions}>
        <Button size="small" disabled={busy || !sheetName} onClick={onEditMapping}>
          {t.editMapping}
        </Button>
        {mapping && (
          <Button size="small" disabled={busy} onClick={removeMapping}>
            {t.removeMapping}
          </Button>
        )}
      </div>
      <DiagnosticsCopy />
    </section>
  );
}
