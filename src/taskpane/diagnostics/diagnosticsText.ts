// What a user pastes into a support message: which Excel, which webview, which API sets, which add-in version,
// and the last error. Nothing from the workbook. Labels in Thai and English, so whoever reads it understands.
import type { Bilingual } from "../../scorecard";
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

/** The text's words: each said in both languages at once, whoever reads it. */
const LABEL = {
  title: { th: "HR Scorecard — ข้อมูลสำหรับแจ้งปัญหา", en: "Details for a support request" },
  time: { th: "เวลา", en: "Time" },
  addinVersion: { th: "รุ่นของส่วนเสริม", en: "Add-in version" },
  host: { th: "โปรแกรม", en: "Host" },
  platform: { th: "แพลตฟอร์ม", en: "Platform" },
  officeVersion: { th: "รุ่นของ Office", en: "Office version" },
  officeLanguage: { th: "ภาษาของ Office", en: "Office language" },
  apiSets: { th: "ชุด API ที่รองรับ", en: "Supported API sets" },
  webview: { th: "เว็บวิว", en: "Webview" },
  lastError: { th: "ข้อผิดพลาดล่าสุด", en: "Last error" },
  unknown: { th: "ไม่ทราบ", en: "unknown" },
  notSupported: { th: "ไม่รองรับ", en: "not supported" },
  none: { th: "ไม่มี", en: "none" },
} satisfies Record<string, Bilingual>;

const both = (text: Bilingual) => `${text.th} · ${text.en}`;

export function diagnosticsText(d: Diagnostics): string {
  const unknown = both(LABEL.unknown);
  const sets = d.apiSets.length ? d.apiSets.map((s) => `${s.name} ${s.version ?? both(LABEL.notSupported)}`).join(", ") : unknown;
  const error = d.lastError ? `${d.lastError.message} [${d.lastError.source}, ${d.lastError.at.toISOString()}]` : both(LABEL.none);
  const line = (label: Bilingual, value: string) => `${both(label)}: ${value}`;
  return [
    both(LABEL.title),
    line(LABEL.time, d.at.toISOString()),
    line(LABEL.addinVersion, d.addinVersion),
    line(LABEL.host, d.host ?? unknown),
    line(LABEL.platform, d.platform ?? unknown),
    line(LABEL.officeVersion, d.officeVersion ?? unknown),
    line(LABEL.officeLanguage, d.officeLanguage ?? unknown),
    line(LABEL.apiSets, sets),
    line(LABEL.webview, d.userAgent || unknown),
    line(LABEL.lastError, error),
  ].join("\n");
}
