import type { Flag } from "../scorecard";
import { groupFlags } from "./flagGroups";

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
