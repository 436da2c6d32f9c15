// A cell value as the pane shows it in lists (never as HTML: React renders it as text).
import type { RawValue } from "../scorecard";
import type { NumberFormat } from "./ui";

export function cellText(value: RawValue | undefined, fmt: NumberFormat, blank: string): string {
  if (value === null || value === undefined || value === "") return blank;
  if (typeof value === "number") return Number.isInteger(value) ? fmt.plain(value) : fmt.decimal(value);
  return String(value);
}
