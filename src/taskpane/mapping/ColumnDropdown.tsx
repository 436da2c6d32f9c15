// Pick the column that holds one role: options are column letters with the header text found there.
import { Dropdown, Field, Option } from "@fluentui/react-components";
import { columnName } from "../../scorecard";
import { useUi } from "../strings/ui";

export interface ColumnChoice {
  col: number;
  header: string;
}

export interface ColumnDropdownProps {
  label: string;
  choices: ColumnChoice[];
  value: number | undefined;
  required: boolean;
  invalid: boolean;
  onChange: (col: number | undefined) => void;
}

const NONE = "none";

export function ColumnDropdown({ label, choices, value, required, invalid, onChange }: ColumnDropdownProps) {
  const { t } = useUi();
  const text = (c: ColumnChoice) => t.columnOption(columnName(c.col), c.header || t.emptyColumn);
  const current = choices.find((c) => c.col === value);
  return (
    <Field label={label} required={required} validationMessage={invalid ? t.pickColumn : undefined} validationState={invalid ? "error" : "none"}>
      <Dropdown
        placeholder={t.pickColumn}
        value={current ? text(current) : ""}
        selectedOptions={current ? [String(current.col)] : []}
        onOptionSelect={(_, data) => onChange(data.optionValue === NONE || data.optionValue === undefined ? undefined : Number(data.optionValue))}
        data-role-label={label}
      >
        {!required && (
          <Option value={NONE} text="—">
            —
          </Option>
        )}
        {choices.map((c) => (
          <Option key={c.col} value={String(c.col)} text={text(c)}>
            {text(c)}
          </Option>
        ))}
      </Dropdown>
    </Field>
  );
}
