// The summary sheet as the two files the HR officer sends: a formatted .xlsx with its native charts (totals by
// round where there are earlier rounds, points per dimension), and a CSV of the summary alone.
import type { Summary } from "../scorecard";
import { layoutCsv } from "./csv";
import { summaryCharts, summaryLayout } from "./summaryLayout";
import { layoutWorkbook } from "./xlsxPackage";

export function summaryCsv(summary: Summary): string {
  return layoutCsv(summaryLayout(summary));
}

export function summaryWorkbook(summary: Summary): Promise<Uint8Array> {
  return layoutWorkbook(summaryLayout(summary), summaryCharts(summary));
}
