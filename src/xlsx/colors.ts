// Fill colours to #RRGGBB: explicit ARGB, the legacy indexed palette, or a theme colour with tint.
// Needed so cellFill reports what the officer sees, and so undo can say what a cell looked like.
import { attr, findElement } from "./xmlText";

// Excel's default 64-colour palette (indexes 0–63); 64/65 are system colours (no fill colour).
const DEFAULT_PALETTE = (
  "000000 FFFFFF FF0000 00FF00 0000FF FFFF00 FF00FF 00FFFF 000000 FFFFFF FF0000 00FF00 0000FF FFFF00 FF00FF 00FFFF " +
  "800000 008000 000080 808000 800080 008080 C0C0C0 808080 9999FF 993366 FFFFCC CCFFFF 660066 FF8080 0066CC CCCCFF " +
  "000080 FF00FF FFFF00 00FFFF 800080 800000 008080 0000FF 00CCFF CCFFFF CCFFCC FFFF99 99CCFF FF99CC CC99FF FFCC99 " +
  "3366FF 33CCCC 99CC00 FFCC00 FF9900 FF6600 666699 969696 003366 339966 003300 333300 993300 993366 333399 333333"
).split(" ");

export interface ColorContext {
  palette: string[];
  /** Theme colours in Excel's index order: lt1, dk1, lt2, dk2, accent1–6, hlink, folHlink. */
  theme: string[];
}

/** The palette from styles.xml (<colors><indexedColors>) when the workbook overrides it. */
export function readPalette(stylesXml: string, p: string): string[] {
  const colors = findElement(stylesXml, `${p}indexedColors`);
  if (!colors || !colors.inner) return DEFAULT_PALETTE;
  const custom = [...colors.inner.matchAll(/rgb\s*=\s*"([0-9A-Fa-f]{6,8})"/g)].map((m) => m[1].slice(-6).toUpperCase());
  return custom.length > 0 ? custom : DEFAULT_PALETTE;
}

export function readThemeColors(themeXml: string | undefined): string[] {
  if (!themeXml) return [];
  const scheme = /<(?:\w+:)?clrScheme\b[\s\S]*?<\/(?:\w+:)?clrScheme>/.exec(themeXml);
  if (!scheme) return [];
  const byName: Record<string, string> = {};
  for (const m of scheme[0].matchAll(/<(?:\w+:)?(dk1|lt1|dk2|lt2|accent[1-6]|hlink|folHlink)>([\s\S]*?)<\/(?:\w+:)?\1>/g)) {
    const c = /(?:lastClr|val)="([0-9A-Fa-f]{6})"/.exec(m[2].includes("sysClr") ? m[2].replace(/val="\w+"/, "") : m[2]);
    if (c) byName[m[1]] = c[1].toUpperCase();
  }
  // Excel numbers the first four swapped (0 = lt1 background, 1 = dk1 text).
  return ["lt1", "dk1", "lt2", "dk2", "accent1", "accent2", "accent3", "accent4", "accent5", "accent6", "hlink", "folHlink"].map(
    (k) => byName[k] ?? "",
  );
}

/** A <fgColor …/> attribute text → "#RRGGBB", or null when it names no concrete colour. */
export function resolveColor(attrs: string, ctx: ColorContext): string | null {
  const rgb = attr(attrs, "rgb");
  let hex: string | undefined;
  if (rgb && /^[0-9A-Fa-f]{6,8}$/.test(rgb)) hex = rgb.slice(-6).toUpperCase();
  const indexed = attr(attrs, "indexed");
  if (!hex && indexed !== undefined) hex = ctx.palette[Number(indexed)];
  const theme = attr(attrs, "theme");
  if (!hex && theme !== undefined) hex = ctx.theme[Number(theme)] || undefined;
  if (!hex) return null;
  const tint = Number(attr(attrs, "tint") ?? 0);
  return "#" + (tint ? applyTint(hex, tint) : hex);
}

/** Excel's tint: lighten (tint > 0) or darken (tint < 0) the colour's HSL luminance. */
function applyTint(hex: string, tint: number): string {
  const [r, g, b] = [0, 2, 4].map((i) => parseInt(hex.slice(i, i + 2), 16) / 255);
  const max = Math.max(r, g, b);
  const min = Math.min(r, g, b);
  let l = (max + min) / 2;
  const d = max - min;
  const s = d === 0 ? 0 : d / (1 - Math.abs(2 * l - 1));
  let h = 0;
  if (d !== 0) {
    if (max === r) h = ((g - b) / d) % 6;
    else if (max === g) h = (b - r) / d + 2;
    else h = (r - g) / d + 4;
    h *= 60;
    if (h < 0) h += 360;
  }
  l = tint < 0 ? l * (1 + tint) : l * (1 - tint) + tint;
  const c = (1 - Math.abs(2 * l - 1)) * s;
  const x = c * (1 - Math.abs(((h / 60) % 2) - 1));
  const m = l - c / 2;
  const [r1, g1, b1] = h < 60 ? [c, x, 0] : h < 120 ? [x, c, 0] : h < 180 ? [0, c, x] : h < 240 ? [0, x, c] : h < 300 ? [x, 0, c] : [c, 0, x];
  return [r1, g1, b1].map((v) => Math.round((v + m) * 255).toString(16).padStart(2, "0").toUpperCase()).join("");
}
