// How far the round has come, as the total card counts it: KPIs reported, all KPIs, and those left out of the total.
import type { Kpi } from "../../scorecard";
import type { Strings } from "../strings/Strings";

export interface KpiCounts {
  /** A result the engine scored (status ok), as the summary counts them. */
  reported: number;
  /** Every KPI on the sheet, the excluded ones too: the summary's "… จาก ๕ ตัวชี้วัด" counts them so. */
  total: number;
  /** Cancelled or starting next round (5-point scale): on the sheet, not in the total. */
  excluded: number;
}

export function kpiCounts(kpis: readonly Pick<Kpi, "status">[]): KpiCounts {
  let reported = 0;
  let excluded = 0;
  for (const k of kpis) {
    if (k.status === "ok") reported++;
    else if (k.status === "excluded") excluded++;
  }
  return { reported, total: kpis.length, excluded };
}

/**
 * The reported line in the summary's words and numbers ("รายงานผลแล้ว ๓ จาก ๕ ตัวชี้วัด"); where some KPIs are left
 * out of the total, it says how many of the five they are, so the count and the total are read alike.
 */
export function reportedText(t: Strings, plain: (n: number) => string, c: KpiCounts): string {
  const line = t.reported(plain(c.reported), plain(c.total));
  return c.excluded ? `${line} ${t.reportedExcluded(plain(c.excluded))}` : line;
}
