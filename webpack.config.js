// Builds the task pane (and the ribbon command page) for Office, and in development the preview page.
//   npm run build        production: office.js from Microsoft's CDN, manifest URLs → package.json config.productionUrl
//   npm run build:dev    development: adds dist/preview.html + test fixtures (no Office needed)
//   npm run dev-server   https://localhost:3000 with office-addin-dev-certs (HTTP_ONLY=1 for plain http)
const crypto = require("crypto");
const fs = require("fs");
const path = require("path");
const webpack = require("webpack");
const HtmlWebpackPlugin = require("html-webpack-plugin");
const CopyWebpackPlugin = require("copy-webpack-plugin");
const pkg = require("./package.json");

const DEV_URL = "https://localhost:3000/";
const OFFICE_JS = "https://appsforoffice.microsoft.com/lib/1/hosted/office.js";
const PORT = 3000;

const here = (...p) => path.resolve(__dirname, ...p);
const exists = (p) => fs.existsSync(here(p));

/**
 * The ES5 check that must run before the bundle (src/taskpane/legacyWebview.js): written into the page itself, so
 * it runs as soon as the page is parsed, without waiting for a file of its own; the policy allows exactly that
 * text by its hash (Internet Explorer 11 ignores the policy; Edge Legacy and WebView2 check the hash).
 */
const LEGACY_SCRIPT = "src/taskpane/legacyWebview.js";
const legacyScript = () => fs.readFileSync(here(LEGACY_SCRIPT), "utf8");
const scriptHash = (text) => `'sha256-${crypto.createHash("sha256").update(text, "utf8").digest("base64")}'`;

/** Scripts: this site, Microsoft's Office CDN and the legacy check by its hash. Styles: inline allowed, Griffel injects <style>. */
function contentSecurityPolicy({ office, inline = [] }) {
  const scripts = ["'self'", ...(office ? [new URL(OFFICE_JS).origin] : []), ...inline.map(scriptHash)].join(" ");
  return [
    "default-src 'self'",
    `script-src ${scripts}`,
    "style-src 'self' 'unsafe-inline'",
    "img-src 'self' data:",
    "font-src 'self' data:",
    "connect-src 'self'",
    "object-src 'none'",
    "base-uri 'self'",
  ].join("; ");
}

function page({ template, filename, chunks, office, legacyCheck = false }) {
  const inline = legacyCheck ? [legacyScript()] : [];
  return new HtmlWebpackPlugin({
    filename,
    chunks,
    template,
    minify: false, // as optimization.minimizeOptions below: the legacy check's hash must match

    templateParameters: { officeJs: office ? OFFICE_JS : "", csp: contentSecurityPolicy({ office, inline }), legacyCheck: inline[0] ?? "" },
  });
}

async function httpsOptions() {
  // Lazy: only the dev server needs certificates, and only over https.
  const devCerts = require("office-addin-dev-certs");
  const { ca, key, cert } = await devCerts.getHttpsServerOptions();
  return { ca, key, cert };
}

module.exports = async (env = {}, argv = {}) => {
  const dev = argv.mode !== "production";
  const serving = Boolean(env.WEBPACK_SERVE);
  const httpOnly = process.env.HTTP_ONLY === "1";
  const hasCommands = exists("src/commands/commands.ts");
  // The manifest's FunctionFile is taskpane.html (shared runtime); a separate commands page only if one is written.
  const commandsPage = hasCommands && exists("src/commands/commands.html");

  const entry = {
    taskpane: "./src/taskpane/index.tsx",
    ...(commandsPage ? { commands: "./src/commands/commands.ts" } : {}),
    ...(dev ? { preview: "./src/preview/index.tsx" } : {}),
  };

  const plugins = [
    // The add-in's version, for the pane's support details (src/taskpane/diagnostics).
    new webpack.DefinePlugin({ __ADDIN_VERSION__: JSON.stringify(pkg.version) }),
    page({ template: "./src/taskpane/taskpane.html", filename: "taskpane.html", chunks: ["taskpane"], office: true, legacyCheck: true }),
    ...(commandsPage ? [page({ template: "./src/commands/commands.html", filename: "commands.html", chunks: ["commands"], office: true })] : []),
    ...(dev ? [page({ template: "./src/preview/preview.html", filename: "preview.html", chunks: ["preview"], office: false })] : []),
    new CopyWebpackPlugin({
      patterns: [
        { from: "assets/icon-*.png", to: "assets/[name][ext]", noErrorOnMissing: true },
        { from: "assets/*.xlsx", to: "assets/[name][ext]", noErrorOnMissing: true },
        {
          from: "manifest*.xml",
          to: "[name][ext]",
          noErrorOnMissing: true,
          // Only attribute values (DefaultValue="https://localhost:3000/…"), not the manifest's comments.
          transform: (content) => (dev ? content : content.toString().replaceAll(`"${DEV_URL}`, `"${pkg.config.productionUrl}`)),
        },
        // The preview page opens these workbooks (?file=…); development builds only.
        ...(dev ? [{ from: "test/fixtures/*.xlsx", to: "fixtures/[name][ext]", noErrorOnMissing: true }] : []),
      ],
    }),
  ];

  return {
    mode: dev ? "development" : "production",
    // No eval-based source maps: the pages' Content-Security-Policy forbids eval.
    devtool: dev ? "source-map" : false,
    entry,
    // Cleans dist/ of old pages but keeps dist/cli: the `scorecard` command (npm run build:cli, the package's bin).
    output: { path: here("dist"), filename: "[name].[contenthash:8].js", chunkFilename: "[name].[contenthash:8].js", clean: { keep: /^cli[\\/]/ } },
    resolve: { extensions: [".ts", ".tsx", ".js"] },
    module: {
      rules: [{ test: /\.tsx?$/, exclude: /node_modules/, use: { loader: "ts-loader", options: { transpileOnly: true } } }],
    },
    optimization: {
      // Pages are not minified (webpack would minify .html assets, inline scripts included): the legacy check
      // must reach taskpane.html byte for byte, or its hash in the Content-Security-Policy no longer matches.
      minimizeOptions: { html: false },
      splitChunks: {
        chunks: "all",
        // The named groups hold what the pages load first only (chunks: "initial"): Fluent components used
        // by a lazy chunk alone (the Export menu) stay in that chunk instead of growing the first load.
        cacheGroups: {
          react: { test: /[\\/]node_modules[\\/](react|react-dom|scheduler)[\\/]/, name: "react", chunks: "initial", priority: 20 },
          fluent: { test: /[\\/]node_modules[\\/](@fluentui|@griffel|tabster|@floating-ui|keyborg|@swc|tslib|use-sync-external-store|@emotion)[\\/]/, name: "fluent", chunks: "initial", priority: 10 },
        },
      },
    },
    performance: { hints: dev ? false : "warning", maxEntrypointSize: 900 * 1024, maxAssetSize: 700 * 1024 },
    plugins,
    devServer: {
      port: PORT,
      host: "localhost",
      hot: false,
      static: { directory: here("dist"), watch: false },
      headers: { "Access-Control-Allow-Origin": "*" },
      server: serving && !httpOnly ? { type: "https", options: await httpsOptions() } : "http",
      client: { overlay: { warnings: false, errors: true } },
    },
  };
};

// For test/legacyWebview.test.ts: the policy the pages carry.
module.exports.contentSecurityPolicy = contentSecurityPolicy;
module.exports.LEGACY_SCRIPT = LEGACY_SCRIPT;
