// Excel's built-in number formats: cells refer to these by numFmtId without a <numFmt> entry.
// Codes as Excel reports them through Range.numberFormat (en-US), including the Thai-locale
// ids 59–81 that Thai workbooks use for Thai digits ("t0.00") and Buddhist-era dates.
export const BUILTIN_FORMATS: Readonly<Record<number, string>> = {
  0: "General",
  1: "0",
  2: "0.00",
  3: "#,##0",
  4: "#,##0.00",
  5: '"$"#,##0_);\\("$"#,##0\\)',
  6: '"$"#,##0_);[Red]\\("$"#,##0\\)',
  7: '"$"#,##0.00_);\\("$"#,##0.00\\)',
  8: '"$"#,##0.00_);[Red]\\("$"#,##0.00\\)',
  9: "0%",
  10: "0.00%",
  11: "0.00E+00",
  12: "# ?/?",
  13: "# ??/??",
  14: "m/d/yyyy",
  15: "d-mmm-yy",
  16: "d-mmm",
  17: "mmm-yy",
  18: "h:mm AM/PM",
  19: "h:mm:ss AM/PM",
  20: "h:mm",
  21: "h:mm:ss",
  22: "m/d/yyyy h:mm",
  37: "#,##0 ;(#,##0)",
  38: "#,##0 ;[Red](#,##0)",
  39: "#,##0.00;(#,##0.00)",
  40: "#,##0.00;[Red](#,##0.00)",
  45: "mm:ss",
  46: "[h]:mm:ss",
  47: "mmss.0",
  48: "##0.0E+0",
  49: "@",
  59: "t0",
  60: "t0.00",
  61: "t#,##0",
  62: "t#,##0.00",
  67: "t0%",
  68: "t0.00%",
  69: "t# ?/?",
  70: "t# ??/??",
  71: "ว/ด/ปปปป",
  72: "ว-ดดด-ปป",
  73: "ว-ดดด",
  74: "ดดด-ปป",
  75: "ช:นน",
  76: "ช:นน:ทท",
  77: "ว/ด/ปปปป ช:นน",
  78: "นน:ทท",
  79: "[ช]:นน:ทท",
  80: "นน:ทท.0",
  81: "d/m/bb",
};

const BUILTIN_IDS: ReadonlyMap<string, number> = new Map(
  Object.entries(BUILTIN_FORMATS).map(([id, code]) => [code, Number(id)] as const).reverse(), // the lowest id wins
);

/** The id of a built-in format with exactly this code, so writing "0.00" reuses id 2 instead of adding one. */
export function builtinIdOf(code: string): number | undefined {
  return BUILTIN_IDS.get(code);
}
