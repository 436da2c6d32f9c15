// The support-details button's words, in Thai and English (the labels inside the copied text are bilingual).
import type { Lang } from "../../scorecard";

export interface DiagnosticsStrings {
  copy: string;
  copied: string;
  /** Shown with the text box when the webview does not let the add-in write to the clipboard. */
  copyByHand: string;
  textLabel: string;
}

export const DIAGNOSTICS_STRINGS: Record<Lang, DiagnosticsStrings> = {
  th: {
    copy: "คัดลอกข้อมูลสำหรับแจ้งปัญหา",
    copied: "คัดลอกแล้ว วางข้อมูลนี้ในข้อความแจ้งปัญหาได้เลย",
    copyByHand: "Excel นี้ไม่ให้ส่วนเสริมคัดลอกเอง: เลือกข้อความด้านล่างทั้งหมด (Ctrl+A) แล้วกด Ctrl+C (บน Mac ⌘A แล้ว ⌘C)",
    textLabel: "ข้อมูลสำหรับแจ้งปัญหา",
  },
  en: {
    copy: "Copy details for a support request",
    copied: "Copied. Paste it into your support message.",
    copyByHand: "This Excel does not let the add-in copy by itself: select all the text below (Ctrl+A) and press Ctrl+C (on a Mac ⌘A, then ⌘C).",
    textLabel: "Details for a support request",
  },
};
