// A change as arrow, word and signed figure: "▲ เพิ่มขึ้น +41.08". The word is there for screen readers and for
// anyone who does not see the colour; the colour only repeats what the arrow and the word say.
import { makeStyles, mergeClasses, tokens } from "@fluentui/react-components";
import { useUi } from "../strings/ui";
import { ARROW, direction } from "./compareModel";

const useStyles = makeStyles({
  figure: { whiteSpace: "nowrap", fontVariantNumeric: "tabular-nums", fontWeight: tokens.fontWeightSemibold },
  up: { color: tokens.colorPaletteGreenForeground1 },
  down: { color: tokens.colorPaletteRedForeground1 },
  same: { color: tokens.colorNeutralForeground2 },
});

export function ChangeFigure({ change, decimals }: { change: number; decimals: number }) {
  const { t, fmt } = useUi();
  const styles = useStyles();
  const dir = direction(change, decimals);
  const sign = dir === "up" ? "+" : dir === "down" ? "−" : "";
  const figure = fmt.decimal(Math.abs(change), decimals);
  return (
    <span className={mergeClasses(styles.figure, styles[dir])} data-direction={dir}>
      <span aria-hidden>{ARROW[dir]} </span>
      {`${t.compare[dir]} ${sign}${figure}`}
    </span>
  );
}
