// The shape of the pane's words, which each language's file (th.ts, en.ts) fills in: a file of its own, so the
// language files and the index that gathers them do not import each other.
import type { ColumnRole, RecalcStep } from "../../scorecard";

export interface Strings {
  appTitle: string;
  recalculate: string;
  steps: Record<RecalcStep, string>;
  total: string;
  /** The 5-point table's total: not an HR Scorecard's. */
  totalFivePoint: string;
  outOf: (n: string) => string;
  dimensionLabel: (n: string, points: string, weight: string) => string;
  /** A 5-point table's group bar, named as its row names it: "มิติที่ 1 …: ๑.๙๔๑๒ จาก ๒.๕". */
  groupLabel: (name: string, points: string, fullMark: string | null) => string;
  dimensions: string;
  /** The 5-point table's groups, as its group rows name them (มิติ, ประเด็นยุทธศาสตร์, เป้าประสงค์). */
  groupsFivePoint: string;
  counts: { pending: string; missing: string; errors: string; excluded: string };
  groups: { overdue: string; pending: string; missing: string; errors: string; warnings: string; excluded: string; notes: string };
  /** A group's heading: its name, the note all its items quote (if they share one), and how many there are. */
  groupHeading: (group: string, count: string, quoted: string | undefined) => string;
  flagsHeading: string;
  noFlags: string;
  /** As the summary says it: "รายงานผลแล้ว ๘ จาก ๒๒ ตัวชี้วัด". */
  reported: (n: string, total: string) => string;
  /** After the reported line when some KPIs are left out of the total: "(ไม่นับรวม ๑)". */
  reportedExcluded: (n: string) => string;
  flagCell: (cell: string) => string;
  goToCell: (kpi: string, cell: string) => string;
  confirmTitle: (n: string) => string;
  confirmFormulasOnly: string;
  confirmIntro: string;
  confirmMore: (n: string) => string;
  overwriteFormulas: (n: string) => string;
  formulasKept: (n: string) => string;
  highlightsTakenOff: (n: string) => string;
  cancel: string;
  confirm: string;
  blank: string;
  cancelled: string;
  done: (n: string) => string;
  undo: string;
  undone: string;
  clearHighlights: string;
  highlightsCleared: string;
  settings: string;
  method: string;
  methodStep: string;
  methodLinear: string;
  /** Beside the scale's own method (the one used while the sheet leaves it unset). */
  methodDefault: string;
  pendingOutOfSum: string;
  pendingOutOfSumHint: string;
  settingApplied: (total: string, before: string) => string;
  settingSaved: string;
  /** Said beside the method choice once the sheet is recalculated with it. */
  methodApplied: (total: string, before: string) => string;
  methodSaved: string;
  mapping: string;
  mappingNone: string;
  mappingSaved: (row: string, n: string) => string;
  editMapping: string;
  removeMapping: string;
  notAScorecard: string;
  missing: string;
  mapTitle: string;
  mapIntro: string;
  headerRow: string;
  rowRange: (first: string, last: string) => string;
  pickColumn: string;
  columnOption: (letter: string, header: string) => string;
  emptyColumn: string;
  moreColumns: string;
  /** The form's one list when nothing is missing: every column, as the engine found them. */
  allColumns: string;
  saveAndRun: string;
  cancelMapping: string;
  mapNeedsAll: string;
  /** What the chosen columns still lack, said before saving. */
  mapStillMissing: (roles: string) => string;
  mapReads: (n: string) => string;
  mapWorse: (n: string, auto: string) => string;
  roles: Record<ColumnRole, string>;
  sheet: (name: string) => string;
  /** The support-details button (the labels inside the copied text are bilingual: diagnostics/diagnosticsText.ts). */
  diagnostics: {
    copy: string;
    copied: string;
    /** Shown with the text box when the webview does not let the add-in write to the clipboard. */
    copyByHand: string;
    textLabel: string;
  };
  export: {
    menu: string;
    sheet: string;
    xlsx: string;
    csv: string;
    working: string;
    sheetDone: (name: string) => string;
    downloaded: (file: string) => string;
    replaceTitle: (name: string) => string;
    replaceBody: string;
    replace: string;
    notAScorecard: string;
    isSummary: string;
    /** The summary's change column and chart of totals are against the sheet compared with in เทียบกับรอบก่อน. */
    since: (sheet: string) => string;
  };
  /** A sheet with result blocks side by side (blocks/): the block shown, each block's total beside its heading. */
  blocks: {
    heading: string;
    /** Why some blocks read 0: a block whose results are not in yet. */
    hint: string;
  };
  /** "เทียบกับรอบก่อน": the recalculated sheet against another sheet of the workbook (compare/). */
  compare: {
    /** The option for the block before the one shown, on the same sheet: its heading first, what the narrow picker shows. */
    previousBlock: (heading: string) => string;
    blockSides: (older: string, current: string) => string;
    heading: string;
    pick: string;
    placeholder: string;
    noOtherSheet: string;
    reading: (sheet: string) => string;
    notAScorecard: (sheet: string) => string;
    /** "HR Scorecard 28.83 → 69.90": the total of the earlier sheet, then the current one. */
    total: string;
    sides: (older: string, current: string) => string;
    dimensions: string;
    /** Words beside the arrow, so the change reads without colour. */
    up: string;
    down: string;
    same: string;
    groups: Record<"came-in" | "up" | "down" | "newly-pending" | "still-pending" | "added" | "removed" | "unmatched", string>;
    unchanged: (count: string) => string;
    pending: string;
    level: (level: string) => string;
    score: (score: string) => string;
    none: string;
    formerName: (name: string) => string;
    notOnSheet: string;
  };
  error: string;
  outsideTitle: string;
  outsideBody: string;
}
