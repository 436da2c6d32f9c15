// The first line of the export's report: the summary's title, its department and its year and round, each said
// once (a 5-point table's own title often names the department and the year already), as the summary sheet does.
import { titleSaysPeriod, type Summary } from "../../scorecard";

export function summaryHeading(s: Pick<Summary, "title" | "department" | "heading" | "fiscalYear" | "roundMonths">): string {
  const department = s.department && !s.title.includes(s.department) ? ` ${s.department}` : "";
  return `${s.title}${department}${s.heading && !titleSaysPeriod(s) ? ` · ${s.heading}` : ""}`;
}
