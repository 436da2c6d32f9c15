// The command's exit codes, one list for recalc, check and export (README documents them).
export const EXIT = { ok: 0, failure: 1, noScorecard: 2, strictErrors: 3 } as const;
