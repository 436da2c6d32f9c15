// The look of a list item that selects its cell when pressed (a flag, a KPI in a comparison): a subtle button as
// wide as the list, its text wrapping onto as many lines as it needs and starting where the line starts.
import { makeStyles, tokens } from "@fluentui/react-components";

export const useCellButtonStyles = makeStyles({
  button: {
    width: "100%",
    maxWidth: "100%",
    whiteSpace: "normal",
    justifyContent: "flex-start",
    textAlign: "start",
    height: "auto",
    minHeight: "auto",
    paddingTop: tokens.spacingVerticalXS,
    paddingBottom: tokens.spacingVerticalXS,
    fontWeight: tokens.fontWeightRegular,
  },
});
