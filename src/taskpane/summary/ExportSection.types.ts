// What the Export section hands its lazy menu: a file of its own, so that ExportSection.tsx (which loads the
// menu) and ExportMenu.tsx (which takes these props) do not import each other.
import type { ScorecardHost } from "../../scorecard";
import type { Notice } from "../notices/notice";

export interface ExportSectionProps {
  host: ScorecardHost;
  /** The scorecard sheet to summarise. */
  sheetName: string;
  /**
   * The earlier round's sheet, when เทียบกับรอบก่อน compares with one: the summary's change column and its chart of
   * totals by round are against it, as `scorecard export --previous` does.
   */
  earlierSheet?: string;
  busy: boolean;
  setNotice: (notice: Notice | null) => void;
}
