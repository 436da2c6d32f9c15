// The result blocks of the sheet side by side, each its heading and total: choosing one (arrow keys, a radio group)
// shows that block's scorecard in the cards below. The options wrap at the pane's narrow width.
import { Caption1, makeStyles, Radio, RadioGroup, Subtitle2, tokens } from "@fluentui/react-components";
import type { BlockScorecard } from "../../scorecard";
import { useUi } from "../strings/ui";

const useStyles = makeStyles({
  root: { display: "grid", gap: tokens.spacingVerticalXS },
  group: { display: "flex", flexDirection: "row", flexWrap: "wrap", gap: tokens.spacingHorizontalXS },
  option: {
    border: `${tokens.strokeWidthThin} solid ${tokens.colorNeutralStroke2}`,
    borderRadius: tokens.borderRadiusMedium,
    minWidth: 0,
  },
  label: { display: "grid" },
  total: { fontWeight: tokens.fontWeightSemibold, fontVariantNumeric: "tabular-nums" },
});

export function BlockPicker({ blocks, chosen, onChoose }: { blocks: BlockScorecard[]; chosen: number; onChoose: (i: number) => void }) {
  const { t, fmt } = useUi();
  const styles = useStyles();
  return (
    <section className={styles.root} aria-labelledby="blocks-heading" data-testid="blocks">
      <Subtitle2 as="h2" id="blocks-heading">
        {t.blocks.heading}
      </Subtitle2>
      <Caption1 id="blocks-hint">{t.blocks.hint}</Caption1>
      <RadioGroup
        className={styles.group}
        layout="horizontal"
        aria-labelledby="blocks-heading"
        aria-describedby="blocks-hint"
        value={String(chosen)}
        onChange={(_, data) => onChoose(Number(data.value))}
      >
        {blocks.map((b, i) => (
          <Radio
            key={`${b.cell}-${i}`}
            className={styles.option}
            value={String(i)}
            label={
              <span className={styles.label}>
                <span>{b.heading}</span>
                <span className={styles.total} data-testid="block-total">
                  {fmt.plain(b.scorecard.totalText)}
                </span>
              </span>
            }
          />
        ))}
      </RadioGroup>
    </section>
  );
}
