import { type Scorecard } from "../../scorecard";
import { blockSheet, type BlockSheetShape } from "../../../test/fixtures/blockGrids";
import { defaultBlock, previousBlock, shownScorecard, sheetBlocks } from "./blockModel";
import { scorecardOf } from "../../../test/fixtures/scored";

const ROUNDS = ["รอบ 6 เดือน", "รอบ 9 เดือน", "รอบ 12 เดือน"];

const scored = (shape: BlockSheetShape): Scorecard => scorecardOf(blockSheet(shape).grid);

describe("the pane's result blocks", () => {
  // The last block has no results yet: the engine's scorecard (and the picker's default) is the 9-month block.
  const card = scored({ scale: 5, headings: ROUNDS, results: [[3, 4, 2], [4, 5, 3], [null, null, null]] });

  test("the default is the block the engine's scorecard is: the latest with results, not the last", () => {
    expect(sheetBlocks(card)?.map((b) => b.heading)).toEqual(ROUNDS);
    expect(defaultBlock(card)).toBe(1);
    expect(shownScorecard(card, defaultBlock(card)).total).toBe(card.total);
  });

  test("choosing an earlier block shows that block's own scorecard, its total from its own results", () => {
    const first = shownScorecard(card, 0);
    expect(first.block).toBe(ROUNDS[0]);
    expect(first.total).toBeCloseTo((3 * 50 + 4 * 30 + 2 * 20) / 100, 9);
    expect(first.total).not.toBeCloseTo(card.total, 9);
  });

  test("the previous block is the one before the chosen; none before the first", () => {
    expect(previousBlock(card, 1)?.heading).toBe(ROUNDS[0]);
    expect(previousBlock(card, 2)?.scorecard.total).toBe(card.total);
    expect(previousBlock(card, 0)).toBeNull();
  });

  test("the previous block is the one before in time where the sheet puts the 12 months left of the 6", () => {
    const moved = scored({ scale: 100, headings: ["รอบ ๑๒ เดือน", "รอบ ๖ เดือน"], results: [[5, 5, 4], [3, 4, 2]] });
    expect(defaultBlock(moved)).toBe(0);
    expect(previousBlock(moved, 0)?.heading).toBe("รอบ ๖ เดือน");
    expect(previousBlock(moved, 1)).toBeNull();
  });

  test("a sheet with one block offers no choice, and a choice out of range shows the engine's scorecard", () => {
    const one = scored({ scale: 100, headings: ["รอบ 6 เดือน"], results: [[3, 4, 2]] });
    expect(sheetBlocks(one)).toBeNull();
    expect(shownScorecard(one, 0)).toBe(one);
    expect(shownScorecard(card, 7)).toBe(card);
    expect(previousBlock(one, 1)).toBeNull();
  });
});
