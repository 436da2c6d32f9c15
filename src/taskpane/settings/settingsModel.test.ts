import { scoringChange, shownMethod } from "./settingsModel";

test("unset, the method is the scale's own: the step out of 100, interpolation out of 5", () => {
  expect(shownMethod({}, 100)).toBe("step");
  expect(shownMethod({}, undefined)).toBe("step");
  expect(shownMethod({}, 5)).toBe("linear");
  expect(shownMethod({ method: "step" }, 5)).toBe("step");
  expect(shownMethod({ method: "linear" }, 100)).toBe("linear");
});

test("a change rescoring the sheet: the method, or whether pending KPIs keep their weight", () => {
  expect(scoringChange({}, { method: "step" }, 5)).toBe("method");
  // Interpolation is a 5-point table's rule already: choosing it changes no score.
  expect(scoringChange({}, { method: "linear" }, 5)).toBeNull();
  expect(scoringChange({}, { method: "linear" }, 100)).toBe("method");
  expect(scoringChange({}, { pendingOutOfSum: true }, 5)).toBe("setting");
  expect(scoringChange({ pendingOutOfSum: true }, { pendingOutOfSum: false }, 5)).toBe("setting");
  expect(scoringChange({ pendingOutOfSum: false }, {}, 5)).toBeNull();
  expect(scoringChange({}, { mapping: { headerRow: 3, columns: {} } }, 100)).toBeNull();
});
