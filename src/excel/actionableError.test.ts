import { SheetProtectedError } from "../scorecard";
import { actionableError } from "./actionableError";

describe("actionableError", () => {
  it("says what to do about a protected sheet", () => {
    const { th, en } = actionableError(new SheetProtectedError("รอบ ๑๒ เดือน"))!;
    expect(th).toContain('แผ่นงาน "รอบ ๑๒ เดือน" ถูกป้องกันไว้');
    expect(en).toContain("Unprotect it (Review › Unprotect Sheet)");
  });

  it("says what to do when Excel refuses a batch because a cell is being edited (Office.js's error code)", () => {
    const officeError = Object.assign(new Error("The operation isn't available while Excel is in Edit cell mode."), { code: "InvalidOperationInCellEditMode" });
    expect(actionableError(officeError)).toEqual({
      th: "Excel กำลังแก้ไขเซลล์อยู่ กด Enter หรือ Esc ให้เสร็จก่อน แล้วลองใหม่",
      en: "Excel is in the middle of editing a cell: press Enter or Esc to finish, then try again.",
    });
  });

  it("leaves every other failure to be shown in its own words", () => {
    expect(actionableError(Object.assign(new Error("x"), { code: "ItemNotFound" }))).toBeNull();
    expect(actionableError(new Error("x"))).toBeNull();
    expect(actionableError("x")).toBeNull();
    expect(actionableError(null)).toBeNull();
  });
});
