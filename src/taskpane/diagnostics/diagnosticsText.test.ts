import { keepNotice } from "../../commands/recalcCommand";
import { session } from "../../session/session";
import { collectDiagnostics, diagnosticsText, highestVersion } from "./diagnosticsText";
import { errorNotice } from "../notices/notice";
import { makeUi } from "../strings/ui";
import { lastError, recordError, resetLastError, watchErrors } from "./lastError";

const AT = new Date("2026-12-05T14:30:00.000Z");
const WEBVIEW2 = "Mozilla/5.0 (Windows NT 10.0; Win64; x64) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/131.0.0.0 Safari/537.36 Edg/131.0.0.0";

/** Office as a Windows Microsoft 365 Excel reports itself, supporting the given sets up to the given versions. */
function office(sets: Record<string, string>, diagnostics = { host: "Excel", platform: "PC", version: "16.0.18129.20116" }) {
  const supported = (name: string, version: string) => {
    const have = sets[name];
    if (!have) return false;
    const [a, b] = [have, version].map((v) => Number(v.split(".")[1]));
    return b <= a;
  };
  return { context: { diagnostics, displayLanguage: "th-TH", requirements: { isSetSupported: supported } } } as unknown as typeof Office;
}

beforeEach(() => {
  resetLastError();
  session.reset();
});

describe("highestVersion", () => {
  it("is the last 1.x Office says yes to, asking upward", () => {
    const asked: string[] = [];
    const requirements = { isSetSupported: (_: string, v: string) => (asked.push(v), Number(v.split(".")[1]) <= 17) };
    expect(highestVersion(requirements, "ExcelApi", 40)).toBe("1.17");
    expect(asked.at(-1)).toBe("1.18"); // stops at the first refusal
    expect(highestVersion({ isSetSupported: () => false }, "SharedRuntime", 10)).toBeNull();
    expect(highestVersion({ isSetSupported: () => { throw new Error("old Office"); } }, "DialogApi", 10)).toBeNull();
  });
});

describe("diagnosticsText", () => {
  it("Microsoft 365 on Windows: host, platform, version, the highest of each API set, webview, version, no error", () => {
    const d = collectDiagnostics(office({ ExcelApi: "1.20", SharedRuntime: "1.2", DialogApi: "1.2", RibbonApi: "1.2", ExcelApiDesktop: "1.1" }), WEBVIEW2, null, AT);
    expect(diagnosticsText(d).split("\n")).toEqual([
      "HR Scorecard — ข้อมูลสำหรับแจ้งปัญหา · Details for a support request",
      "เวลา · Time: 2026-12-05T14:30:00.000Z",
      "รุ่นของส่วนเสริม · Add-in version: dev",
      "โปรแกรม · Host: Excel",
      "แพลตฟอร์ม · Platform: PC",
      "รุ่นของ Office · Office version: 16.0.18129.20116",
      "ภาษาของ Office · Office language: th-TH",
      "ชุด API ที่รองรับ · Supported API sets: ExcelApi 1.20, ExcelApiDesktop 1.1, ExcelApiOnline ไม่รองรับ · not supported, SharedRuntime 1.2, DialogApi 1.2, RibbonApi 1.2",
      `เว็บวิว · Webview: ${WEBVIEW2}`,
      "ข้อผิดพลาดล่าสุด · Last error: ไม่มี · none",
    ]);
  });

  it("Office 2019 volume-licensed: ExcelApi 1.7, no shared runtime", () => {
    const d = collectDiagnostics(office({ ExcelApi: "1.7", DialogApi: "1.1" }, { host: "Excel", platform: "PC", version: "16.0.10388.20027" }), "Mozilla/5.0 (Windows NT 10.0; WOW64; Trident/7.0; rv:11.0) like Gecko", null, AT);
    const text = diagnosticsText(d);
    expect(text).toContain("Supported API sets: ExcelApi 1.7, ExcelApiDesktop ไม่รองรับ · not supported, ExcelApiOnline ไม่รองรับ · not supported, SharedRuntime ไม่รองรับ · not supported, DialogApi 1.1,");
    expect(text).toContain("Trident/7.0");
  });

  it("outside Office (a plain browser, the preview): says unknown rather than failing", () => {
    const text = diagnosticsText(collectDiagnostics(undefined, "", null, AT));
    expect(text).toContain("โปรแกรม · Host: ไม่ทราบ · unknown");
    expect(text).toContain("Supported API sets: ไม่ทราบ · unknown");
    expect(text).toContain("เว็บวิว · Webview: ไม่ทราบ · unknown");
  });

  it("the last error, with Office's error code, where it came from and when", () => {
    recordError(Object.assign(new Error("The cell or chart you're trying to change is on a protected sheet."), { code: "AccessDenied" }), "pane", AT);
    const text = diagnosticsText(collectDiagnostics(office({ ExcelApi: "1.9" }), WEBVIEW2, lastError(), AT));
    expect(text).toContain("ข้อผิดพลาดล่าสุด · Last error: The cell or chart you're trying to change is on a protected sheet. (AccessDenied) [pane, 2026-12-05T14:30:00.000Z]");
  });
});

describe("watchErrors", () => {
  it("keeps the latest uncaught error, unhandled rejection or ribbon error, and stops when asked", () => {
    const target = new EventTarget();
    const stop = watchErrors(target as unknown as Window);
    target.dispatchEvent(Object.assign(new Event("error"), { error: new TypeError("x is undefined") }));
    expect(lastError()).toMatchObject({ source: "uncaught", message: "TypeError: x is undefined" });
    target.dispatchEvent(Object.assign(new Event("unhandledrejection"), { reason: { code: "GeneralException", message: "Excel is busy" } }));
    expect(lastError()).toMatchObject({ source: "uncaught", message: "Excel is busy (GeneralException)" });
    // A ribbon notice reaches the watcher as the ribbon keeps it.
    keepNotice({ level: "info", text: { th: "คะแนนรวม ๒๘.๘๓", en: "Total 28.83" } });
    expect(lastError()?.source).toBe("uncaught"); // not an error
    keepNotice({ level: "error", text: { th: "คำนวณไม่สำเร็จ", en: "Recalculation failed: no sheet" } });
    expect(lastError()).toMatchObject({ source: "ribbon", message: "Recalculation failed: no sheet" });
    stop();
    target.dispatchEvent(Object.assign(new Event("error"), { error: new Error("after stop") }));
    expect(lastError()?.message).toBe("Recalculation failed: no sheet");
  });
});

describe("the pane's error line", () => {
  it("is the last error the support details give", () => {
    errorNotice(makeUi("th"), Object.assign(new Error("Wait until the previous call completes."), { code: "InvalidOperation" }));
    expect(lastError()).toMatchObject({ source: "pane", message: "Wait until the previous call completes. (InvalidOperation)" });
  });
});
