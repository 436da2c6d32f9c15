// legacyWebview.js runs before the bundle in every webview, Internet Explorer 11 included: it must be ES5, the
// page's Content-Security-Policy must let it run, and in an old webview it must show the explanation and answer
// the ribbon without ever leaving the button waiting.
import { parse } from "acorn";
import { createHash } from "crypto";
import { readFileSync } from "fs";
import path from "path";
import vm from "vm";

const SCRIPT = readFileSync(path.join(__dirname, "legacyWebview.js"), "utf8");
const PAGE = readFileSync(path.join(__dirname, "taskpane.html"), "utf8");
// eslint-disable-next-line @typescript-eslint/no-require-imports
const webpackConfig = require("../../webpack.config.js") as {
  (env: object, argv: object): Promise<unknown>;
  contentSecurityPolicy(o: { office: boolean; inline?: string[] }): string;
  LEGACY_SCRIPT: string;
};
const { contentSecurityPolicy, LEGACY_SCRIPT } = webpackConfig;

const IE11 = "Mozilla/5.0 (Windows NT 10.0; WOW64; Trident/7.0; .NET4.0C; .NET4.0E; rv:11.0) like Gecko";
const EDGE_HTML = "Mozilla/5.0 (Windows NT 10.0; Win64; x64) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/70.0.3538.102 Safari/537.36 Edge/18.19041";
const WEBVIEW2 = "Mozilla/5.0 (Windows NT 10.0; Win64; x64) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/131.0.0.0 Safari/537.36 Edg/131.0.0.0";

interface Element {
  style: { display: string };
}

/** Runs the script as the page would, with the given user agent and Office (or none). */
function run(userAgent: string, office?: Record<string, unknown>, extra: Record<string, unknown> = {}) {
  const elements: Record<string, Element> = { root: { style: { display: "" } }, "legacy-webview": { style: { display: "none" } } };
  const attributes: Record<string, string> = {};
  const timers: (() => void)[] = [];
  const sandbox: Record<string, unknown> = {
    navigator: { userAgent },
    location: { protocol: "https:", host: "hr-scorecard.github.io", pathname: "/hr-scorecard-excel/taskpane.html", search: "?_host_Info=Excel$Win32$16.01$th-TH" },
    document: {
      getElementById: (id: string) => elements[id] ?? null,
      documentElement: { setAttribute: (name: string, value: string) => (attributes[name] = value) },
    },
    setTimeout: (f: () => void) => timers.push(f),
    ...(office ? { Office: office } : {}),
    ...extra,
  };
  sandbox.window = sandbox;
  vm.runInNewContext(SCRIPT, sandbox);
  return { elements, attributes, timers, sandbox };
}

/** An Office.js surface as far as the script uses it. */
function office(dialogApi: boolean, sharedRuntime = false) {
  const associated = new Map<string, (event: unknown) => void>();
  const dialogs: { url: string; callback: () => void }[] = [];
  const ready = jest.fn();
  const order: string[] = [];
  return {
    associated,
    dialogs,
    ready,
    order,
    office: {
      actions: { associate: (name: string, f: (event: unknown) => void) => associated.set(name, f) },
      onReady: ready,
      addin: { showAsTaskpane: () => order.push("showAsTaskpane") },
      context: {
        requirements: {
          isSetSupported: (name: string, version: string) => version === "1.1" && ((dialogApi && name === "DialogApi") || (sharedRuntime && name === "SharedRuntime")),
        },
        ui: { displayDialogAsync: (url: string, _options: unknown, callback: () => void) => dialogs.push({ url, callback }) },
      },
    },
  };
}

describe("legacyWebview.js", () => {
  it("parses as ES5, as Internet Explorer 11 requires", () => {
    expect(() => parse(SCRIPT, { ecmaVersion: 5 })).not.toThrow();
  });

  it("is written into the page after the markup it shows, and the page's policy allows exactly it, by its hash", () => {
    const scripts = [...PAGE.matchAll(/<script\b((?:[^>"]|"[^"]*")*)>([\s\S]*?)<\/script>/g)];
    expect(scripts.map(([, attrs, body]) => /\bsrc="([^"]+)"/.exec(attrs)?.[1] ?? body)).toEqual(["<%= officeJs %>", "<%= legacyCheck %>"]);
    const legacy = scripts[1];
    expect(legacy[1]).not.toMatch(/\b(defer|async|type)\b/); // runs at once, before the deferred bundle
    expect(PAGE.indexOf('id="legacy-webview"')).toBeLessThan(legacy.index!);
    expect(PAGE.indexOf('id="root"')).toBeLessThan(legacy.index!);

    const scriptSrc = /script-src ([^;]*)/.exec(contentSecurityPolicy({ office: true, inline: [SCRIPT] }))![1].split(" ");
    const hash = `'sha256-${createHash("sha256").update(SCRIPT, "utf8").digest("base64")}'`;
    expect(scriptSrc).toEqual(["'self'", "https://appsforoffice.microsoft.com", hash]);
    expect(scriptSrc).not.toContain("'unsafe-inline'");
    expect(LEGACY_SCRIPT).toBe("src/taskpane/legacyWebview.js");
  });

  it("reaches the production page byte for byte: neither webpack nor the page plugin minifies the pages", async () => {
    const config = (await webpackConfig({}, { mode: "production" })) as {
      optimization: { minimizeOptions?: { html?: unknown } };
      plugins: { constructor: { name: string }; userOptions?: { filename?: string; minify?: unknown; templateParameters?: Record<string, string> } }[];
    };
    expect(config.optimization.minimizeOptions?.html).toBe(false);
    const page = config.plugins.find((p) => p.constructor.name === "HtmlWebpackPlugin" && p.userOptions?.filename === "taskpane.html")!;
    expect(page.userOptions?.minify).toBe(false);
    expect(page.userOptions?.templateParameters?.legacyCheck).toBe(SCRIPT);
    expect(page.userOptions?.templateParameters?.csp).toBe(contentSecurityPolicy({ office: true, inline: [SCRIPT] }));
  });

  it("the explanation names the versions that work and the scorecard command, in Thai and English", () => {
    const message = /<main id="legacy-webview"[\s\S]*?<\/main>/.exec(PAGE)![0];
    for (const words of ["Microsoft 365", "Office 2021", "Excel บนเว็บ", "Excel for Mac", "scorecard recalc", "Excel on the web"]) expect(message).toContain(words);
    expect(message).toContain('lang="th"');
    expect(message).toContain('lang="en"');
  });

  it.each([
    ["Internet Explorer 11", IE11, "trident"],
    ["Edge Legacy", EDGE_HTML, "edgehtml"],
  ])("in %s: shows the explanation instead of the pane and marks the page", (_, ua, kind) => {
    const { elements, attributes } = run(ua, office(true).office);
    expect(elements["legacy-webview"].style.display).toBe("block");
    expect(elements.root.style.display).toBe("none");
    expect(attributes["data-legacy-webview"]).toBe(kind);
  });

  it("in an engine without the 2020 features the bundle needs, whatever it calls itself: the explanation", () => {
    const { attributes } = run(WEBVIEW2, undefined, { Promise: undefined });
    expect(attributes["data-legacy-webview"]).toBe("old-engine");
    // Safari 13.0 (macOS 10.15 before 10.15.4): Promise.allSettled, but neither optional chaining nor replaceAll.
    const safari13 = "Mozilla/5.0 (Macintosh; Intel Mac OS X 10_15) AppleWebKit/605.1.15 (KHTML, like Gecko)";
    const safariString = { prototype: { trim: String.prototype.trim } };
    expect(run(safari13, undefined, { String: safariString }).attributes["data-legacy-webview"]).toBe("old-engine");
  });

  it("in WebView2: does nothing, and leaves the ribbon to the bundle", () => {
    const o = office(true);
    const { elements, attributes, sandbox } = run(WEBVIEW2, o.office);
    expect(elements["legacy-webview"].style.display).toBe("none");
    expect(elements.root.style.display).toBe("");
    expect(attributes).toEqual({});
    expect(o.associated.size).toBe(0);
    expect(sandbox.recalculateSheet).toBeUndefined();
    expect(o.ready).not.toHaveBeenCalled();
  });

  it("in IE11 the ribbon's recalculateSheet opens this page in a dialog and completes once, when the dialog is up", () => {
    const o = office(true);
    const { sandbox, timers } = run(IE11, o.office);
    expect(o.ready).toHaveBeenCalledTimes(1);
    const handler = o.associated.get("recalculateSheet")!;
    expect(sandbox.recalculateSheet).toBe(handler);
    const completed = jest.fn();
    handler({ completed });
    expect(o.dialogs.map((d) => d.url)).toEqual(["https://hr-scorecard.github.io/hr-scorecard-excel/taskpane.html"]);
    expect(completed).not.toHaveBeenCalled();
    o.dialogs[0].callback();
    expect(completed).toHaveBeenCalledTimes(1);
    timers.forEach((t) => t()); // the safety net fires later: no second completion
    expect(completed).toHaveBeenCalledTimes(1);
  });

  it("in IE11 with a shared runtime (Microsoft 365 without WebView2): completes, then shows the pane, which explains", () => {
    const o = office(true, true);
    run(IE11, o.office);
    o.associated.get("recalculateSheet")!({ completed: () => o.order.push("completed") });
    expect(o.order).toEqual(["completed", "showAsTaskpane"]);
    expect(o.dialogs).toEqual([]);
  });

  it("in IE11, should Office never answer the dialog, the safety net completes the event", () => {
    const o = office(true);
    const { timers } = run(IE11, o.office);
    const completed = jest.fn();
    o.associated.get("recalculateSheet")!({ completed });
    expect(timers).toHaveLength(1);
    timers[0]();
    expect(completed).toHaveBeenCalledTimes(1);
  });

  it("in IE11 without the Dialog API (or with one that throws), the event completes at once", () => {
    const o = office(false);
    run(IE11, o.office);
    const completed = jest.fn();
    o.associated.get("recalculateSheet")!({ completed });
    expect(completed).toHaveBeenCalledTimes(1);

    const throwing = office(true);
    throwing.office.context.ui.displayDialogAsync = () => {
      throw new Error("dialog");
    };
    run(IE11, throwing.office);
    const again = jest.fn();
    throwing.associated.get("recalculateSheet")!({ completed: again });
    expect(again).toHaveBeenCalledTimes(1);
  });

  it("without office.js (a plain old browser): the explanation, nothing else", () => {
    const { elements, sandbox } = run(IE11);
    expect(elements["legacy-webview"].style.display).toBe("block");
    expect(sandbox.recalculateSheet).toBeUndefined();
  });
});
