// The zip container as an Open Packaging Conventions package: parts by path, relationships, content
// types. Parts we do not edit keep their original compressed bytes (JSZip reuses them when the
// compression method matches), so every untouched entry comes out byte-identical and in its place.
import JSZip from "jszip";
import { attr, decodeXml } from "./xmlText";

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

  private constructor(private readonly zip: JSZip) {}

  /** Loads the zip and decodes every XML part once, so that reads afterwards are synchronous. */
  static async load(bytes: Uint8Array): Promise<OpcPackage> {
    const zip = await JSZip.loadAsync(bytes, { createFolders: false });
    const pkg = new OpcPackage(zip);
    const names = Object.keys(zip.files).filter((n) => !zip.files[n].dir && TEXT_PART.test(n));
    const texts = await Promise.all(names.map((n) => zip.files[n].async("string")));
    names.forEach((n, i) => pkg.texts.set(n, texts[i]));
    return pkg;
  }

  paths(): string[] {
    return Object.keys(this.zip.files).filter((n) => !this.zip.files[n].dir);
  }

  has(path: string): boolean {
    return this.texts.has(path) || (this.zip.files[path] !== undefined && !this.zip.files[path].dir);
  }

  /** The decoded text of an XML part, or undefined when absent. */
  text(path: string): string | undefined {
    return this.texts.get(path);
  }

  /** Replaces (or adds) a text part; only these are re-compressed on save. */
  setText(path: string, xml: string): void {
    this.texts.set(path, xml);
    this.edited.add(path);
  }

  remove(path: string): void {
    this.texts.delete(path);
    this.edited.delete(path);
    this.zip.remove(path);
  }

  async toBytes(): Promise<Uint8Array> {
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

export function relsPathOf(partPath: string): string {
  const slash = partPath.lastIndexOf("/");
  return `${partPath.slice(0, slash + 1)}_rels/${partPath.slice(slash + 1)}.rels`;
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

