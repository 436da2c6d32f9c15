// Offline checks of manifest.xml (Office's online validation service is out of reach from CI):
// well-formed XML, element order per the add-in manifest schema (OfficeAppManifestV1_1.xsd and
// TaskPaneAppVersionOverridesV1_0.xsd), resource references, URLs, icons, permissions and the ribbon.

// office-addin-manifest loads @microsoft/app-manifest and uuid, ES modules jest cannot require on Node 20;
// reading an XML manifest uses neither.

import { existsSync, readFileSync } from "fs";
import path from "path";
import { OfficeAddinManifest } from "office-addin-manifest";

// xml2js (office-addin-manifest's own XML parser) ships no type declarations; the one function used here:
// eslint-disable-next-line @typescript-eslint/no-require-imports
const { parseStringPromise } = require("xml2js") as {
  parseStringPromise(xml: string, options: Record<string, unknown>): Promise<Record<string, unknown>>;
};

const ROOT = path.join(__dirname, "..");
const MANIFEST = path.join(ROOT, "manifest.xml");
const DEV_URL = "https://localhost:3000/";

interface Node {
  "#name": string;
  $?: Record<string, string>;
  $$?: Node[];
  _?: string;
}

let root: Node;
beforeAll(async () => {
  const parsed = await parseStringPromise(readFileSync(MANIFEST, "utf8"), { explicitChildren: true, preserveChildrenOrder: true, explicitRoot: true });
  root = parsed.OfficeApp as Node;
  root["#name"] = "OfficeApp";
});

const children = (n: Node) => n.$$ ?? [];
const child = (n: Node, name: string) => children(n).find((c) => c["#name"] === name);
function all(n: Node, name?: string): Node[] {
  const out: Node[] = [];
  const walk = (x: Node) => {
    if (!name || x["#name"] === name) out.push(x);
    children(x).forEach(walk);
  };
  walk(n);
  return out;
}
function path$(n: Node, ...names: string[]): Node {
  return names.reduce((x, name) => {
    const next = child(x, name);
    if (!next) throw new Error(`no <${name}> under <${x["#name"]}>`);
    return next;
  }, n);
}

/** Children appear in the schema's sequence (optional ones may be missing, none out of order). */
function expectOrder(n: Node, sequence: string[], required: string[] = []) {
  const names = children(n).map((c) => c["#name"]);
  for (const name of names) expect(sequence).toContain(name);
  const positions = names.map((name) => sequence.indexOf(name));
  expect(positions).toEqual([...positions].sort((a, b) => a - b));
  for (const name of required) expect(names).toContain(name);
}

describe("manifest.xml", () => {
  it("is a TaskPaneApp whose elements follow the schema's order", () => {
    expect(root.$?.["xsi:type"]).toBe("TaskPaneApp");
    // OfficeApp (abstract) then its TaskPaneApp extension, from OfficeAppManifestV1_1.xsd.
    expectOrder(
      root,
      ["Id", "AlternateId", "Version", "ProviderName", "DefaultLocale", "DisplayName", "Description", "IconUrl", "HighResolutionIconUrl", "SupportUrl", "AppDomains", "Hosts", "Requirements", "DefaultSettings", "Permissions", "Dictionary", "VersionOverrides"],
      ["Id", "Version", "ProviderName", "DefaultLocale", "DisplayName", "Description", "DefaultSettings", "Permissions"],
    );
    const vo = path$(root, "VersionOverrides");
    expectOrder(vo, ["Description", "Requirements", "Hosts", "Resources", "WebApplicationInfo", "EquivalentAddins"], ["Hosts", "Resources"]);
    const host = path$(vo, "Hosts", "Host");
    expectOrder(host, ["Runtimes", "AllFormFactors", "DesktopFormFactor"]);
    expectOrder(path$(host, "DesktopFormFactor"), ["GetStarted", "FunctionFile", "ExtensionPoint"], ["ExtensionPoint"]);
    for (const group of all(root, "Group")) expectOrder(group, ["Label", "Icon", "Control"], ["Label", "Icon", "Control"]);
    for (const control of all(root, "Control")) expectOrder(control, ["Label", "Supertip", "Icon", "Action"], ["Label", "Supertip", "Icon", "Action"]);
    expectOrder(path$(vo, "Resources"), ["bt:Images", "bt:Urls", "bt:ShortStrings", "bt:LongStrings"]);
  });

  it("has a fixed GUID, Thai by default with English overrides", () => {
    expect(path$(root, "Id")._).toMatch(/^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/);
    expect(path$(root, "Version")._).toMatch(/^\d+(\.\d+){0,3}$/);
    expect(path$(root, "DefaultLocale")._).toBe("th-TH");
    for (const name of ["DisplayName", "Description"]) {
      const el = path$(root, name);
      expect(el.$?.DefaultValue).toMatch(/[\u0E00-\u0E7F]/); // Thai
      expect(children(el).map((o) => o.$)).toEqual([{ Locale: "en-US", Value: expect.any(String) }]);
    }
    expect(path$(root, "DisplayName").$?.DefaultValue.length).toBeLessThanOrEqual(125);
    expect(path$(root, "Description").$?.DefaultValue.length).toBeLessThanOrEqual(250);
  });

  it("asks for ReadWriteDocument and ExcelApi 1.7 only, in Excel", () => {
    expect(path$(root, "Permissions")._).toBe("ReadWriteDocument");
    expect(all(path$(root, "Hosts"), "Host").map((h) => h.$?.Name)).toEqual(["Workbook"]);
    expect(all(path$(root, "Requirements"), "Set").map((s) => s.$)).toEqual([{ Name: "ExcelApi", MinVersion: "1.7" }]);
    // No SharedRuntime requirement on VersionOverrides: Excel without it must still get the ribbon.
    expect(child(path$(root, "VersionOverrides"), "Requirements")).toBeUndefined();
    expect(child(root, "AppDomains")).toBeUndefined();
    expect(path$(root, "DefaultSettings", "SourceLocation").$?.DefaultValue).toBe(`${DEV_URL}taskpane.html`);
  });

  it("resolves every resid to a resource of the right kind, with English overrides on every string", () => {
    const resources = path$(root, "VersionOverrides", "Resources");
    const ids = (kind: string) => new Map(all(path$(resources, kind)).filter((n) => n.$?.id).map((n) => [n.$!.id, n]));
    const kinds = { image: ids("bt:Images"), url: ids("bt:Urls"), short: ids("bt:ShortStrings"), long: ids("bt:LongStrings") };
    const kindOf = (el: Node, parent: Node): keyof typeof kinds => {
      const name = el["#name"];
      if (name === "bt:Image") return "image";
      if (["SourceLocation", "FunctionFile", "LearnMoreUrl", "Runtime"].includes(name)) return "url";
      if (name === "Description" && (parent["#name"] === "Supertip" || parent["#name"] === "GetStarted")) return "long";
      if (name === "Label" || name === "Title") return "short";
      throw new Error(`unexpected resid on <${name}>`);
    };
    let references = 0;
    const walk = (n: Node) => {
      for (const c of children(n)) {
        if (c.$?.resid) {
          references++;
          expect(c.$.resid.length).toBeLessThanOrEqual(32);
          const kind = kindOf(c, n);
          expect({ resid: c.$.resid, kind, found: kinds[kind].has(c.$.resid) }).toEqual({ resid: c.$.resid, kind, found: true });
        }
        walk(c);
      }
    };
    walk(path$(root, "VersionOverrides"));
    expect(references).toBeGreaterThan(15);
    for (const [id, s] of kinds.short) {
      expect(s.$!.DefaultValue.length).toBeLessThanOrEqual(125);
      expect(children(s).map((o) => o.$?.Locale)).toEqual(["en-US"]);
      expect(id.length).toBeLessThanOrEqual(32);
    }
    for (const [, s] of kinds.long) {
      expect(s.$!.DefaultValue.length).toBeLessThanOrEqual(250);
      expect(children(s).map((o) => o.$?.Locale)).toEqual(["en-US"]);
    }
  });

  it("uses https everywhere, the dev server's prefix for our own files, and icons that exist at their sizes", () => {
    const urls = all(root)
      .flatMap((n) => [n.$?.DefaultValue, n.$?.Value])
      .filter((v): v is string => typeof v === "string" && /^[a-z]+:\/\//i.test(v));
    expect(urls.length).toBeGreaterThan(6);
    for (const url of urls) expect(url).toMatch(/^https:\/\//);
    const own = urls.filter((u) => u.startsWith(DEV_URL));
    expect(own.length).toBeGreaterThan(4);
    for (const url of own) expect(existsSync(path.join(ROOT, url.slice(DEV_URL.length))) || url.endsWith(".html")).toBe(true);

    const pngSize = (file: string) => readFileSync(file).readUInt32BE(16); // IHDR width
    const icon = (url: string) => path.join(ROOT, url.slice(DEV_URL.length));
    expect(pngSize(icon(path$(root, "IconUrl").$!.DefaultValue))).toBe(32);
    expect(pngSize(icon(path$(root, "HighResolutionIconUrl").$!.DefaultValue))).toBe(64);
    const images = new Map(all(path$(root, "VersionOverrides", "Resources", "bt:Images"), "bt:Image").map((i) => [i.$!.id, i.$!.DefaultValue]));
    const uses = all(path$(root, "VersionOverrides", "Hosts"), "bt:Image");
    for (const use of uses) expect(pngSize(icon(images.get(use.$!.resid)!))).toBe(Number(use.$!.size));
    expect(new Set(uses.map((u) => u.$!.size))).toEqual(new Set(["16", "32", "80"]));
  });

  it("puts an HR Scorecard group on Home with คำนวณคะแนน (ExecuteFunction) and แผงงาน (ShowTaskpane), in one shared runtime", async () => {
    const resources = path$(root, "VersionOverrides", "Resources");
    const text = (resid: string) => all(resources).find((n) => n.$?.id === resid)?.$?.DefaultValue;
    const tab = all(root, "OfficeTab")[0];
    expect(tab.$?.id).toBe("TabHome");
    const group = path$(tab, "Group");
    expect(text(path$(group, "Label").$!.resid)).toBe("HR Scorecard");
    const controls = all(group, "Control");
    expect(controls.map((c) => text(path$(c, "Label").$!.resid))).toEqual(["คำนวณคะแนน", "แผงงาน"]);
    const [recalc, pane] = controls.map((c) => path$(c, "Action"));
    expect(recalc.$?.["xsi:type"]).toBe("ExecuteFunction");
    expect(path$(recalc, "FunctionName")._).toBe("recalculateSheet");
    expect(pane.$?.["xsi:type"]).toBe("ShowTaskpane");
    expect(path$(pane, "SourceLocation").$?.resid).toBe("Taskpane.Url");

    // Shared runtime: the Runtime, the FunctionFile and the pane all name Taskpane.Url (Office requires one resid).
    const host = path$(root, "VersionOverrides", "Hosts", "Host");
    expect(path$(host, "Runtimes", "Runtime").$).toEqual({ resid: "Taskpane.Url", lifetime: "long" });
    expect(path$(host, "DesktopFormFactor", "FunctionFile").$?.resid).toBe("Taskpane.Url");

    // The function the button names is one the page registers at once, and the commands module implements.
    const { RIBBON_FUNCTIONS } = await import("../src/commands/registerRibbon");
    expect(RIBBON_FUNCTIONS).toContain(path$(recalc, "FunctionName")._);
    const commands = readFileSync(path.join(ROOT, "src/commands/commands.ts"), "utf8");
    expect(commands).toContain("export async function recalculateSheet(");
  });

  it("reads with office-addin-manifest", async () => {
    const info = await OfficeAddinManifest.readManifestFile(MANIFEST);
    expect(info.id).toBe(path$(root, "Id")._);
    expect(info.displayName).toBe("HR Scorecard สำหรับ Excel");
    expect(info.defaultLocale).toBe("th-TH");
    expect(info.hosts).toEqual(["Workbook"]);
    expect(info.permissions).toBe("ReadWriteDocument");
    expect(info.officeAppType).toBe("TaskPaneApp");
    expect(info.defaultSettings?.sourceLocation).toBe(`${DEV_URL}taskpane.html`);
  });
});
