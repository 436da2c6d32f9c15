// A sheet's result blocks as the pane offers them: which one the engine's scorecard is (the latest with results),
// the scorecard to show for the one chosen, and the block before it for "เทียบกับรอบก่อน". Nothing is recalculated:
// the one recalculation already scored and wrote every block.
import { oldestFirst, type BlockScorecard, type Scorecard } from "../../scorecard";

/** The sheet's blocks, or null on a sheet with one block (nothing to choose). */
export function sheetBlocks(scorecard: Scorecard): BlockScorecard[] | null {
  return scorecard.blocks && scorecard.blocks.length >= 2 ? scorecard.blocks : null;
}

/** The block the engine's scorecard scores (the latest with results): by its heading, else the last block. */
export function defaultBlock(scorecard: Scorecard): number {
  const blocks = sheetBlocks(scorecard) ?? [];
  const at = blocks.findIndex((b) => b.heading === scorecard.block);
  return at >= 0 ? at : Math.max(0, blocks.length - 1);
}

/** The scorecard to show for the chosen block: the engine's own where there are no blocks or the choice is gone. */
export function shownScorecard(scorecard: Scorecard, chosen: number | null): Scorecard {
  const blocks = sheetBlocks(scorecard);
  if (!blocks || chosen === null || chosen < 0 || chosen >= blocks.length) return scorecard;
  return blocks[chosen].scorecard;
}

/**
 * The block before the chosen one in time (the engine's order: by the months the headings name, else the sheet's),
 * for the comparison; null for the oldest block or no blocks.
 */
export function previousBlock(scorecard: Scorecard, chosen: number): BlockScorecard | null {
  const blocks = sheetBlocks(scorecard);
  if (!blocks || chosen < 0 || chosen >= blocks.length) return null;
  const inTime = oldestFirst(blocks);
  const at = inTime.indexOf(blocks[chosen]);
  return at >= 1 ? inTime[at - 1] : null;
}
