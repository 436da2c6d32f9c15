// `npm run preview`: the task pane without Excel. Builds the development bundle when dist/ has no preview page or
// an older one than the sources, serves dist/ on this machine only, and prints the preview page's address.
//   npm run preview                 port 3001 (PORT=… or --port … to choose; 0 for any free one)
//   npm run preview -- --no-build   serve dist/ as it is
import { spawnSync } from "node:child_process";
import { existsSync, readdirSync, statSync } from "node:fs";
import { readFile } from "node:fs/promises";
import { createServer } from "node:http";
import { extname, join, normalize, resolve } from "node:path";
import { fileURLToPath } from "node:url";
import { makeTwoRounds } from "../../test/e2e/makeTwoRounds.mjs";

const ROOT = fileURLToPath(new URL("../..", import.meta.url));
const DIST = join(ROOT, "dist");
const PAGE = join(DIST, "preview.html");
const args = process.argv.slice(2);
const portArg = args.indexOf("--port");
const port = Number(portArg >= 0 ? args[portArg + 1] : (process.env.PORT ?? 3001));

/** The newest modification time under a folder (sources, fixtures): what the bundle must be newer than. */
function newest(path) {
  const s = statSync(path);
  if (!s.isDirectory()) return s.mtimeMs;
  return readdirSync(path).reduce((m, name) => Math.max(m, newest(join(path, name))), 0);
}

/** Why the page is built first, in Thai and English ({ th, en }, the project's one shape of text in two languages); null when it is current. */
function needsBuild() {
  if (!existsSync(PAGE)) return { th: "dist/ ยังไม่มีหน้าตัวอย่าง", en: "dist/ has no preview page yet" };
  const built = statSync(PAGE).mtimeMs;
  const changed = ["src", "webpack.config.js", "package.json"].some((p) => existsSync(join(ROOT, p)) && newest(join(ROOT, p)) > built);
  return changed ? { th: "โค้ดเปลี่ยนหลังการสร้างครั้งก่อน", en: "the sources changed since the last build" } : null;
}

const why = args.includes("--no-build") ? null : needsBuild();
if (why) {
  console.log(`กำลังสร้างหน้าตัวอย่าง (${why.th})… · Building the preview (${why.en})…`);
  const build = spawnSync(process.execPath, [join(ROOT, "node_modules/webpack-cli/bin/cli.js"), "--mode", "development"], { cwd: ROOT, stdio: "inherit" });
  if (build.status !== 0) {
    console.error("สร้างหน้าตัวอย่างไม่สำเร็จ: ดูข้อความของ webpack ด้านบน · The preview build failed: see webpack's messages above.");
    process.exit(1);
  }
} else if (!existsSync(PAGE)) {
  console.error("dist/ ยังไม่มีหน้าตัวอย่าง: รัน npm run preview โดยไม่ใส่ --no-build · dist/ has no preview page: run npm run preview without --no-build.");
  process.exit(1);
}

// The workbook of two rounds (the official sheet and its 12-month copy) for "เทียบกับรอบก่อน": made, not kept.
const twoRounds = join(DIST, "fixtures/two-rounds.xlsx");
if (!existsSync(twoRounds)) await makeTwoRounds(twoRounds);

const TYPES = { ".html": "text/html; charset=utf-8", ".js": "text/javascript", ".map": "application/json", ".xml": "application/xml", ".png": "image/png", ".css": "text/css", ".xlsx": "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet" };
const server = createServer(async (req, res) => {
  const url = new URL(req.url ?? "/", "http://127.0.0.1");
  const path = url.pathname === "/" ? "/preview.html" : url.pathname;
  const file = join(DIST, normalize(decodeURIComponent(path)).replace(/^([/\\]|\.\.)+/, ""));
  if (!resolve(file).startsWith(DIST)) return res.writeHead(403).end();
  let body;
  try {
    body = await readFile(file);
  } catch {
    return res.writeHead(404).end();
  }
  res.writeHead(200, { "content-type": TYPES[extname(file)] ?? "application/octet-stream" }).end(body);
});
server.on("error", (error) => {
  const inUse = error.code === "EADDRINUSE";
  console.error(
    inUse
      ? `พอร์ต ${port} มีโปรแกรมอื่นใช้อยู่: ลอง PORT=3002 npm run preview · Port ${port} is in use: try PORT=3002 npm run preview`
      : `เปิดเซิร์ฟเวอร์หน้าตัวอย่างไม่ได้ · Could not start the preview server (${error.code ?? "unknown"})`,
  );
  process.exit(1);
});
server.listen(port, "127.0.0.1", () => {
  const address = `http://127.0.0.1:${server.address().port}/preview.html`;
  console.log(`หน้าตัวอย่าง · Preview: ${address}`);
  console.log("  ?lang=en  English · ?width=320  pane width · ?theme=dark · ?file=no-scorecard.xlsx · ?file=agency-5point.xlsx · ?file=two-rounds.xlsx   (Ctrl+C to stop)");
});
