import { SheetProtectedError } from "../../scorecard";
import { errorNotice } from "./notice";
import { makeUi } from "../strings/ui";

describe("errorNotice", () => {
  it("says what to do about a failure the officer can fix, in the pane's language, with no error text to decode", () => {
    const error = new SheetProtectedError("HR Scorecard");
    expect(errorNotice(makeUi("th"), error)).toEqual({
      intent: "error",
      text: 'แผ่นงาน "HR Scorecard" ถูกป้องกันไว้ จึงยังไม่ได้เขียนอะไรลงไป ยกเลิกการป้องกัน (รีวิว › ยกเลิกการป้องกันแผ่นงาน) แล้วลองใหม่',
    });
    expect(errorNotice(makeUi("en"), error).text).toBe('Sheet "HR Scorecard" is protected, so nothing was written. Unprotect it (Review › Unprotect Sheet) and try again.');
  });

  it("gives any other error's own words as the detail", () => {
    expect(errorNotice(makeUi("th"), new Error("ItemNotFound"))).toEqual({ intent: "error", text: "เกิดข้อผิดพลาด", detail: "ItemNotFound" });
    expect(errorNotice(makeUi("en"), "offline")).toEqual({ intent: "error", text: "Something went wrong", detail: "offline" });
  });
});
