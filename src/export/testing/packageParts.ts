// Test helper: a written .xlsx as parsed parts, read with a real XML parser (xml2js, office-addin-manifest's own,
// as test/manifest.test.ts reads the manifest) rather than by matching text: content types, relationships
// resolved to part paths, and element trees with their children in document order.
import JSZip from "jszip";

// xml2js ships no type declarations; the one function used here.
// eslint-disable-next-line @typescript-eslint/no-require-imports
const { parseStringPromise } = require("xml2js") as {
  parseStringPromise(xml: string, options: Record<string, unknown>): Promise<Record<string, XmlNode>>;
};

export interface XmlNode {
  "#name": string;
  $?: Record<string, string>;
  $$?: XmlNode[];
  _?: string;
}

export const children = (n: XmlNode, name?: string): XmlNode[] => (n.$$ ?? []).filter((c) => !name || c["#name"] === name);
export const child = (n: XmlNode, name: string): XmlNode | undefined => children(n, name)[0];
/** Every element named `name` under `n`, at any depth, in document order. */
export function all(n: XmlNode, name: string): XmlNode[] {
  const out: XmlNode[] = [];
  const walk = (x: XmlNode) => {
    if (x["#name"] === name) out.push(x);
    children(x).forEach(walk);
  };
  walk(n);
  return out;
}
/** The element at a path of child names; throws naming the step that is missing. */
export function at(n: XmlNode, ...names: string[]): XmlNode {
  return names.reduce((x, name) => {
    const next = child(x, name);
    if (!next) throw new Error(`no <${name}> under <${x["#name"]}>`);
    return next;
  }, n);
}
export const text = (n: XmlNode): string => n._ ?? "";
/** `<c:x val="…"/>`'s value. */
export const valOf = (n: XmlNode, ...names: string[]): string | undefined => at(n, ...names).$?.val;

export interface PackageRel {
  id: string;
  type: string;
  /** The target resolved against the source part's folder: "xl/drawings/drawing1.xml". */
  path: string;
}

export interface ParsedPackage {
  /** Every entry's path (folders left out). */
  paths: string[];
  /** PartName (without the leading "/") → ContentType of each Override; Default → by extension. */
  overrides: Map<string, string>;
  defaults: Map<string, string>;
  xml(path: string): Promise<XmlNode>;
  /** The relationships of a part ("" for the package's own, _rels/.rels). */
  rels(source: string): Promise<PackageRel[]>;
}

function resolve(source: string, target: string): string {
  if (target.startsWith("/")) return target.slice(1);
  const parts = source.split("/").slice(0, -1);
  for (const step of target.split("/")) {
    if (step === "..") parts.pop();
    else if (step !== ".") parts.push(step);
  }
  return parts.join("/");
}

export async function parsePackage(bytes: Uint8Array): Promise<ParsedPackage> {
  const zip = await JSZip.loadAsync(bytes);
  const paths = Object.keys(zip.files).filter((p) => !zip.files[p].dir);
  const xml = async (path: string): Promise<XmlNode> => {
    const file = zip.file(path);
    if (!file) throw new Error(`no part ${path}`);
    const parsed = await parseStringPromise(await file.async("string"), { explicitChildren: true, preserveChildrenOrder: true, explicitRoot: true });
    const [name] = Object.keys(parsed);
    return { ...parsed[name], "#name": name };
  };
  const types = await xml("[Content_Types].xml");
  const overrides = new Map(children(types, "Override").map((o) => [o.$!.PartName.replace(/^\//, ""), o.$!.ContentType]));
  const defaults = new Map(children(types, "Default").map((d) => [d.$!.Extension, d.$!.ContentType]));
  const rels = async (source: string): Promise<PackageRel[]> => {
    const folder = source.split("/").slice(0, -1).join("/");
    const relsPath = `${folder ? `${folder}/` : ""}_rels/${source.split("/").pop()}.rels`;
    if (!zip.file(relsPath)) return [];
    return children(await xml(relsPath), "Relationship").map((r) => ({ id: r.$!.Id, type: r.$!.Type, path: resolve(source, r.$!.Target) }));
  };
  return { paths, overrides, defaults, xml, rels };
}
