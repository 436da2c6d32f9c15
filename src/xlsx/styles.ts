// xl/styles.xml: how a cell's style index `s` resolves to a number format and a fill, and how we add
// styles without touching existing ones. Written cells keep their font, border and alignment: we clone
// the cell's <xf> with a different numFmtId / fillId and append it (plus any new <numFmt> or <fill>),
// so every existing index keeps meaning what it meant and the old lists stay an exact prefix.
import { BUILTIN_FORMATS, builtinIdOf } from "./builtinFormats";
import { type ColorContext, readPalette, readThemeColors, resolveColor } from "./colors";
import { XlsxError } from "./errors";
import { attr, encodeXml, escapeRegExp, findElement, prefixOf, setAttr } from "./xmlText";

/** A cell style to add whole: parts as unprefixed XML (<font>…</font>, <fill>…</fill>, <border>…</border>, <alignment/>). */
export interface CellStyleSpec {
  numberFormat: string | null;
  font: string;
  fill: string | null;
  border: string;
  alignment: string;
}

interface Section {
  /** Items as XML text, original ones first. */
  items: string[];
  original: number;
}

export class StyleBook {
  private readonly p: string;
  private readonly customFormats = new Map<number, string>();
  private readonly addedFormats: { id: number; code: string }[] = [];
  private readonly fills: Section;
  private readonly fonts: Section;
  private readonly borders: Section;
  private readonly xfs: Section;
  private readonly xfIndex = new Map<string, number>();
  private readonly fillIndex = new Map<string, number>();
  private readonly colors: ColorContext;
  // A plan writes thousands of cells with a handful of distinct styles: each answer below is worked out
  // once per style index (and format or colour). Items are only ever appended, so no answer goes stale.
  private readonly formatOfXf: string[] = [];
  private readonly fillOfXf: (string | null)[] = [];
  /** Derived style indexes: by what was asked (a format code, a colour, the xf a fill comes from), then by base xf. */
  private readonly withFormat = new Map<string, Map<number, number>>();
  private readonly withColor = new Map<string, Map<number, number>>();
  private readonly withFillFrom = new Map<number, Map<number, number>>();

  constructor(private readonly xml: string, themeXml?: string) {
    this.p = prefixOf(xml, "styleSheet");
    const numFmts = findElement(xml, `${this.p}numFmts`);
    for (const m of (numFmts?.inner ?? "").matchAll(new RegExp(`<${escapeRegExp(this.p)}numFmt\\b([^>]*?)\\/?>`, "g"))) {
      const id = Number(attr(m[1], "numFmtId"));
      const code = attr(m[1], "formatCode");
      if (!Number.isNaN(id) && code !== undefined) this.customFormats.set(id, code);
    }
    this.fills = this.section("fills", "fill");
    this.fonts = this.section("fonts", "font");
    this.borders = this.section("borders", "border");
    this.xfs = this.section("cellXfs", "xf");
    this.fills.items.forEach((f, i) => this.fillIndex.has(f) || this.fillIndex.set(f, i));
    this.xfs.items.forEach((x, i) => this.xfIndex.has(x) || this.xfIndex.set(x, i));
    this.colors = { palette: readPalette(xml, this.p), theme: readThemeColors(themeXml) };
  }

  private section(container: string, item: string): Section {
    const el = findElement(this.xml, `${this.p}${container}`);
    const q = escapeRegExp(this.p + item);
    const re = new RegExp(`<${q}(?=[\\s/>])[^>]*?(?:\\/>|>[\\s\\S]*?<\\/${q}>)`, "g");
    const items = el?.inner ? [...el.inner.matchAll(re)].map((m) => m[0]) : [];
    return { items, original: items.length };
  }

  get changed(): boolean {
    return [this.fills, this.fonts, this.borders, this.xfs].some((section) => section.items.length > section.original) || this.addedFormats.length > 0;
  }

  private xfAttrs(xfIndex: number): string {
    const xf = this.xfs.items[xfIndex] ?? this.xfs.items[0] ?? "";
    return /^<[^>]*?(?=\/?>)/.exec(xf)?.[0] ?? "";
  }

  numFmtIdOf(xfIndex: number): number {
    return Number(attr(this.xfAttrs(xfIndex), "numFmtId") ?? 0);
  }

  fillIdOf(xfIndex: number): number {
    return Number(attr(this.xfAttrs(xfIndex), "fillId") ?? 0);
  }

  /** The cell's number format as Excel reports it ("General", "0.00", "[$-D00041E]0.00"). */
  numberFormat(xfIndex: number): string {
    let code = this.formatOfXf[xfIndex];
    if (code === undefined) {
      const id = this.numFmtIdOf(xfIndex);
      code = this.customFormats.get(id) ?? BUILTIN_FORMATS[id] ?? "General";
      if (xfIndex >= 0 && xfIndex < this.xfs.items.length) this.formatOfXf[xfIndex] = code;
    }
    return code;
  }

  /** 1 at each style index whose fill is solid (fill() says its colour): most styles have none. */
  solidFilled(): Uint8Array {
    const filled = new Uint8Array(this.xfs.items.length);
    for (let i = 0; i < filled.length; i++) if (this.fill(i) !== null) filled[i] = 1;
    return filled;
  }

  /** "#RRGGBB" when the cell's fill is solid with a concrete colour, else null. */
  fill(xfIndex: number): string | null {
    let color = this.fillOfXf[xfIndex];
    if (color === undefined) {
      color = this.solidFillColor(xfIndex);
      if (xfIndex >= 0 && xfIndex < this.xfs.items.length) this.fillOfXf[xfIndex] = color;
    }
    return color;
  }

  private solidFillColor(xfIndex: number): string | null {
    const fill = this.fills.items[this.fillIdOf(xfIndex)];
    if (!fill) return null;
    const pattern = new RegExp(`<${escapeRegExp(this.p)}patternFill\\b([^>]*?)\\/?>`).exec(fill);
    if (!pattern || attr(pattern[1], "patternType") !== "solid") return null;
    const fg = new RegExp(`<${escapeRegExp(this.p)}fgColor\\b([^>]*?)\\/?>`).exec(fill);
    return fg ? resolveColor(fg[1], this.colors) : null;
  }

  /** Style index like `xfIndex` but with number format `code` (reusing ids and xfs that already match). */
  withNumberFormat(xfIndex: number, code: string): number {
    return this.derive(this.withFormat, code, xfIndex, xfIndex, () => {
      if (this.numberFormat(xfIndex) === code) return xfIndex;
      const id = this.formatId(code);
      return this.cloneXf(xfIndex, { numFmtId: String(id), applyNumberFormat: "1" });
    });
  }

  /**
   * The style `make` derives from `xfIndex` for `asked`, worked out once: keyed by value, then by index, so the
   * thousands of cells of a plan need no key strings. Not remembered when `newest` (the highest xf it reads) is
   * past the end: read as xf 0 today, it is a style we append tomorrow.
   */
  private derive<K>(cache: Map<K, Map<number, number>>, asked: K, xfIndex: number, newest: number, make: () => number): number {
    let byBase = cache.get(asked);
    if (!byBase) cache.set(asked, (byBase = new Map()));
    let index = byBase.get(xfIndex);
    if (index === undefined) {
      const known = newest >= 0 && newest < this.xfs.items.length;
      index = make();
      if (known) byBase.set(xfIndex, index);
    }
    return index;
  }

  /** Style index like `xfIndex` but with a solid fill of `color` (#RRGGBB). */
  withSolidFill(xfIndex: number, color: string): number {
    return this.derive(this.withColor, color, xfIndex, xfIndex, () => {
      const hex = color.replace(/^#/, "").toUpperCase();
      if (!/^[0-9A-F]{6}$/.test(hex)) throw new XlsxError({ th: `สีไม่ถูกต้อง ${color}`, en: `Invalid colour ${color}.` });
      if (this.fill(xfIndex) === "#" + hex) return xfIndex;
      const p = this.p;
      const fillXml = `<${p}fill><${p}patternFill patternType="solid"><${p}fgColor rgb="FF${hex}"/><${p}bgColor indexed="64"/></${p}patternFill></${p}fill>`;
      return this.cloneXf(xfIndex, { fillId: String(this.fillIdFor(fillXml)), applyFill: "1" });
    });
  }

  private fillIdFor(fillXml: string): number {
    let fillId = this.fillIndex.get(fillXml);
    if (fillId === undefined) {
      fillId = this.fills.items.push(fillXml) - 1;
      this.fillIndex.set(fillXml, fillId);
    }
    return fillId;
  }

  /** Style index like `xfIndex` but with the fill of `fillFromXf`: how "clear highlights" takes a fill back. */
  withFillOf(xfIndex: number, fillFromXf: number): number {
    return this.derive(this.withFillFrom, fillFromXf, xfIndex, Math.max(xfIndex, fillFromXf), () => {
      const from = this.xfAttrs(fillFromXf);
      if (this.fillIdOf(xfIndex) === this.fillIdOf(fillFromXf)) return xfIndex;
      return this.cloneXf(xfIndex, { fillId: attr(from, "fillId") ?? "0", applyFill: attr(from, "applyFill") ?? null });
    });
  }

  /**
   * Whole new cell styles (a sheet we add: src/export's summary layout): each font, fill, border, number
   * format and xf is reused when the stylesheet already holds the identical one, else appended, so existing
   * indexes keep their meaning. Returns the xf index of each spec.
   */
  addCellStyles(specs: readonly CellStyleSpec[]): number[] {
    const p = this.p;
    // Our parts are written without a prefix; a stylesheet that uses one (<x:font>) gets it on every tag.
    const prefixed = (xml: string) => (p ? xml.replace(/<(\/?)([A-Za-z])/g, `<$1${p}$2`) : xml);
    const find = (section: Section, xml: string) => {
      const at = section.items.indexOf(xml);
      return at >= 0 ? at : section.items.push(xml) - 1;
    };
    return specs.map((spec) => {
      const fontId = find(this.fonts, prefixed(spec.font));
      const fillId = spec.fill ? this.fillIdFor(prefixed(spec.fill)) : 0;
      const borderId = find(this.borders, prefixed(spec.border));
      const numFmtId = spec.numberFormat ? this.formatId(spec.numberFormat) : 0;
      const xf =
        `<${p}xf numFmtId="${numFmtId}" fontId="${fontId}" fillId="${fillId}" borderId="${borderId}" xfId="0" applyNumberFormat="1" applyFont="1" applyFill="1" applyBorder="1" applyAlignment="1">` +
        `${prefixed(spec.alignment)}</${p}xf>`;
      let index = this.xfIndex.get(xf);
      if (index === undefined) {
        index = this.xfs.items.push(xf) - 1;
        this.xfIndex.set(xf, index);
      }
      return index;
    });
  }

  private formatId(code: string): number {
    const builtin = builtinIdOf(code);
    if (builtin !== undefined) return builtin;
    for (const [id, c] of this.customFormats) if (c === code) return id;
    // Custom formats live at 164 and above; ids below are reserved for built-ins.
    const id = Math.max(163, ...this.customFormats.keys()) + 1;
    this.customFormats.set(id, code);
    this.addedFormats.push({ id, code });
    return id;
  }

  private cloneXf(xfIndex: number, changes: Record<string, string | null>): number {
    // A stylesheet without cellXfs (an empty <styleSheet/>) reads every cell as style 0, Excel's default: derive
    // from that. Saving such a stylesheet is refused later (toXml), so a check that only plans is unaffected.
    const source = this.xfs.items[xfIndex] ?? this.xfs.items[0] ?? `<${this.p}xf numFmtId="0" fontId="0" fillId="0" borderId="0" xfId="0"/>`;
    const open = /^<([^\s/>]+)([^>]*?)(\/?)>/.exec(source) as RegExpExecArray;
    let attrs = open[2];
    for (const [name, value] of Object.entries(changes)) {
      attrs = value === null ? attrs.replace(new RegExp(`\\s+${name}\\s*=\\s*"[^"]*"`), "") : setAttr(attrs, name, value);
    }
    const xf = `<${open[1]}${attrs}${open[3]}>${source.slice(open[0].length)}`;
    let index = this.xfIndex.get(xf);
    if (index === undefined) {
      index = this.xfs.items.push(xf) - 1;
      this.xfIndex.set(xf, index);
    }
    return index;
  }

  /** styles.xml with the added formats, fills and xfs appended; the original text when nothing was added. */
  toXml(): string {
    let xml = this.xml;
    const p = this.p;
    if (this.addedFormats.length > 0) {
      const added = this.addedFormats.map((f) => `<${p}numFmt numFmtId="${f.id}" formatCode="${encodeXml(f.code)}"/>`).join("");
      const el = findElement(xml, `${p}numFmts`);
      if (el) {
        xml = replaceSection(xml, el, `${p}numFmts`, (el.inner ?? "") + added, this.customFormats.size);
      } else {
        // numFmts is the first child of styleSheet.
        const root = new RegExp(`<${escapeRegExp(p)}styleSheet\\b[^>]*>`).exec(xml) as RegExpExecArray;
        const at = root.index + root[0].length;
        xml = xml.slice(0, at) + `<${p}numFmts count="${this.addedFormats.length}">${added}</${p}numFmts>` + xml.slice(at);
      }
    }
    xml = this.appendItems(xml, "fonts", this.fonts);
    xml = this.appendItems(xml, "fills", this.fills);
    xml = this.appendItems(xml, "borders", this.borders);
    xml = this.appendItems(xml, "cellXfs", this.xfs);
    return xml;
  }

  private appendItems(xml: string, container: string, section: Section): string {
    if (section.items.length === section.original) return xml;
    const el = findElement(xml, `${this.p}${container}`);
    if (!el) throw new XlsxError({ th: `styles.xml ไม่มี ${container}`, en: `styles.xml has no <${container}>.` });
    const inner = (el.inner ?? "") + section.items.slice(section.original).join("");
    return replaceSection(xml, el, `${this.p}${container}`, inner, section.items.length);
  }
}

function replaceSection(xml: string, el: { start: number; end: number; attrs: string }, qname: string, inner: string, count: number): string {
  const attrs = setAttr(el.attrs, "count", String(count));
  return xml.slice(0, el.start) + `<${qname}${attrs}>${inner}</${qname}>` + xml.slice(el.end);
}
