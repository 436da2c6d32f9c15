// The summary sheet as the two files the HR officer sends: a formatted .xlsx and a CSV.
import type { Summary } from "../scorecard";
import { layoutCsv } from "./csv";
import { summaryLayout } from "./summaryLayout";
import { layoutWorkbook } from "./xlsxPackage";

export function summaryCsv(summary: Summary): string {
  return layoutCsv(summaryLayout(summary));
}

export function summaryWorkbook(summary: Summary): Promise<Uint8Array> {
  return layoutWorkbook(summaryLayout(summary));
}
