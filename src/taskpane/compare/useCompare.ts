// Reads the chosen sheet through the host (one more readGrid) and compares it, through the engine, with the
// recalculated scorecard; again whenever that scorecard changes. An answer that arrives after a newer question is
// dropped, so a slow read never overwrites the sheet chosen since.
import { useCallback, useEffect, useRef, useState } from "react";
import { analyzeSheet, compare, type BlockScorecard, type Comparison, type Scorecard, type ScorecardHost } from "../../scorecard";
import { useUi } from "../strings/ui";

export type CompareState =
  | { kind: "idle" }
  | { kind: "reading"; sheet: string }
  | { kind: "message"; text: string }
  | { kind: "compared"; comparison: Comparison };

/** The picker's value for the previous block of the same sheet: brackets are never in an Excel sheet's name. */
export const PREVIOUS_BLOCK = "[previous-block]";

/** `previous`: on a sheet with result blocks, the block before the one shown (compared without reading again). */
export function useCompare(host: ScorecardHost, current: Scorecard, previous: BlockScorecard | null = null) {
  const { lang, t } = useUi();
  const [others, setOthers] = useState<string[] | null>(null);
  const [picked, setPicked] = useState<string | null>(null);
  const [state, setState] = useState<CompareState>({ kind: "idle" });
  const asked = useRef(0);

  // Listed again when the picker gets the focus: a sheet added since (a copied round, a summary) is offered too.
  const listSheets = useCallback(() => {
    host.listSheets().then(
      (names) => setOthers(names.filter((n) => n !== current.sheetName)),
      () => setOthers((known) => known ?? []),
    );
  }, [host, current.sheetName]);
  useEffect(listSheets, [listSheets]);

  // A sheet picked before the recalculation of another one may be the current sheet now: nothing to compare.
  // The previous block, once chosen, stays chosen while another block is shown, as long as there is one before it.
  const sheet = picked === PREVIOUS_BLOCK ? (previous ? picked : null) : picked !== null && picked !== current.sheetName ? picked : null;
  useEffect(() => {
    const question = ++asked.current;
    if (sheet === null) return setState({ kind: "idle" });
    if (sheet === PREVIOUS_BLOCK && previous) {
      // Every block was scored by the one recalculation: the engine compares the two as they are.
      const result = compare(previous.scorecard, current);
      return setState(result.ok ? { kind: "compared", comparison: result.comparison } : { kind: "message", text: result.reason[lang] });
    }
    setState({ kind: "reading", sheet });
    const answer = (next: CompareState) => question === asked.current && setState(next);
    analyzeSheet(host, sheet).then(
      (before) => {
        if (!before.ok) return answer({ kind: "message", text: t.compare.notAScorecard(sheet) });
        const result = compare(before.scorecard, current);
        answer(result.ok ? { kind: "compared", comparison: result.comparison } : { kind: "message", text: result.reason[lang] });
      },
      () => answer({ kind: "message", text: t.compare.notAScorecard(sheet) }),
    );
  }, [host, sheet, current, previous, lang, t]);

  return { others, picked: sheet, pick: setPicked, listSheets, state };
}
