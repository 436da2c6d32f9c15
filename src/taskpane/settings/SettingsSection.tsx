// The active sheet's settings: scoring method (on a 5-point table also whether pending KPIs keep their weight), and
// the column mapping (automatic or hand-made).
import { Body1, Button, Caption1, Checkbox, Field, makeStyles, Radio, RadioGroup, Subtitle2, tokens } from "@fluentui/react-components";
import type { Scale, ScoringMethod, SheetSettings } from "../../scorecard";
import { shownMethod } from "./settingsModel";
import { DiagnosticsCopy } from "../diagnostics/DiagnosticsCopy";
import { useUi } from "../strings/ui";

const useStyles = makeStyles({
  root: { display: "grid", gap: tokens.spacingVerticalS },
  actions: { display: "flex", gap: tokens.spacingHorizontalS, flexWrap: "wrap" },
  note: { color: tokens.colorNeutralForeground3 },
});

export interface SettingsSectionProps {
  sheetName: string | null;
  settings: SheetSettings;
  /** The sheet's scale, once a recalculation has read it; unknown: the HR Scorecard's settings. */
  scale?: Scale;
  busy: boolean;
  onChange: (settings: SheetSettings) => void;
  onEditMapping: () => void;
}

export function SettingsSection({ sheetName, settings, scale, busy, onChange, onEditMapping }: SettingsSectionProps) {
  const { t, fmt } = useUi();
  const styles = useStyles();
  const mapping = settings.mapping;
  const fivePoint = scale === 5;
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
          value={shownMethod(settings, scale)}
          disabled={busy}
          onChange={(_, data) => onChange({ ...settings, method: data.value as ScoringMethod })}
        >
          <Radio value="step" label={t.methodStep} />
          {/* The 5-point scale interpolates unless told otherwise: said on the choice. */}
          <Radio
            value="linear"
            label={
              fivePoint ? (
                <>
                  {`${t.methodLinear} `}
                  {/* On a line of its own: Thai breaks "ค่าเริ่มต้น" mid-word at the end of a narrow line. */}
                  <Caption1 block className={styles.note}>
                    {t.methodDefault}
                  </Caption1>
                </>
              ) : (
                t.methodLinear
              )
            }
          />
        </RadioGroup>
      </Field>
      {fivePoint && (
        <Field hint={t.pendingOutOfSumHint}>
          <Checkbox
            label={t.pendingOutOfSum}
            checked={settings.pendingOutOfSum === true}
            disabled={busy}
            onChange={(_, data) => onChange({ ...settings, pendingOutOfSum: data.checked === true })}
          />
        </Field>
      )}
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
