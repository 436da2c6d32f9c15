import type { Flag, Kpi } from "../../scorecard";
import { groupFlags, kpiOf, kpisById, nameWithoutOwner, sharedQuote } from "./groupFlags";
import { STRINGS } from "../strings";

const flag = (code: Flag["code"], severity: Flag["severity"]): Flag => ({ code, severity, cell: "A1", row: 0, col: 0, message: "", messageEn: "" });

test("flags fall into due by now, pending, missing, errors and other warnings", () => {
  const groups = groupFlags([
    flag("result-pending", "warning"),
    flag("result-missing", "error"),
    flag("unreadable-number", "error"),
    flag("kpi-weights-sum", "warning"),
    flag("formula-in-output", "warning"),
    flag("result-overdue", "warning"),
  ]);
  expect(groups.overdue.map((f) => f.code)).toEqual(["result-overdue"]); // pending past its month: to act on
  expect(groups.pending.map((f) => f.code)).toEqual(["result-pending"]);
  expect(groups.missing.map((f) => f.code)).toEqual(["result-missing"]);
  expect(groups.errors.map((f) => f.code)).toEqual(["unreadable-number"]);
  expect(groups.warnings.map((f) => f.code)).toEqual(["kpi-weights-sum", "formula-in-output"]);
});

test("5-point flags: excluded KPIs apart, typed scores as notes, disagreeing scores and weights as warnings", () => {
  const groups = groupFlags([
    flag("result-excluded", "info"),
    flag("score-typed", "info"),
    flag("score-differs", "warning"),
    flag("weights-sum", "warning"),
    flag("weight-negative", "error"),
    flag("result-pending", "info"),
  ]);
  expect(groups.excluded.map((f) => f.code)).toEqual(["result-excluded"]); // cancelled: the sheet's own decision, no error
  expect(groups.notes.map((f) => f.code)).toEqual(["score-typed"]);
  expect(groups.warnings.map((f) => f.code)).toEqual(["score-differs", "weights-sum"]);
  expect(groups.errors.map((f) => f.code)).toEqual(["weight-negative"]);
  expect(groups.pending.map((f) => f.code)).toEqual(["result-pending"]);
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

test("a group's shared note goes in its heading; notes that differ stay with their items", () => {
  const pending = (quoted?: string): Flag => ({ ...flag("result-pending", "info"), ...(quoted === undefined ? {} : { quoted }) });
  const september = "ทราบผล เดือน ก.ย. ๖๖";
  expect(sharedQuote([pending(september), pending(september)])).toBe(september);
  expect(sharedQuote([pending(september), pending("ทราบผล เดือน ธ.ค. ๖๖")])).toBeUndefined();
  expect(sharedQuote([pending(september), pending()])).toBeUndefined();
  expect(sharedQuote([pending(), pending()])).toBeUndefined();
  expect(sharedQuote([])).toBeUndefined();
  expect(STRINGS.th.groupHeading(STRINGS.th.groups.pending, "๑๔", september)).toBe('รอผล "ทราบผล เดือน ก.ย. ๖๖" (๑๔)');
  expect(STRINGS.th.groupHeading(STRINGS.th.groups.pending, "๒", undefined)).toBe("รอผล (๒)");
  expect(STRINGS.en.groupHeading(STRINGS.en.groups.pending, "14", september)).toBe('Pending: "ทราบผล เดือน ก.ย. ๖๖" (14)');
});

describe("nameWithoutOwner", () => {
  test("the unit in parentheses leaves the name, which keeps its other notes", () => {
    expect(nameWithoutOwner("๑.๒ ร้อยละบุคลากรของหน่วยงานเข้าร่วมแลกเปลี่ยนเรียนรู้ (สทส.) (๒)", "สทส.")).toBe("๑.๒ ร้อยละบุคลากรของหน่วยงานเข้าร่วมแลกเปลี่ยนเรียนรู้ (๒)");
    expect(nameWithoutOwner("๓.๔ จำนวนนวัตกรรม (สทส.)", "สทส.")).toBe("๓.๔ จำนวนนวัตกรรม");
    expect(nameWithoutOwner("ร้อยละ (กพร.) ของ (กพร.)", "กพร.")).toBe("ร้อยละ (กพร.) ของ");
    expect(nameWithoutOwner("ร้อยละของหน่วยงาน", "")).toBe("ร้อยละของหน่วยงาน");
  });
});
