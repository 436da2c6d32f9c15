// What the command prints: a readable summary (Thai, or English with --lang en) and the --json document.
import { displayWidth, listedValue, numerals, SCALE_DECIMALS, type CellWrite, type Flag, type Lang, type NotAScorecard, type RawValue, type Scorecard } from "../scorecard";
import { fromEngine, STRINGS } from "./strings";

export interface SheetReport {
  sheet: string;
  /** The result block's heading as the sheet writes it ("รอบ 6 เดือน"), on a sheet that keeps several side by side: one entry each. */
  block?: string;
  /** 100: the HR Scorecard; 5: a 5-point table, whose KPIs' `level` is the score and `points` the weighted score. */
  scale: 100 | 5;
  total: number;
  totalText: string;
  dimensions: { name: string; weight: number | null; points: number }[];
  kpis: { id: string; cell: string; level: number | null; points: number; status: string }[];
  flags: { severity: string; code: string; cell: string; message: string }[];
  /** Output cells whose value differs from what the sheet held: the formula or value before, the value after. */
  changed: { cell: string; before: RawValue; after: number | string }[];
  /** Result cells whose highlight from an earlier run comes off, their results being in. */
  highlightsCleared: string[];
}

export interface JsonReport {
  file: string;
  output?: string;
  /** The default output was already there, from an earlier run, and was written over. */
  replaced?: true;
  sheets: SheetReport[];
  skipped: { sheet: string; message: string }[];
}

export function sheetReport(s: Scorecard, changed: CellWrite[], cleared: string[], lang: Lang = "th", run: FlagRun = { wrote: true, overwriteFormulas: false }): SheetReport {
  return {
    sheet: s.sheetName,
    ...(s.block !== undefined ? { block: s.block } : {}),
    scale: s.scale,
    total: s.total,
    totalText: s.totalText,
    dimensions: s.dimensions.map((d) => ({ name: d.name, weight: d.weight, points: d.points })),
    kpis: s.kpis.map((k) => ({ id: k.id, cell: k.cell, level: k.level, points: k.points, status: k.status })),
    flags: s.flags.map((f) => ({ severity: f.severity, code: f.code, cell: f.cell, message: flagText(f, s, lang, run) })),
    changed: changed.map((w) => ({ cell: w.address, before: w.previous.formula ?? w.previous.value, after: w.value })),
    highlightsCleared: cleared,
  };
}

function padEnd(text: string, width: number): string {
  return text + " ".repeat(Math.max(0, width - displayWidth(text)));
}
function padStart(text: string, width: number): string {
  return " ".repeat(Math.max(0, width - displayWidth(text))) + text;
}
function clip(text: string, width: number): string {
  return displayWidth(text) <= width ? text : `${[...text].slice(0, width - 1).join("")}…`;
}

/**
 * The readable report of one sheet. `changed`: output cells whose value differs from what the sheet holds, and
 * `cleared`: result cells whose old highlight comes off; listed before the flags, as written (`wrote`) or as a
 * recalculation would write them (check). The Thai report writes its numbers in Thai digits when the sheet does,
 * as the pane does; cell addresses stay as Excel names them.
 */
export function summaryText(s: Scorecard, lang: Lang, keptFormulas: number, changed: CellWrite[], cleared: string[], wrote: boolean, overwriteFormulas = false): string {
  const t = STRINGS[lang];
  const n = numerals(t.thaiDigits && s.thaiDigits);
  const count = (st: string) => n.plain(s.kpis.filter((k) => k.status === st).length);
  const lines: string[] = [];
  const overdue = s.flags.filter((f) => f.code === "result-overdue").length;
  const pending = `${t.pending} ${count("pending")}${overdue ? ` (${t.overdue} ${n.plain(overdue)})` : ""}`;
  // A block's heading stands beside the sheet's name, as the sheet writes it: its total is read under it.
  const block = s.block !== undefined ? ` · ${s.block}` : "";
  lines.push(`${t.sheet} "${s.sheetName}"${block} · ${t.kpis} ${n.plain(s.kpis.length)}: ${t.ok} ${count("ok")} · ${pending} · ${t.missing} ${count("missing")} · ${t.invalid} ${count("invalid")}`);
  lines.push(`  ${padEnd(t.dimension, 48)} ${padStart(t.weight, 8)} ${padStart(t.points, 8)}`);
  for (const d of s.dimensions) {
    lines.push(`  ${padEnd(clip(d.name, 48), 48)} ${padStart(d.weight === null ? "-" : n.plain(d.weight), 8)} ${padStart(n.decimal(d.points, SCALE_DECIMALS[s.scale]), 8)}`);
  }
  const total = s.scale === 5 ? [t.total5, n.decimal(s.total, 4)] : [n.plain(t.total), n.decimal(s.total)];
  lines.push(`  ${padEnd(total[0], 57)} ${padStart(total[1], 8)}`);
  if (changed.length) {
    const shown = (v: RawValue | number | string) => listedValue(v, n, t.blank);
    lines.push(`  ${wrote ? t.changed : t.wouldChange} (${n.plain(changed.length)}):`);
    for (const w of changed) lines.push(`    ${w.address}: ${w.previous.formula ?? shown(w.previous.value)} → ${shown(w.value)}`);
  }
  if (cleared.length) lines.push(`  ${wrote ? t.cleared : t.wouldClear} (${n.plain(cleared.length)}): ${cleared.join(", ")}`);
  lines.push(s.flags.length ? `  ${t.flags} (${n.plain(s.flags.length)}):` : `  ${t.noFlags}`);
  for (const f of s.flags) lines.push(`    [${t.severity[f.severity]}] ${flagText(f, s, lang, { wrote, overwriteFormulas })}`);
  if (keptFormulas > 0) lines.push(`  ${n.plain(keptFormulas)} ${t.keptFormulas}`);
  return lines.join("\n");
}

/** What the command did (or would do): what a flag tells the officer to do depends on it. */
export interface FlagRun {
  wrote: boolean;
  overwriteFormulas: boolean;
}

/**
 * A flag's sentence as the command says it. The engine's formula flag is written for the pane, which asks before
 * overwriting ("until you confirm"); the command asks nobody, so it says what it did and the option that changes it.
 */
export function flagText(f: Flag, s: Scorecard, lang: Lang, run: FlagRun): string {
  const t = STRINGS[lang];
  const message = fromEngine(f)[lang];
  if (f.code !== "formula-in-output") return message;
  const formula = s.plan.writes.find((w) => w.address === f.cell && w.overwritesFormula)?.previous.formula;
  if (!formula) return t.formulaFlag(message);
  if (run.wrote && run.overwriteFormulas) return t.formulaOverwritten(f.cell, formula);
  if (run.wrote) return t.formulaKept(f.cell, formula);
  return t.formulaWouldBeKept(f.cell, formula);
}

export function skippedText(reason: NotAScorecard, lang: Lang): string {
  return `${STRINGS[lang].skipped}: ${fromEngine(reason)[lang]}`;
}

/** Where the result went; `replaced`: an earlier run's default output was there and is now replaced. */
export function wroteText(output: string, lang: Lang, replaced = false): string {
  const t = STRINGS[lang];
  return `${t.wrote}: ${output}${replaced ? t.replacing : ""}`;
}
