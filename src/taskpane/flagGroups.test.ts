import type { Flag, Kpi } from "../scorecard";
import { groupFlags, kpiOf, kpisById } from "./flagGroups";

const flag = (code: Flag["code"], severity: Flag["severity"]): Flag => ({ code, severity, cell: "A1", row: 0, col: 0, message: "", messageEn: "" });

test("flags fall into pending, missing, errors and other warnings", () => {
  const groups = groupFlags([
    flag("result-pending", "warning"),
    flag("result-missing", "error"),
    flag("unreadable-number", "error"),
    flag("kpi-weights-sum", "warning"),
    flag("formula-in-output", "info"),
  ]);
  expect(groups.pending.map((f) => f.code)).toEqual(["result-pending"]);
  expect(groups.missing.map((f) => f.code)).toEqual(["result-missing"]);
  expect(groups.errors.map((f) => f.code)).toEqual(["unreadable-number"]);
  expect(groups.warnings.map((f) => f.code)).toEqual(["kpi-weights-sum", "formula-in-output"]);
});

test("a flag finds its KPI by id; the first of two KPIs sharing an id, none without an id", () => {
  const kpi = (id: string, row: number) => ({ id, row }) as Kpi;
  const byId = kpisById([kpi("1.1", 4), kpi("1.2", 5), kpi("1.2", 9), kpi("row 12", 11)]);
  const about = (kpiId?: string): Flag => ({ ...flag("result-pending", "info"), ...(kpiId === undefined ? {} : { kpiId }) });
  expect(kpiOf(byId, about("1.2"))?.row).toBe(5);
  expect(kpiOf(byId, about("row 12"))?.row).toBe(11);
  expect(kpiOf(byId, about("9.9"))).toBeUndefined();
  expect(kpiOf(byId, about())).toBeUndefined();
});
