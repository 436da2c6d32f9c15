// The zip container as an Open Packaging Conventions package: parts by path, relationships, content
// types. Parts we do not edit keep their original compressed bytes (JSZip reuses them when the
// compression method matches; zipArchive copies them), so every untouched entry comes out byte-identical
// and in its place.
import JSZip from "jszip";
import { XlsxError } from "./errors";
import { INFLATE_LIMITS, type InflateLimits, partLimit, tooLarge } from "./inflateLimits";
import { attr, decodeXml } from "./xmlText";
import { compressedSizes, type DeflateRaw, readZipDirectory, writeZip, type ZipDirectory, type ZipItem } from "./zipArchive";

export interface PackageOptions {
  /**
   * A native raw-DEFLATE for saving (the command line passes Node's zlib.deflateRawSync): the package then
   * writes the zip itself, copying unchanged entries and deflating edited parts with it. Without one,
   * JSZip saves (its JavaScript deflate), as in the browser.
   */
  deflateRaw?: DeflateRaw;
  /** A native CRC-32 (Node's zlib.crc32) for the parts deflateRaw compresses; without one, ours in JavaScript. */
  crc32?: (data: Uint8Array) => number;
  /** How much may be inflated (inflateLimits.ts); tests pass smaller ones. */
  limits?: InflateLimits;
}

export interface Relationship {
  id: string;
  type: string;
  /** Resolved package path without a leading slash ("xl/worksheets/sheet1.xml"); raw target when external. */
  target: string;
  external: boolean;
}

const TEXT_PART = /\.(xml|rels|vml)$/i;

export class OpcPackage {
  private readonly texts = new Map<string, string>();
  private readonly edited = new Set<string>();
  /** Parts added (in order) and original entries removed since loading; for writing the zip ourselves. */
  private readonly added: string[] = [];
  private readonly removed = new Set<string>();
  /** Entries named with backslashes, by their ordinary name ("xl/workbook.xml" → "xl\\workbook.xml"). */
  private readonly backslashNames = new Map<string, string>();

  private constructor(
    private readonly zip: JSZip,
    /** The original archive's entries when we can save by copying them (a deflate was given, plain zip). */
    private readonly directory: ZipDirectory | null,
    private readonly deflateRaw: DeflateRaw | undefined,
    private readonly crc32?: (data: Uint8Array) => number,
  ) {}

  /** Loads the zip and decodes every XML part once, so that reads afterwards are synchronous. */
  static async load(bytes: Uint8Array, options: PackageOptions = {}): Promise<OpcPackage> {
    const zip = await JSZip.loadAsync(bytes, { createFolders: false });
    let directory = options.deflateRaw ? readZipDirectory(bytes) : null;
    // Copying entries is only safe when we and JSZip read the same set of names.
    if (directory && !sameNames(directory, Object.keys(zip.files))) directory = null;
    const pkg = new OpcPackage(zip, directory, options.deflateRaw, options.crc32);
    const names = Object.keys(zip.files).filter((n) => !zip.files[n].dir && TEXT_PART.test(n));
    const texts = await inflateTexts(zip, names, bytes, options.limits ?? INFLATE_LIMITS);
    names.forEach((n, i) => pkg.texts.set(n, texts[i]));
    // Some writers name entries with backslashes ("xl\\workbook.xml", a Windows path), and other readers take
    // them as folders. Their parts are read under the ordinary names; such a package is read only (toBytes
    // refuses once it is changed), since writing would have to rename every entry.
    for (const n of Object.keys(zip.files)) {
      const ordinary = n.replace(/\\/g, "/");
      if (ordinary === n || zip.files[ordinary]) continue;
      pkg.backslashNames.set(ordinary, n);
      const text = pkg.texts.get(n);
      if (text !== undefined) pkg.texts.set(ordinary, text);
    }
    return pkg;
  }

  /** Whether any part was edited, added or removed since loading. */
  get changed(): boolean {
    return this.edited.size > 0 || this.added.length > 0 || this.removed.size > 0;
  }

  paths(): string[] {
    return Object.keys(this.zip.files).filter((n) => !this.zip.files[n].dir);
  }

  has(path: string): boolean {
    const name = this.backslashNames.get(path) ?? path;
    return this.texts.has(path) || (this.zip.files[name] !== undefined && !this.zip.files[name].dir);
  }

  /** The decoded text of an XML part, or undefined when absent. */
  text(path: string): string | undefined {
    return this.texts.get(path);
  }

  /** Replaces (or adds) a text part; only these are re-compressed on save. */
  setText(path: string, xml: string): void {
    if (this.texts.get(path) === xml) return; // the same text: nothing to re-compress
    if (!this.has(path) && !this.added.includes(path)) this.added.push(path);
    this.texts.set(path, xml);
    this.edited.add(path);
  }

  remove(path: string): void {
    this.texts.delete(path);
    this.edited.delete(path);
    this.zip.remove(path);
    this.removed.add(path);
    const at = this.added.indexOf(path);
    if (at >= 0) this.added.splice(at, 1);
  }

  async toBytes(): Promise<Uint8Array> {
    if (this.backslashNames.size > 0 && this.changed) {
      throw new XlsxError({
        th: "ไฟล์นี้บันทึกชื่อส่วนต่าง ๆ ด้วยเครื่องหมาย \\ ซึ่งโปรแกรมนี้อ่านได้แต่เขียนกลับไม่ได้ กรุณาเปิดใน Excel แล้วบันทึกใหม่ก่อน",
        en:
          "This file names its parts with backslashes (\\), which this tool can read but not write back; open it in Excel and save it again first.",
      });
    }
    const written = this.directory && this.deflateRaw ? this.writeCopying(this.directory, this.deflateRaw) : null;
    return written ?? this.writeWithJsZip();
  }

  /** Original entries in their order (raw copies unless edited), then added parts in the order added. */
  private writeCopying(directory: ZipDirectory, deflateRaw: DeflateRaw): Uint8Array | null {
    const encoder = new TextEncoder();
    const content = (name: string) => ({ name, data: encoder.encode(this.texts.get(name) as string) });
    const items: ZipItem[] = [];
    for (const entry of directory.entries) {
      if (this.removed.has(entry.name)) continue; // if written again, it is among the added parts (at the end, as JSZip does)
      items.push(this.edited.has(entry.name) ? content(entry.name) : { copy: entry });
    }
    for (const name of this.added) if (this.texts.has(name)) items.push(content(name));
    return writeZip(items, directory.comment, deflateRaw, new Date(), this.crc32);
  }

  private async writeWithJsZip(): Promise<Uint8Array> {
    // Re-adding an existing name keeps its position in JSZip's file table, so the entry order holds.
    for (const path of this.edited) this.zip.file(path, this.texts.get(path) as string, { createFolders: false });
    this.edited.clear();
    return this.zip.generateAsync({ type: "uint8array", compression: "DEFLATE", compressionOptions: { level: 6 } });
  }

  /** The relationships of a part ("xl/workbook.xml" → xl/_rels/workbook.xml.rels); [] when none. */
  relationships(partPath: string): Relationship[] {
    const xml = this.text(relsPathOf(partPath));
    if (!xml) return [];
    const base = partPath.includes("/") ? partPath.slice(0, partPath.lastIndexOf("/")) : "";
    const rels: Relationship[] = [];
    for (const m of xml.matchAll(/<(?:[\w.-]+:)?Relationship\b([^>]*?)\/?>/g)) {
      const a = m[1];
      const external = attr(a, "TargetMode") === "External";
      const raw = attr(a, "Target") ?? "";
      rels.push({
        id: attr(a, "Id") ?? "",
        type: attr(a, "Type") ?? "",
        target: external ? raw : resolvePartPath(base, raw),
        external,
      });
    }
    return rels;
  }

  /** Relationships of `partPath` whose type ends with `/typeSuffix` (e.g. "worksheet", "table"). */
  relatedOfType(partPath: string, typeSuffix: string): Relationship[] {
    return this.relationships(partPath).filter((r) => !r.external && r.type.endsWith("/" + typeSuffix));
  }
}

/** JSZip's documented streaming reader of one entry (JSZipObject#internalStream), which its typings leave out. */
interface EntryStream {
  on(event: "data", callback: (chunk: Uint8Array) => void): EntryStream;
  on(event: "end", callback: () => void): EntryStream;
  on(event: "error", callback: (error: Error) => void): EntryStream;
  resume(): EntryStream;
  pause(): EntryStream;
}

/**
 * The parts' texts (UTF-8, a byte-order mark kept, as JSZip's own string reading keeps it), inflated as streams
 * and counted chunk by chunk: a part past its limit, or all of them past the total, stops every stream and
 * refuses the file as too large (inflateLimits.ts), before its text could exhaust memory.
 */
function inflateTexts(zip: JSZip, names: string[], bytes: Uint8Array, limits: InflateLimits): Promise<string[]> {
  const compressed = compressedSizes(bytes);
  const streams: EntryStream[] = [];
  let total = 0;
  let refused = false;
  return new Promise<string[]>((resolve, reject) => {
    const texts: string[] = new Array(names.length);
    let pending = names.length;
    if (pending === 0) resolve(texts);
    const refuse = (error: Error) => {
      if (refused) return;
      refused = true;
      for (const s of streams) s.pause();
      reject(error);
    };
    names.forEach((name, i) => {
      const limit = partLimit(compressed.get(name), limits);
      const chunks: Uint8Array[] = [];
      let size = 0;
      const stream = (zip.files[name] as unknown as { internalStream(type: "uint8array"): EntryStream }).internalStream("uint8array");
      streams.push(stream);
      stream
        .on("data", (chunk) => {
          if (refused) return;
          size += chunk.length;
          total += chunk.length;
          if (size > limit) refuse(tooLarge({ part: name, inflated: size, limit, fileSize: bytes.length }));
          else if (total > limits.total) refuse(tooLarge({ inflated: total, limit: limits.total, fileSize: bytes.length }));
          else chunks.push(chunk);
        })
        .on("error", refuse)
        .on("end", () => {
          if (refused) return;
          texts[i] = decodeUtf8(chunks, size);
          if (--pending === 0) resolve(texts);
        });
    });
    for (const s of streams) s.resume();
  });
}

function decodeUtf8(chunks: Uint8Array[], size: number): string {
  let data = chunks[0] ?? new Uint8Array(0);
  if (chunks.length > 1) {
    data = new Uint8Array(size);
    let at = 0;
    for (const c of chunks) {
      data.set(c, at);
      at += c.length;
    }
  }
  return new TextDecoder("utf-8", { ignoreBOM: true }).decode(data);
}

export function relsPathOf(partPath: string): string {
  const slash = partPath.lastIndexOf("/");
  return `${partPath.slice(0, slash + 1)}_rels/${partPath.slice(slash + 1)}.rels`;
}

function sameNames(directory: ZipDirectory, names: string[]): boolean {
  if (directory.entries.length !== names.length) return false;
  const seen = new Set(names);
  return directory.entries.every((e) => seen.has(e.name));
}

/** Resolves a relationship target against the source part's folder ("../media/a.png", "/xl/x.xml"). */
export function resolvePartPath(baseFolder: string, target: string): string {
  const t = decodeURIComponentSafe(decodeXml(target));
  const parts = t.startsWith("/") ? [] : baseFolder.split("/").filter(Boolean);
  for (const seg of t.split("/")) {
    if (seg === "" || seg === ".") continue;
    if (seg === "..") parts.pop();
    else parts.push(seg);
  }
  return parts.join("/");
}

function decodeURIComponentSafe(s: string): string {
  try {
    return decodeURIComponent(s);
  } catch {
    return s;
  }
}

