// What a user pastes into a support message: which Excel, which webview, which API sets, which add-in version,
// and the last error. Nothing from the workbook. Labels in Thai and English, so whoever reads it understands.
import type { RecordedError } from "./lastError";

declare const __ADDIN_VERSION__: string | undefined;

/** package.json's version, put in by webpack (DefinePlugin); "dev" where the code runs unbundled (tests). */
export const ADDIN_VERSION = typeof __ADDIN_VERSION__ === "string" ? __ADDIN_VERSION__ : "dev";

export interface ApiSet {
  name: string;
  /** The highest version Office reports, or null when it supports none. */
  version: string | null;
}

export interface Diagnostics {
  addinVersion: string;
  host: string | null;
  platform: string | null;
  officeVersion: string | null;
  officeLanguage: string | null;
  apiSets: ApiSet[];
  userAgent: string;
  lastError: RecordedError | null;
  at: Date;
}

/** The sets worth knowing, and the highest minor version to ask about (above what any Office has today). */
const SETS: [name: string, highest: number][] = [
  ["ExcelApi", 40],
  ["ExcelApiDesktop", 10],
  ["ExcelApiOnline", 10],
  ["SharedRuntime", 10],
  ["DialogApi", 10],
  ["RibbonApi", 10],
];

interface Requirements {
  isSetSupported(name: string, version: string): boolean;
}

/** The highest 1.x of a set Office supports: asks 1.1, 1.2, … and stops at the first it does not. */
export function highestVersion(requirements: Requirements, name: string, highest: number): string | null {
  let found: string | null = null;
  for (let minor = 1; minor <= highest; minor++) {
    const version = `1.${minor}`;
    let supported = false;
    try {
      supported = requirements.isSetSupported(name, version);
    } catch {
      supported = false;
    }
    if (!supported) break;
    found = version;
  }
  return found;
}

/** Reads what Office and the webview tell about themselves; every part may be missing (a plain browser, the preview). */
export function collectDiagnostics(office: typeof Office | undefined, userAgent: string, lastError: RecordedError | null, at = new Date()): Diagnostics {
  const context = office?.context;
  const info = context?.diagnostics;
  const requirements = context?.requirements;
  return {
    addinVersion: ADDIN_VERSION,
    host: info?.host != null ? String(info.host) : null,
    platform: info?.platform != null ? String(info.platform) : null,
    officeVersion: info?.version ?? null,
    officeLanguage: context?.displayLanguage ?? null,
    apiSets: requirements ? SETS.map(([name, highest]) => ({ name, version: highestVersion(requirements, name, highest) })) : [],
    userAgent,
    lastError,
    at,
  };
}

const UNKNOWN = "ไม่ทราบ · unknown";

export function diagnosticsText(d: Diagnostics): string {
  const sets = d.apiSets.length
    ? d.apiSets.map((s) => `${s.name} ${s.version ?? "ไม่รองรับ · not supported"}`).join(", ")
    : UNKNOWN;
  const error = d.lastError ? `${d.lastError.message} [${d.lastError.source}, ${d.lastError.at.toISOString()}]` : "ไม่มี · none";
  return [
    "HR Scorecard — ข้อมูลสำหรับแจ้งปัญหา · Details for a support request",
    `เวลา · Time: ${d.at.toISOString()}`,
    `รุ่นของส่วนเสริม · Add-in version: ${d.addinVersion}`,
    `โปรแกรม · Host: ${d.host ?? UNKNOWN}`,
    `แพลตฟอร์ม · Platform: ${d.platform ?? UNKNOWN}`,
    `รุ่นของ Office · Office version: ${d.officeVersion ?? UNKNOWN}`,
    `ภาษาของ Office · Office language: ${d.officeLanguage ?? UNKNOWN}`,
    `ชุด API ที่รองรับ · Supported API sets: ${sets}`,
    `เว็บวิว · Webview: ${d.userAgent || UNKNOWN}`,
    `ข้อผิดพลาดล่าสุด · Last error: ${error}`,
  ].join("\n");
}
