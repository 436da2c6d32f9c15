// What the Export menu does, loaded with import() only when an export is asked for: the summary of a sheet
// (read, analysed with the sheet's saved settings, laid out by src/export exactly as `scorecard export` does),
// written as a sheet through the host, or downloaded as .xlsx / .csv through a Blob and an <a download>
// (no network). This module pulls src/export and jszip into a lazy chunk of their own.
import { analyzeSheet, buildSummary, thaiDate, type Bilingual, type Lang, type ScorecardHost, type Summary } from "../../scorecard";
import { summaryCharts, summaryCsv, summaryLayout, summaryWorkbook, SUMMARY_SHEET } from "../../export";

export { SUMMARY_SHEET };

export type Prepared =
  | { ok: true; summary: Summary; /** The earlier round's sheet the change is against, when one was used. */ since?: string }
  | { ok: false; reason: Bilingual };

/**
 * The summary of `sheetName`; with `earlierSheet` (the sheet เทียบกับรอบก่อน compares with), its change column and
 * chart of totals by round are against that sheet's round. An earlier sheet that holds no scorecard (any more) or
 * one on another scale is left out: the comparison has said so already, and the summary stands without it.
 */
export async function prepareSummary(host: ScorecardHost, sheetName: string, now = new Date(), earlierSheet?: string): Promise<Prepared> {
  const result = await analyzeSheet(host, sheetName);
  if (!result.ok) return { ok: false, reason: { th: result.reason.message, en: result.reason.messageEn } };
  const earlier = earlierSheet !== undefined && earlierSheet !== sheetName ? await analyzeSheet(host, earlierSheet).catch(() => null) : null;
  const rounds = earlier?.ok && earlier.scorecard.scale === result.scorecard.scale ? [earlier.scorecard] : [];
  return { ok: true, summary: buildSummary(result.scorecard, now, rounds), ...(rounds.length ? { since: earlierSheet } : {}) };
}

export async function writeSummarySheet(host: ScorecardHost, summary: Summary, replace: boolean): Promise<void> {
  if (!host.writeSummarySheet) throw new Error("this host cannot add sheets");
  await host.writeSummarySheet(SUMMARY_SHEET, summaryLayout(summary), summaryCharts(summary), { replace });
}

/**
 * "สรุปผล HR Scorecard - แผนปี ๖๙ - ๕ ธ.ค. ๒๕๖๙.xlsx": the summary, the sheet it summarises (left out when its name
 * only repeats "HR Scorecard"), and the day in the Buddhist era as Thai documents date things. Thai digits when
 * the pane speaks Thai and the sheet writes them; Arabic otherwise.
 */
export function fileName(summary: Summary, extension: "xlsx" | "csv", lang: Lang = "th"): string {
  const sheet = summary.sheetName.replace(/[\\/:*?"<>|]+/g, " ").replace(/\s+/g, " ").trim();
  const repeats = (name: string) => SUMMARY_SHEET.toLowerCase().includes(name.toLowerCase());
  const [y, m, d] = summary.exportDate.split("-").map(Number);
  const day = thaiDate(new Date(y, m - 1, d), { shortMonth: true, thaiDigits: lang === "th" && summary.thaiDigits });
  return [SUMMARY_SHEET, ...(sheet && !repeats(sheet) ? [sheet] : []), day].join(" - ") + `.${extension}`;
}

export async function downloadSummary(summary: Summary, kind: "xlsx" | "csv", lang: Lang = "th"): Promise<string> {
  const name = fileName(summary, kind, lang);
  const blob =
    kind === "xlsx"
      ? new Blob([(await summaryWorkbook(summary)) as Uint8Array<ArrayBuffer>], { type: "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet" })
      : new Blob([summaryCsv(summary)], { type: "text/csv;charset=utf-8" }); // the text starts with a BOM: Excel reads Thai right
  const url = URL.createObjectURL(blob);
  const a = document.createElement("a");
  a.href = url;
  a.download = name;
  a.rel = "noopener";
  a.style.display = "none";
  document.body.appendChild(a);
  a.click();
  a.remove();
  // Revoked later, not at once: some browsers read the Blob after click() returns.
  setTimeout(() => URL.revokeObjectURL(url), 60_000);
  return name;
}
