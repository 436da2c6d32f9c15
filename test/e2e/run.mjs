// End-to-end tests of the task pane on the preview page (the real pane over an in-memory workbook).
// Builds the development bundle, serves dist/ on 127.0.0.1, drives Debian's chromium through playwright-core.
//   npm run test:e2e            (E2E_SKIP_BUILD=1 reuses dist/)
// Screenshots go to test-results/. Ends with "e2e: N passed, M failed"; exits non-zero on any failure.
import { execFileSync, spawn, spawnSync } from "node:child_process";
import { existsSync, mkdirSync, mkdtempSync, rmSync } from "node:fs";
import { readFile, writeFile } from "node:fs/promises";
import { createServer } from "node:http";
import { createRequire } from "node:module";
import { tmpdir } from "node:os";
import { extname, join, normalize, resolve } from "node:path";
import { fileURLToPath } from "node:url";
import JSZip from "jszip";
import { chromium } from "playwright-core";
import { makeNoScorecard } from "./makeNoScorecard.mjs";
import { makeStaleHighlight } from "./makeStaleHighlight.mjs";
import { makeTwoRounds, TWELVE_MONTH_SHEET } from "./makeTwoRounds.mjs";
import { BLOCK_HEADINGS, FIVE_POINT, makeBlocks } from "./makeBlocks.mjs";

const ROOT = fileURLToPath(new URL("../..", import.meta.url));
const DIST = join(ROOT, "dist");
const RESULTS = join(ROOT, "test-results");
const require = createRequire(import.meta.url);
const AXE = require.resolve("axe-core/axe.min.js");
const started = Date.now();

const THAI = "๐๑๒๓๔๕๖๗๘๙";
const arabic = (s) => s.replace(/[๐-๙]/g, (d) => String(THAI.indexOf(d)));
const toThai = (s) => String(s).replace(/[0-9]/g, (d) => THAI[Number(d)]);
const MONTHS = ["ม.ค.", "ก.พ.", "มี.ค.", "เม.ย.", "พ.ค.", "มิ.ย.", "ก.ค.", "ส.ค.", "ก.ย.", "ต.ค.", "พ.ย.", "ธ.ค."];
/** Today as the download names it: "๕ ธ.ค. ๒๕๖๙" (Buddhist era); Arabic digits with `arabicDigits`. */
const todayThai = (arabicDigits = false) => {
  const d = new Date();
  const text = `${d.getDate()} ${MONTHS[d.getMonth()]} ${d.getFullYear() + 543}`;
  return arabicDigits ? text : toThai(text);
};

// ---------- setup: fixture, build, server, browser ----------
const noScorecard = join(ROOT, "test/fixtures/no-scorecard.xlsx");
if (!existsSync(noScorecard)) await makeNoScorecard(noScorecard);
const staleHighlight = join(ROOT, "test/fixtures/stale-highlight.xlsx");
if (!existsSync(staleHighlight)) await makeStaleHighlight(staleHighlight);

if (process.env.E2E_SKIP_BUILD !== "1") {
  console.log("building the development bundle…");
  const build = spawnSync(process.execPath, [join(ROOT, "node_modules/webpack-cli/bin/cli.js"), "--mode", "development"], {
    cwd: ROOT,
    stdio: ["ignore", "pipe", "pipe"],
    encoding: "utf8",
  });
  if (build.status !== 0) {
    console.log(build.stdout.slice(-4000), build.stderr.slice(-4000));
    console.log("e2e: 0 passed, 1 failed");
    process.exit(1);
  }
}
mkdirSync(RESULTS, { recursive: true });

// The official sheet as the year-end (12-month) report titles it, beside the bundle (built output, not a kept
// fixture): its fourteen "ทราบผล เดือน ก.ย. ๖๖" notes name a month the report has reached.
{
  const zip = await JSZip.loadAsync(await readFile(join(ROOT, "test/fixtures/hr-scorecard-2566-6m.xlsx")));
  const strings = await zip.file("xl/sharedStrings.xml").async("string");
  const sixMonths = "๓๑ มีนาคม ๒๕๖๖) ๖ เดือน";
  if (!strings.includes(sixMonths)) throw new Error("e2e: the official title changed; year-end.xlsx cannot be made");
  zip.file("xl/sharedStrings.xml", strings.replace(sixMonths, "๓๐ กันยายน ๒๕๖๖) ๑๒ เดือน"));
  mkdirSync(join(DIST, "fixtures"), { recursive: true });
  await writeFile(join(DIST, "fixtures/year-end.xlsx"), await zip.generateAsync({ type: "nodebuffer" }));
}

// The sheet with results, KPI ๑.๓'s result (Q7, targets ๑–๕) moved between levels ๒ and ๓: a sheet whose total
// depends on the scoring method (step: level 2, the official 28.83; linear: level 2.5, 0.75 points more).
{
  const zip = await JSZip.loadAsync(await readFile(join(ROOT, "test/fixtures/hr-scorecard-2566-6m-results.xlsx")));
  const path = "xl/worksheets/sheet1.xml";
  const xml = await zip.file(path).async("string");
  const q7 = /<c r="Q7"( s="\d+")? t="s"><v>\d+<\/v><\/c>/;
  if (!q7.test(xml)) throw new Error("e2e: Q7 of the results fixture changed; between-levels.xlsx cannot be made");
  zip.file(path, xml.replace(q7, '<c r="Q7"$1><v>2.5</v></c>'));
  await writeFile(join(DIST, "fixtures/between-levels.xlsx"), await zip.generateAsync({ type: "nodebuffer" }));
}

// The 5-point fixture as a Thai-digit sheet writes it: its inputs' styles (xf 6, xf 7) given "[$-D000000]General",
// Thai Excel's native-digit format, so the engine reads the sheet as writing Thai digits and the Thai pane shows them.
{
  const zip = await JSZip.loadAsync(await readFile(join(ROOT, "test/fixtures/agency-5point.xlsx")));
  let styles = await zip.file("xl/styles.xml").async("string");
  const xfs = /<cellXfs count="\d+">(.*?)<\/cellXfs>/s.exec(styles);
  const list = xfs?.[1].match(/<xf [^>]*?(?:\/>|>.*?<\/xf>)/gs) ?? [];
  if (list.length < 8 || !styles.includes('<numFmts count="1">')) throw new Error("e2e: the 5-point fixture's styles changed; agency-5point-thai.xlsx cannot be made");
  const thai = list.map((xf, i) => (i === 6 || i === 7 ? xf.replace(/numFmtId="\d+"/, 'numFmtId="165" applyNumberFormat="1"') : xf));
  styles = styles.replace(xfs[1], thai.join("")).replace('<numFmts count="1">', '<numFmts count="2"><numFmt numFmtId="165" formatCode="[$-D000000]General"/>');
  zip.file("xl/styles.xml", styles);
  await writeFile(join(DIST, "fixtures/agency-5point-thai.xlsx"), await zip.generateAsync({ type: "nodebuffer" }));
}

// Two rounds in one workbook: the official 6-month sheet and its 12-month copy (test/fixtures/rounds.ts's edits).
await makeTwoRounds(join(DIST, "fixtures/two-rounds.xlsx"));
// One sheet of three result blocks side by side (test/fixtures/blockGrids.ts): totals 58, 78 and 92.
await makeBlocks(join(DIST, "fixtures/blocks.xlsx"));
// The same three blocks on a 5-point table (weights 50, 30, 20): totals 2.8500, 3.7250 and 4.0500.
await makeBlocks(join(DIST, "fixtures/blocks-5point.xlsx"), FIVE_POINT);

const TYPES = { ".html": "text/html; charset=utf-8", ".js": "text/javascript", ".map": "application/json", ".xml": "application/xml", ".png": "image/png", ".xlsx": "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet" };
const server = createServer(async (req, res) => {
  const url = new URL(req.url ?? "/", "http://127.0.0.1");
  // axe-core from this origin, so the page's CSP (script-src 'self') lets it in.
  const file = url.pathname === "/__axe.js" ? AXE : join(DIST, normalize(decodeURIComponent(url.pathname)).replace(/^([/\\]|\.\.)+/, ""));
  if (file !== AXE && !resolve(file).startsWith(DIST)) return res.writeHead(403).end();
  try {
    const body = await readFile(file);
    res.writeHead(200, { "content-type": TYPES[extname(file)] ?? "application/octet-stream" }).end(body);
  } catch {
    res.writeHead(404).end();
  }
});
await new Promise((ok) => server.listen(0, "127.0.0.1", ok));
const BASE = `http://127.0.0.1:${server.address().port}`;

const executablePath = execFileSync("which", ["chromium"], { encoding: "utf8" }).trim();
const userDataDir = mkdtempSync(join(tmpdir(), "hr-scorecard-e2e-"));
const context = await chromium.launchPersistentContext(userDataDir, {
  executablePath,
  headless: true,
  args: ["--headless", "--no-sandbox", "--disable-gpu", "--disable-background-networking", "--disable-component-update", "--no-first-run", "--disable-sync"],
  viewport: { width: 1280, height: 900 },
  locale: "th-TH",
});
// Nothing leaves 127.0.0.1: Office's CDN (the task pane page) is refused, as in a plain offline browser.
await context.route((url) => !url.href.startsWith(BASE), (route) => route.abort());

// ---------- a tiny test runner ----------
let passed = 0;
let failed = 0;
const pageErrors = [];

async function newPage() {
  const page = context.pages()[0] ?? (await context.newPage());
  page.removeAllListeners("pageerror");
  page.removeAllListeners("console");
  page.on("pageerror", (e) => pageErrors.push(String(e)));
  page.on("console", (m) => m.type() === "error" && /Content.Security.Policy|Refused to/i.test(m.text()) && !/appsforoffice/.test(m.text()) && pageErrors.push(m.text()));
  return page;
}

async function test(name, fn) {
  const t0 = Date.now();
  pageErrors.length = 0;
  try {
    await fn();
    if (pageErrors.length) throw new Error(`page errors: ${pageErrors.join(" | ")}`);
    passed++;
    console.log(`  ok    ${name} (${Date.now() - t0} ms)`);
  } catch (error) {
    failed++;
    console.log(`  FAIL  ${name}\n        ${String(error?.message ?? error).split("\n").join("\n        ")}`);
    const page = context.pages()[0];
    if (page) await page.screenshot({ path: join(RESULTS, `failure-${name.replace(/\W+/g, "-")}.png`) }).catch(() => undefined);
  }
}

function assert(condition, message) {
  if (!condition) throw new Error(message);
}

async function axe(page, label) {
  await page.addScriptTag({ url: "/__axe.js" });
  // Tabster's focus-redirecting dummy <i data-tabster-dummy tabindex=0 aria-hidden> are by design
  // (microsoft/fluentui#27517, microsoft/tabster#288): left out of the audit.
  const violations = await page.evaluate(async () => (await window.axe.run({ exclude: [["[data-tabster-dummy]"]] }, { resultTypes: ["violations"] })).violations.map((v) => ({ id: v.id, impact: v.impact, help: v.help, nodes: v.nodes.slice(0, 3).map((n) => n.target.join(" ")) })));
  const bad = violations.filter((v) => v.impact === "serious" || v.impact === "critical");
  const minor = violations.filter((v) => !bad.includes(v));
  if (minor.length) console.log(`        axe (${label}) minor/moderate: ${minor.map((v) => v.id).join(", ")}`);
  assert(bad.length === 0, `axe (${label}): ${bad.map((v) => `${v.impact} ${v.id}: ${v.help} at ${v.nodes.join(", ")}`).join("\n")}`);
}

const gridState = (page) =>
  page.$$eval("[data-testid=grid] td", (tds) => tds.map((td) => `${td.dataset.addr}=${td.textContent}|${td.dataset.fill ?? ""}`).join("\n"));
const shot = (page, name, selector) => (selector ? page.locator(selector) : page).screenshot({ path: join(RESULTS, name) });

async function recalc(page, label) {
  await page.getByRole("button", { name: label, exact: true }).click();
  const total = page.getByTestId("total");
  const dialog = page.getByRole("dialog");
  const notA = page.getByTestId("not-a-scorecard");
  await total.or(dialog).or(notA).first().waitFor({ timeout: 15000 });
  if (await dialog.isVisible()) return dialog;
  return null;
}

/** Recalculates, confirming if asked, and checks the pane shows the official total. */
async function recalcToOfficialTotal(page, lang = "th") {
  const dialog = await recalc(page, lang === "th" ? "คำนวณคะแนนใหม่" : "Recalculate");
  if (dialog) await dialog.getByRole("button", { name: lang === "th" ? "ยืนยัน" : "Confirm" }).click();
  const total = (await page.getByTestId("total").textContent()) ?? "";
  assert(arabic(total) === "28.83", `total shown: ${total}`);
}

/** After something else started a recalculation (saving the column form, a new method): confirm it, then the total passes `ok`. */
async function recalcToOfficialTotalAfter(page, ok = (total) => total === "28.83") {
  const dialog = page.getByRole("dialog");
  const total = page.getByTestId("total");
  let shown = "";
  for (let i = 0; i < 100; i++) {
    // The dialog may close between the look and the click: a short try, then look again.
    if (await dialog.isVisible()) await dialog.getByRole("button", { name: "ยืนยัน" }).click({ timeout: 1000 }).catch(() => undefined);
    shown = arabic((await total.count()) ? ((await total.textContent()) ?? "") : "");
    if (shown && ok(shown) && !(await dialog.isVisible())) return;
    await page.waitForTimeout(100);
  }
  throw new Error(`total shown: ${shown || "(none)"}`);
}

/** Recalculates by keyboard alone: focus on the main button, Enter, and Enter on the confirmation if one is asked. */
async function recalcByKeyboard(p, th) {
  const button = p.getByRole("button", { name: th ? "คำนวณคะแนนใหม่" : "Recalculate", exact: true });
  await button.focus();
  await p.keyboard.press("Enter");
  const dialog = p.getByRole("dialog");
  await p.getByTestId("total").or(dialog).first().waitFor({ timeout: 15000 });
  if (await dialog.isVisible()) {
    await dialog.getByRole("button", { name: th ? "ยืนยัน" : "Confirm" }).focus();
    await p.keyboard.press("Enter");
    await dialog.waitFor({ state: "hidden" });
  }
}

async function openPreview(query = "") {
  const page = await newPage();
  await page.goto(`${BASE}/preview.html${query}`);
  await page.getByTestId("grid").waitFor({ timeout: 15000 });
  return page;
}

// ---------- scenarios ----------
console.log(`e2e against ${BASE} with ${executablePath}`);
const page = await openPreview();
let before = "";

await test("preview opens: Thai pane beside the official sheet", async () => {
  await page.getByRole("button", { name: "คำนวณคะแนนใหม่" }).waitFor();
  await page.getByRole("heading", { name: "HR Scorecard", exact: true }).waitFor();
  before = await gridState(page);
  assert(before.includes("ความสอดคล้องเชิงยุทธศาสตร์"), "grid view shows the sheet's text");
  await shot(page, "pane-th.png");
});

await test("recalculate: confirm, total ๒๘.๘๓, 14 pending KPIs", async () => {
  const dialog = await recalc(page, "คำนวณคะแนนใหม่");
  if (dialog) {
    await shot(page, "confirm-th.png");
    const title = await dialog.getByRole("heading").first().textContent();
    assert(/เซลล์จะเปลี่ยนค่า|สูตร/.test(title ?? ""), `dialog title: ${title}`);
    const formulas = dialog.getByRole("checkbox");
    if (await formulas.count()) assert(!(await formulas.isChecked()), "overwrite-formulas checkbox starts unchecked");
    await dialog.getByRole("button", { name: "ยืนยัน" }).click();
  }
  const total = (await page.getByTestId("total").textContent()) ?? "";
  assert(arabic(total) === "28.83", `total shown: ${total}`);
  const pending = page.locator("[data-group=pending] li");
  assert((await pending.count()) === 14, `pending listed: ${await pending.count()}`);
  // All fourteen notes say the same: said once, in the group's heading.
  await page.getByRole("button", { name: 'รอผล "ทราบผล เดือน ก.ย. ๖๖" (๑๔)', exact: true }).waitFor();
  await page.getByText("คะแนนรายมิติ").waitFor();
  await page.getByRole("progressbar", { name: /^มิติ ๑: / }).waitFor();
  const after = await gridState(page);
  assert(after !== before, "the grid changed (values or highlights)");
  await shot(page, "after-recalc-th.png");
  await shot(page, "after-recalc-th-pane.png", "[data-testid=pane]");
});

await test("a pending flag selects its cell in the grid", async () => {
  const item = page.locator("[data-group=pending] li button").nth(2);
  const cell = await item.getAttribute("data-cell");
  await item.click();
  const selected = page.locator(`[data-testid=grid] td[data-selected=true]`);
  await selected.waitFor({ timeout: 5000 });
  assert((await selected.getAttribute("data-addr")) === cell, `selected ${await selected.getAttribute("data-addr")}, flag says ${cell}`);
});

await test("accessibility (Thai, after recalculation): no serious or critical axe violations", async () => {
  await axe(page, "th");
});

await test("undo puts the grid back exactly", async () => {
  await page.getByRole("button", { name: "ย้อนกลับ" }).click();
  await page.getByText("ย้อนกลับแล้ว").first().waitFor();
  const after = await gridState(page);
  const a = after.split("\n");
  const diff = before.split("\n").filter((line, i) => line !== a[i]).slice(0, 6).map((line) => `${line}  ≠  ${a[before.split("\n").indexOf(line)]}`);
  assert(after === before, `grid text and fills equal the state before the recalculation:\n${diff.join("\n")}`);
});

await test("clear highlights removes the fills and keeps the values", async () => {
  await recalc(page, "คำนวณคะแนนใหม่");
  await page.getByTestId("total").waitFor();
  const fills = (state) => state.replace(/^[^=]*=.*\|/gm, "");
  const values = (state) => state.replace(/\|.*$/gm, "");
  const painted = await gridState(page);
  assert(fills(painted) !== fills(before), "the recalculation painted highlights");
  await page.getByRole("button", { name: "ล้างไฮไลต์" }).click();
  await page.getByText("ล้างไฮไลต์แล้ว").first().waitFor();
  const cleared = await gridState(page);
  assert(fills(cleared) === fills(before), "fills are back to the sheet's own");
  assert(values(cleared) === values(painted), "values unchanged");
  await page.getByRole("button", { name: "ย้อนกลับ" }).click();
  await page.getByText("ย้อนกลับแล้ว").first().waitFor();
  assert((await gridState(page)) === before, "undo after clearing puts the sheet back as it was");
});

await test("export: summary sheet in the workbook (replace asked first), .csv and .xlsx downloads", async () => {
  const dialog = await recalc(page, "คำนวณคะแนนใหม่");
  if (dialog) await dialog.getByRole("button", { name: "ยืนยัน" }).click();
  await page.getByTestId("total").waitFor();
  const menu = page.getByRole("button", { name: "ส่งออก" });
  await menu.click();
  const create = page.getByRole("menuitem", { name: "สร้างแผ่นงานสรุปผลในไฟล์นี้" });
  await create.waitFor();
  await page.getByRole("menuitem", { name: "ดาวน์โหลดสรุปผล (.xlsx)" }).waitFor();
  await page.getByRole("menuitem", { name: "ดาวน์โหลดสรุปผล (.csv)" }).waitFor();
  await page.waitForTimeout(300); // the menu's opening animation
  await shot(page, "export-menu-th.png");
  await shot(page, "export-menu-th-pane.png", "[data-testid=pane]");
  await axe(page, "export menu");

  // (1) the summary sheet: a new tab, shown at once, with the total and the pending KPIs with their units.
  await create.click();
  await page.getByText('สร้างแผ่นงาน "สรุปผล HR Scorecard" แล้ว').waitFor({ timeout: 15000 });
  const tab = page.getByRole("tab", { name: "สรุปผล HR Scorecard" });
  await tab.waitFor();
  assert((await tab.getAttribute("aria-selected")) === "true", "the summary tab is the one shown");
  const grid = page.getByTestId("grid");
  await grid.getByText("สรุปผล HR Scorecard กรมส่งเสริมสหกรณ์").waitFor();
  const rows = await grid.locator("tr").evaluateAll((trs) => trs.map((tr) => [...tr.querySelectorAll("td")].map((td) => td.textContent)));
  const total = rows.find((r) => r[0] === "คะแนน HR Scorecard (เต็ม ๑๐๐ คะแนน)");
  assert(total?.includes("๒๘.๘๓"), `total row: ${JSON.stringify(total)}`);
  const pendingRow = rows.find((r) => r[0] === "๓.๗");
  assert(pendingRow && pendingRow[2] === "กพร." && pendingRow[3] === "ทราบผล เดือน ก.ย. ๖๖", `pending KPI ๓.๗ row: ${JSON.stringify(pendingRow)}`);
  assert(rows.filter((r) => r[3] === "ทราบผล เดือน ก.ย. ๖๖").length === 14, "14 pending KPIs listed, each with its note");
  await shot(page, "summary-sheet-th.png");
  await shot(page, "summary-sheet-th-grid.png", "[data-testid=grid]");

  // Export again: the pane asks before replacing the sheet; cancel keeps it, replace rewrites it.
  await menu.click();
  await create.click();
  const ask = page.getByRole("dialog");
  await ask.waitFor({ timeout: 15000 });
  const title = (await ask.getByRole("heading").first().textContent()) ?? "";
  assert(title === 'มีแผ่นงาน "สรุปผล HR Scorecard" อยู่แล้ว', `replace dialog title: ${title}`);
  await page.waitForTimeout(400);
  await shot(page, "export-replace-th.png");
  await axe(page, "export replace dialog");
  await ask.getByRole("button", { name: "ยกเลิก" }).click();
  await ask.waitFor({ state: "hidden" });
  await menu.click();
  await create.click();
  await ask.waitFor();
  await ask.getByRole("button", { name: "แทนที่" }).click();
  await ask.waitFor({ state: "hidden" });
  await page.getByText('สร้างแผ่นงาน "สรุปผล HR Scorecard" แล้ว').waitFor();
  const tabs = await page.locator("[role=tab]").allTextContents();
  assert(tabs.filter((t) => t === "สรุปผล HR Scorecard").length === 1, `one summary tab: ${tabs.join(", ")}`);

  // (3) .csv: UTF-8 with a BOM, Thai intact, the total as Excel shows it.
  await menu.click();
  const [csv] = await Promise.all([page.waitForEvent("download"), page.getByRole("menuitem", { name: "ดาวน์โหลดสรุปผล (.csv)" }).click()]);
  assert(csv.suggestedFilename() === `สรุปผล HR Scorecard - ${todayThai()}.csv`, `csv file name: ${csv.suggestedFilename()}`);
  const csvBytes = await readFile(await csv.path());
  assert(csvBytes[0] === 0xef && csvBytes[1] === 0xbb && csvBytes[2] === 0xbf, "CSV starts with the UTF-8 BOM");
  const csvText = csvBytes.toString("utf8");
  assert(csvText.includes("สรุปผล HR Scorecard กรมส่งเสริมสหกรณ์"), "CSV keeps the Thai title");
  assert(/\r\nคะแนน HR Scorecard \(เต็ม ๑๐๐ คะแนน\),[^\r]*,28\.83,/.test(csvText), "CSV total row holds 28.83");

  // (2) .xlsx: a zip whose summary sheet holds the total.
  await menu.click();
  const [xlsx] = await Promise.all([page.waitForEvent("download"), page.getByRole("menuitem", { name: "ดาวน์โหลดสรุปผล (.xlsx)" }).click()]);
  assert(xlsx.suggestedFilename() === `สรุปผล HR Scorecard - ${todayThai()}.xlsx`, `xlsx file name: ${xlsx.suggestedFilename()}`);
  // The notice is where the officer is looking: right under the Export button, in a live region.
  const notice = page.getByTestId("notice").filter({ hasText: "ดาวน์โหลดแล้ว: " });
  await notice.waitFor();
  const exportBox = await menu.boundingBox();
  const noticeBox = await notice.boundingBox();
  assert(noticeBox.y - (exportBox.y + exportBox.height) < 40 && noticeBox.y > exportBox.y, `notice ${noticeBox.y} just under the Export button ${exportBox.y}+${exportBox.height}`);
  assert(await notice.evaluate((el) => !!el.closest("[role=status]")), "the notice is in a status region screen readers announce");
  await shot(page, "export-done-th-pane.png", "[data-testid=pane]");
  const xlsxBytes = await readFile(await xlsx.path());
  assert(xlsxBytes[0] === 0x50 && xlsxBytes[1] === 0x4b, "the .xlsx is a zip");
  const zip = await JSZip.loadAsync(xlsxBytes);
  const book = await zip.file("xl/workbook.xml").async("string");
  assert(book.includes('<sheet name="สรุปผล HR Scorecard"'), "the workbook's one sheet is the summary");
  const strings = await zip.file("xl/sharedStrings.xml").async("string");
  const sheetXml = await zip.file("xl/worksheets/sheet1.xml").async("string");
  const totalIndex = [...strings.matchAll(/<si>(.*?)<\/si>/g)].findIndex((m) => m[1].includes("คะแนน HR Scorecard (เต็ม ๑๐๐ คะแนน)"));
  const totalRow = new RegExp(`<row r="(\\d+)"[^>]*><c r="A\\d+"[^>]*/><c r="B\\d+"[^>]*t="s"><v>${totalIndex}</v></c>.*?<c r="D\\d+"[^>]*><v>([^<]*)</v>`).exec(sheetXml);
  assert(totalRow && Number(totalRow[2]) === 28.825, `xlsx total cell: ${totalRow?.[2]}`);
  await page.getByRole("tab", { name: "HR Scorecard", exact: true }).click();
});

await test("a later round: the amber an earlier run left on a result now in comes off, and undo puts it back", async () => {
  const p = await openPreview("?file=stale-highlight.xlsx");
  const q7 = p.locator("[data-testid=grid] td[data-addr=Q7]");
  assert((await q7.getAttribute("data-fill")) === "#FFEB9C", `Q7 before: ${await q7.getAttribute("data-fill")}`);
  await recalc(p, "คำนวณคะแนนใหม่");
  await p.getByTestId("notice").getByText("เอาไฮไลต์ของการคำนวณครั้งก่อนออก ๑ เซลล์ เพราะผลงานเข้ามาแล้ว").waitFor();
  assert(!(await q7.getAttribute("data-fill")), `Q7 after: ${await q7.getAttribute("data-fill")}`);
  assert((await q7.textContent()) === "๒", `Q7's level kept: ${await q7.textContent()}`);
  assert((await p.locator("[data-testid=grid] td[data-addr=Q5]").getAttribute("data-fill")) === "#FFEB9C", "Q5, still pending, is amber");
  await shot(p, "stale-highlight-th.png");
  await p.getByRole("button", { name: "ล้างไฮไลต์" }).click();
  await p.getByText("ล้างไฮไลต์แล้ว").first().waitFor();
  assert(!(await q7.getAttribute("data-fill")), "clearing this run's highlights does not bring the old one back");
  await p.getByRole("button", { name: "ย้อนกลับ" }).click();
  await p.getByText("ย้อนกลับแล้ว").first().waitFor();
  assert((await q7.getAttribute("data-fill")) === "#FFEB9C", `undo gives Q7 its amber back: ${await q7.getAttribute("data-fill")}`);
});

await test("the year-end report: results its notes promised for September are due by now, listed first", async () => {
  const p = await openPreview("?file=year-end.xlsx");
  await recalcToOfficialTotal(p);
  // All fourteen notes agree: quoted once in the heading, as the pending group does.
  await p.getByRole("button", { name: 'ควรทราบผลแล้ว "ทราบผล เดือน ก.ย. ๖๖" (๑๔)', exact: true }).waitFor();
  const due = p.locator("[data-group=overdue] li");
  assert((await due.count()) === 14, `due by now: ${await due.count()}`);
  assert((await p.locator("[data-group=pending]").count()) === 0, "no KPI is merely pending");
  const first = (await due.first().textContent()) ?? "";
  assert(first.includes("ร้อยละของหน่วยงานที่มีการจัดระบบองค์ความรู้") && first.includes("Q5"), `first item: ${first}`);
  const counts = (await p.getByTestId("counts").textContent()) ?? "";
  assert(counts.includes("รอผล ๑๔"), `the 14 still count as pending: ${counts}`);
  assert((await p.locator("[data-testid=grid] td[data-addr=Q5]").getAttribute("data-fill")) === "#FFEB9C", "Q5 is amber");
  await shot(p, "year-end-th.png");
  await axe(p, "year-end");
});

await test("no-scorecard workbook: the mapping flow maps columns and recalculates", async () => {
  const p = await openPreview("?file=no-scorecard.xlsx");
  await recalc(p, "คำนวณคะแนนใหม่");
  await p.getByTestId("not-a-scorecard").waitFor();
  const headerRow = p.getByRole("spinbutton");
  assert((await headerRow.inputValue()) === "2", `header row guessed: ${await headerRow.inputValue()}`);
  await shot(p, "mapping-th.png");
  // Saving before choosing: the form names what is missing, and nothing is saved or written.
  const missingBefore = await gridState(p);
  await p.getByRole("button", { name: "บันทึกและคำนวณ" }).click();
  const status = p.getByTestId("mapping-status");
  const said = (await status.textContent()) ?? "";
  assert(said.startsWith("ยังขาดคอลัมน์: ") && said.includes("ระดับเป้าหมาย ๑"), `the form says what is missing: ${said}`);
  assert((await status.getAttribute("role")) === "alert", "announced as an alert once save was pressed");
  assert(!(await p.getByRole("dialog").isVisible()) && (await gridState(p)) === missingBefore, "nothing saved or written");
  const picks = { "ระดับเป้าหมาย ๑": "D", "ระดับเป้าหมาย ๒": "E", "ระดับเป้าหมาย ๓": "F", "ระดับเป้าหมาย ๔": "G", "ระดับเป้าหมาย ๕": "H", น้ำหนักตัวชี้วัด: "I", น้ำหนักเป้าประสงค์: "J", น้ำหนักมิติ: "K" };
  for (const [role, letter] of Object.entries(picks)) {
    const box = p.getByRole("combobox", { name: role });
    if (!(await box.count())) continue; // the engine found this one itself
    await box.click();
    await p.getByRole("option", { name: new RegExp(`^${letter} — `) }).click();
  }
  await shot(p, "mapping-filled-th.png");
  assert(((await p.getByTestId("mapping-status").textContent()) ?? "").startsWith("อ่านได้ "), "once filled, the form says what it reads");
  await axe(p, "mapping");
  const untouched = await gridState(p);
  await p.getByRole("button", { name: "บันทึกและคำนวณ" }).click();
  // The fixture's score cells hold stale numbers and P3 a formula: the pane must ask first.
  const dialog = p.getByRole("dialog");
  await dialog.waitFor({ timeout: 15000 });
  const title = (await dialog.getByRole("heading").first().textContent()) ?? "";
  // This sheet writes Arabic digits, so the pane does too (the official sheet's Thai digits are checked above).
  assert(title === "3 เซลล์จะเปลี่ยนค่า", `dialog title: ${title}`);
  assert((await dialog.getByRole("listitem").count()) >= 4, "old → new list shows the changed cells and the formula cell");
  const overwrite = dialog.getByRole("checkbox", { name: "เขียนทับสูตร 1 เซลล์" });
  assert(!(await overwrite.isChecked()), "overwrite-formulas checkbox starts unchecked");
  await p.waitForTimeout(400); // the dialog's opening animation
  await shot(p, "confirm-th.png");
  await axe(p, "confirm dialog");
  await dialog.getByRole("button", { name: "ยกเลิก" }).click();
  await p.getByText("ยกเลิกแล้ว").first().waitFor();
  assert((await gridState(p)) === untouched, "cancel leaves the sheet as it was");
  await recalc(p, "คำนวณคะแนนใหม่");
  await dialog.waitFor();
  await overwrite.check();
  await dialog.getByRole("button", { name: "ยืนยัน" }).click();
  const text = arabic((await p.getByTestId("total").textContent()) ?? "");
  assert(text === "46.00", `mapped sheet total: ${text} (expected 18 + 12 + 16 + pending 0)`);
  assert((await p.locator("[data-group=pending] li").count()) === 1, "one pending KPI");
  const cell = async (addr) => p.locator(`[data-testid=grid] td[data-addr=${addr}]`).textContent();
  assert((await cell("N3")) === "18" && (await cell("O3")) === "30" && (await cell("P3")) === "30", `written N3/O3/P3: ${await cell("N3")}/${await cell("O3")}/${await cell("P3")}`);
  await dialog.waitFor({ state: "hidden" });
  await shot(p, "mapping-done-th.png");
});

await test("English (?lang=en): English labels, keyboard recalculation, total 28.83", async () => {
  const p = await openPreview("?lang=en");
  const button = p.getByRole("button", { name: "Recalculate", exact: true });
  await button.focus();
  await p.keyboard.press("Enter");
  const dialog = p.getByRole("dialog");
  await p.getByTestId("total").or(dialog).first().waitFor({ timeout: 15000 });
  if (await dialog.isVisible()) {
    await shot(p, "confirm-en.png");
    await dialog.getByRole("button", { name: "Confirm" }).focus();
    await p.keyboard.press("Enter");
  }
  const total = (await p.getByTestId("total").textContent()) ?? "";
  assert(total === "28.83", `English total: ${total}`);
  await p.getByRole("button", { name: 'Pending: "ทราบผล เดือน ก.ย. ๖๖" (14)', exact: true }).waitFor();
  await p.getByRole("button", { name: "Undo" }).waitFor();
  const flag = p.locator("[data-group=pending] li button").first();
  await flag.focus();
  await p.keyboard.press("Enter");
  await p.locator(`[data-testid=grid] td[data-selected=true][data-addr="${await flag.getAttribute("data-cell")}"]`).waitFor({ timeout: 5000 });
  await shot(p, "pane-en.png");
  await axe(p, "en");
});

await test("dark theme (?theme=dark, as under Office's dark themes): dark pane, total ๒๘.๘๓, no serious or critical axe violations", async () => {
  const p = await openPreview("?theme=dark");
  await recalcToOfficialTotal(p);
  // The pane's Fluent provider paints webDarkTheme's background, not the light one.
  const background = await p.locator("[data-testid=pane] .fui-FluentProvider").first().evaluate((el) => getComputedStyle(el).backgroundColor);
  const [r, g, b] = (background.match(/\d+/g) ?? []).map(Number);
  assert(r + g + b < 3 * 80, `pane background is dark: ${background}`);
  await shot(p, "pane-th-dark.png", "[data-testid=pane]");
  await axe(p, "dark");
});

await test("column form before any recalculation: filled with what the engine reads, group › column pickers; saving keeps the sheet readable", async () => {
  const p = await openPreview("?width=340");
  await p.getByRole("button", { name: "กำหนดคอลัมน์เอง" }).click();
  await p.getByTestId("mapping-form").waitFor();
  const value = async (role) => (await p.getByRole("combobox", { name: role, exact: true }).textContent()) ?? "";
  assert((await value("น้ำหนักตัวชี้วัด")) === "J — น้ำหนัก › KPIs", `KPI weight picker: ${await value("น้ำหนักตัวชี้วัด")}`);
  const score = await value("คะแนนถ่วงน้ำหนัก (ตัวชี้วัด)");
  assert(score.startsWith("M — ") && score.endsWith(" › KPIs") && score.includes("ถ่วงน้ำหนัก"), `KPI score picker: ${score}`);
  assert((await value("ระดับเป้าหมาย ๓")) === "G — ระดับเป้าหมาย › ๓", `target 3 picker: ${await value("ระดับเป้าหมาย ๓")}`);
  const said = (await p.getByTestId("mapping-status").textContent()) ?? "";
  assert(said === "อ่านได้ ๒๒ ตัวชี้วัด", `the form says what it reads: ${said}`);
  await shot(p, "mapping-official-th-340.png", "[data-testid=pane]");
  await axe(p, "mapping form, official sheet");
  await p.getByRole("button", { name: "บันทึกและคำนวณ" }).click();
  await recalcToOfficialTotalAfter(p);
  assert(!(await p.getByTestId("not-a-scorecard").count()), "the sheet still reads as an HR Scorecard");
});

await test("the actions keep their place after a recalculation: undo is one Tab after recalculate", async () => {
  const p = await openPreview("?width=340");
  const recalcButton = p.getByRole("button", { name: "คำนวณคะแนนใหม่", exact: true });
  const undo = p.getByRole("button", { name: "ย้อนกลับ", exact: true });
  const exportButton = p.getByRole("button", { name: "ส่งออก" });
  await exportButton.waitFor();
  const before = { undo: await undo.boundingBox(), export: await exportButton.boundingBox() };
  await recalcToOfficialTotal(p);
  await p.waitForTimeout(300);
  const after = { undo: await undo.boundingBox(), export: await exportButton.boundingBox() };
  assert(before.undo.y === after.undo.y && before.undo.x === after.undo.x, `undo moved: ${JSON.stringify(before.undo)} → ${JSON.stringify(after.undo)}`);
  assert(before.export.y === after.export.y, `export moved: ${before.export.y} → ${after.export.y}`);
  // From the main button, Tab by Tab: undo, clear highlights, export, before anything of the result.
  await recalcButton.focus();
  const order = [];
  for (let i = 0; i < 3; i++) {
    await p.keyboard.press("Tab");
    order.push(await p.evaluate(() => document.activeElement?.textContent ?? ""));
  }
  assert(JSON.stringify(order) === JSON.stringify(["ย้อนกลับ", "ล้างไฮไลต์", "ส่งออก"]), `Tab order after recalculate: ${order.join(" → ")}`);
  await shot(p, "actions-after-recalc-th-340.png", "[data-testid=pane]");
});

await test("changing the scoring method recalculates and shows the new total", async () => {
  const p = await openPreview("?width=340&file=between-levels.xlsx");
  await recalcToOfficialTotal(p);
  await p.getByRole("radio", { name: "เทียบสัดส่วนระหว่างระดับ (เชิงเส้น)" }).check();
  await recalcToOfficialTotalAfter(p, (total) => total === "29.58");
  // Said beside the choice too: the total card is a long scroll above it.
  const note = p.getByTestId("method-note");
  assert((await note.textContent()) === "คำนวณใหม่ตามวิธีนี้แล้ว: คะแนนรวม ๒๙.๕๘ (เดิม ๒๘.๘๓)", `beside the method: ${await note.textContent()}`);
  assert((await note.getAttribute("role")) === "status", "announced");
  await note.scrollIntoViewIfNeeded();
  await shot(p, "method-linear-th-340.png", "[data-testid=pane]");
  await p.getByRole("radio", { name: "ตามระดับ (ขั้นบันได)" }).check();
  await recalcToOfficialTotalAfter(p, (total) => total === "28.83");
});

for (const [lang, width] of [["th", 320], ["en", 320], ["th", 350]]) {
  await test(`dimension names whole at ${width} px (${lang}), reported KPIs as the summary says`, async () => {
    const p = await openPreview(`?width=${width}${lang === "en" ? "&lang=en" : ""}`);
    await recalcToOfficialTotal(p, lang);
    const names = p.getByTestId("dimension-name");
    assert((await names.count()) === 5, `five dimension names: ${await names.count()}`);
    const cut = await names.evaluateAll((els) => els.filter((el) => el.scrollWidth > el.clientWidth + 1 || getComputedStyle(el).textOverflow === "ellipsis").map((el) => el.textContent));
    assert(cut.length === 0, `names cut: ${cut.join(" | ")}`);
    const third = (await names.nth(2).textContent()) ?? "";
    assert(third === "๓. ประสิทธิภาพของการบริหารทรัพยากรบุคคล", `dimension ๓ whole: ${third}`);
    const reported = (await p.getByTestId("reported").textContent()) ?? "";
    const want = lang === "th" ? "รายงานผลแล้ว ๘ จาก ๒๒ ตัวชี้วัด" : "8 of 22 KPIs reported";
    assert(reported === want, `reported: ${reported}`);
    // A pending item names its unit once: beside the cell, not again in the KPI's name.
    const item = (await p.locator("[data-group=pending] li").nth(1).textContent()) ?? "";
    assert(item.split("สทส.").length === 2, `unit named once: ${item}`);
    await shot(p, `pane-${lang}-${width}.png`, "[data-testid=pane]");
  });
}

// ---------- a 5-point table (คำรับรองการปฏิบัติราชการ): test/fixtures/agency-5point.xlsx ----------
// Its rule (agency-5point.expected.json): 1.1 scores 3.6, 1.2 3, 2.1 2.6 (weights 25, 25, 20), 3.1 pending (N/A,
// weight 15, scores 0 and keeps its weight), 3.2 cancelled (left out, weight and all): total 217/85 = 2.5529.

/** Recalculates the 5-point fixture, confirming in `lang` if asked, and waits for its total. */
async function recalcFivePoint(p, lang) {
  const dialog = await recalc(p, lang === "th" ? "คำนวณคะแนนใหม่" : "Recalculate");
  if (dialog) await dialog.getByRole("button", { name: lang === "th" ? "ยืนยัน" : "Confirm" }).click();
  await dialog?.waitFor({ state: "hidden" });
  await p.getByTestId("total").waitFor();
}

for (const lang of ["th", "en"]) {
  const th = lang === "th";
  await test(`5-point table at 340 px (${lang}): total ${th ? "๒.๕๕๒๙ จาก ๕" : "2.5529 out of 5"}, the cancelled KPI counted apart, the pending one amber`, async () => {
    // Thai: the sheet with Thai digits (the Thai pane writes numbers as the sheet does); English: the fixture as it is.
    const p = await openPreview(`?width=340&file=${th ? "agency-5point-thai.xlsx" : "agency-5point.xlsx&lang=en"}`);
    // By keyboard: the main button, Enter, and Enter on the confirmation.
    await recalcByKeyboard(p, th);
    const text = async (id) => (await p.getByTestId(id).textContent()) ?? "";
    assert((await text("total")) === (th ? "๒.๕๕๒๙" : "2.5529"), `total: ${await text("total")}`);
    assert((await text("out-of")) === (th ? "จาก ๕" : "out of 5"), `out of: ${await text("out-of")}`);
    await p.getByRole("heading", { name: th ? "คะแนนรวม" : "Total score", exact: true }).waitFor();
    // The summary's count (all five KPIs), and how many of them the total leaves out.
    const reported = await text("reported");
    assert(reported === (th ? "รายงานผลแล้ว ๓ จาก ๕ ตัวชี้วัด (ไม่นับรวม ๑)" : "3 of 5 KPIs reported (1 not counted)"), `reported: ${reported}`);
    const badge = async (key) => (await p.locator(`[data-count=${key}]`).textContent()) ?? "";
    assert((await badge("excluded")) === (th ? "ไม่นับ ๑" : "Excluded 1"), `excluded badge: ${await badge("excluded")}`);
    assert((await badge("pending")) === (th ? "รอผล ๑" : "Pending 1"), `pending badge: ${await badge("pending")}`);
    assert((await badge("errors")) === (th ? "ข้อผิดพลาด ๐" : "Errors 0"), `no errors: ${await badge("errors")}`);
    // The cancelled KPI listed as such, in its own words, not among errors or warnings.
    const excluded = p.locator("[data-group=excluded] li");
    assert((await excluded.count()) === 1, `excluded listed: ${await excluded.count()}`);
    const item = (await excluded.first().textContent()) ?? "";
    assert(item.includes(th ? "๓.๒" : "3.2") && item.includes("ยกเลิกตัวชี้วัด") && item.includes("J13"), `excluded item: ${item}`);
    assert(!(await p.locator("[data-group=errors], [data-group=warnings]").count()), "no error or warning group");
    // The pending KPI: listed, its result cell amber (Excel's "Neutral" fill).
    assert((await p.locator("[data-group=pending] li").count()) === 1, "one pending KPI");
    const j12 = p.locator("[data-testid=grid] td[data-addr=J12]");
    assert((await j12.getAttribute("data-fill"))?.toUpperCase() === "#FFEB9C", `J12 fill: ${await j12.getAttribute("data-fill")}`);
    // The groups as the sheet's rows name them, points to 4 decimals against their stated share of 5.
    const names = await p.getByTestId("dimension-name").allTextContents();
    assert(names.length === 3 && names[0].startsWith("มิติที่ 1") && names[2].startsWith("มิติที่ 3"), `groups: ${names.join(" | ")}`);
    const points = (await p.getByTestId("dimension-points").allTextContents()).map(arabic);
    assert(JSON.stringify(points) === JSON.stringify(["1.9412 / 2.5", "0.6118 / 1", "0.0000 / 1.5"]), `group points: ${points.join(" | ")}`);
    await p.getByRole("progressbar", { name: th ? /^มิติที่ 1 .*: ๑\.๙๔๑๒ จาก ๒\.๕$/ : /^มิติที่ 1 .*: 1\.9412 of 2\.5$/ }).waitFor();
    // Nothing wider than the pane.
    const wide = await p.locator("[data-testid=pane]").evaluate((el) => el.scrollWidth > el.clientWidth + 1);
    assert(!wide, "the pane scrolls sideways");
    // The scale's options in the settings: interpolation marked as its default, pending KPIs kept in the sum.
    const linear = p.getByRole("radio", { name: th ? "เทียบสัดส่วนระหว่างระดับ (เชิงเส้น) ค่าเริ่มต้น" : "Proportional between levels (linear) Default" });
    assert(await linear.isChecked(), "interpolation checked (the 5-point default)");
    assert(!(await p.getByRole("checkbox", { name: th ? "ไม่นับตัวชี้วัดที่รอผลในผลรวมน้ำหนัก" : "Leave pending KPIs out of the sum of weights" }).isChecked()), "pending KPIs keep their weight");
    await shot(p, `pane-5point-${lang}-340.png`, "[data-testid=pane]");
    await p.getByRole("heading", { name: th ? "การตั้งค่าของแผ่นงานนี้" : "Settings for this sheet", exact: false }).first().scrollIntoViewIfNeeded().catch(() => undefined);
    await shot(p, `pane-5point-${lang}-340-settings.png`, "[data-testid=pane]");
    await axe(p, `5-point ${lang}`);
  });
}

await test("5-point table: the step method and 'pending out of the sum' recalculate and change the total", async () => {
  const p = await openPreview("?width=340&file=agency-5point.xlsx");
  await recalcFivePoint(p, "th");
  const note = p.getByTestId("method-note");
  // The step: 86 reaches level 3 only (3, 3, 2): 190/85.
  await p.getByRole("radio", { name: "ตามระดับ (ขั้นบันได)" }).check();
  await recalcToOfficialTotalAfter(p, (total) => total === "2.2353");
  // The Thai pane on a sheet of Arabic digits writes its numbers as the sheet does.
  assert((await p.getByTestId("out-of").textContent()) === "จาก 5", `out of: ${await p.getByTestId("out-of").textContent()}`);
  assert((await note.textContent()) === "คำนวณใหม่ตามวิธีนี้แล้ว: คะแนนรวม 2.2353 (เดิม 2.5529)", `beside the method: ${await note.textContent()}`);
  await p.getByRole("radio", { name: "เทียบสัดส่วนระหว่างระดับ (เชิงเส้น) ค่าเริ่มต้น" }).check();
  await recalcToOfficialTotalAfter(p, (total) => total === "2.5529");
  // Pending 3.1 out of the sum too: the total over reported KPIs, 217/70.
  const outOfSum = p.getByRole("checkbox", { name: "ไม่นับตัวชี้วัดที่รอผลในผลรวมน้ำหนัก" });
  await outOfSum.focus();
  await p.keyboard.press("Space");
  await recalcToOfficialTotalAfter(p, (total) => total === "3.1000");
  assert((await note.textContent()) === "คำนวณใหม่ตามการตั้งค่านี้แล้ว: คะแนนรวม 3.1000 (เดิม 2.5529)", `beside the setting: ${await note.textContent()}`);
  assert(await outOfSum.isChecked(), "the setting shows as kept");
  await note.scrollIntoViewIfNeeded();
  await shot(p, "5point-pending-out-of-sum-th-340.png", "[data-testid=pane]");
  await axe(p, "5-point settings");
  await outOfSum.uncheck();
  await recalcToOfficialTotalAfter(p, (total) => total === "2.5529");
});

await test("npm run preview serves the preview page and prints its address", async () => {
  const pkg = JSON.parse(await readFile(join(ROOT, "package.json"), "utf8"));
  assert(pkg.scripts.preview === "node src/preview/serve.mjs", `preview script: ${pkg.scripts.preview}`);
  const child = spawn(process.execPath, [join(ROOT, "src/preview/serve.mjs"), "--port", "0", "--no-build"], { cwd: ROOT, stdio: ["ignore", "pipe", "pipe"] });
  try {
    const address = await new Promise((ok, fail) => {
      let out = "";
      child.stdout.on("data", (d) => {
        out += d;
        const m = /http:\/\/127\.0\.0\.1:\d+\/preview\.html/.exec(out);
        if (m) ok(m[0]);
      });
      child.on("exit", (code) => fail(new Error(`preview exited ${code}: ${out}`)));
    });
    const page = await fetch(address);
    const html = await page.text();
    assert(page.status === 200 && html.includes('id="root"'), `preview page: ${page.status}`);
    const script = /src="([^"]*preview[^"]*\.js)"/.exec(html)?.[1];
    assert(script && (await fetch(new URL(script, address))).status === 200, `the page's script is served: ${script}`);
    const missing = await fetch(new URL("/no-such-file.js", address));
    assert(missing.status === 404, `a missing file: ${missing.status}`);
    assert((await fetch(address)).status === 200, "still serving after a 404");
  } finally {
    child.kill();
  }
});

await test("task pane page outside Office: bilingual message, not a blank page", async () => {
  const p = await newPage();
  await p.goto(`${BASE}/taskpane.html`);
  await p.getByText("เปิดหน้านี้ใน Excel").waitFor({ timeout: 12000 });
  await p.getByText("Open this page in Excel").waitFor();
  await shot(p, "outside-office.png");
  await axe(p, "outside");
});

// ---------- Excel whose webview is Internet Explorer 11 (Office 2016/2019 perpetual, no WebView2) ----------
await test("IE11 webview: the bilingual too-old message within a second instead of the pane, nothing thrown", async () => {
  const browser = await chromium.launch({ executablePath, headless: true, args: ["--no-sandbox", "--disable-gpu"] });
  const ie11 = "Mozilla/5.0 (Windows NT 10.0; WOW64; Trident/7.0; .NET4.0C; .NET4.0E; rv:11.0) like Gecko";
  const legacy = await browser.newContext({ userAgent: ie11, viewport: { width: 340, height: 900 }, locale: "th-TH" });
  try {
    await legacy.route((url) => !url.href.startsWith(BASE), (route) => route.abort());
    const p = await legacy.newPage();
    const thrown = [];
    p.on("pageerror", (e) => thrown.push(String(e)));
    p.on("console", (m) => m.type() === "error" && /Content.Security.Policy|Refused to/i.test(m.text()) && !/appsforoffice/.test(m.text()) && thrown.push(m.text()));
    await p.goto(`${BASE}/taskpane.html`, { waitUntil: "commit" });
    await p.getByRole("heading", { name: "Excel รุ่นนี้เก่าเกินกว่าจะใช้ HR Scorecard ได้" }).waitFor({ timeout: 1000 });
    await p.getByRole("heading", { name: "This Excel is too old for HR Scorecard" }).waitFor({ timeout: 1000 });
    await p.waitForLoadState("load");
    assert((await p.locator("html").getAttribute("data-legacy-webview")) === "trident", "the page is marked as an IE11 webview");
    assert(!(await p.getByText("กำลังโหลด HR Scorecard").isVisible()), "no endless loading line");
    // The bundle ran (Chromium parses it) and stayed out of the way: it rendered nothing into the hidden root.
    await p.evaluate(() => new Promise((resolve) => requestAnimationFrame(() => setTimeout(resolve, 100))));
    assert((await p.locator("#root > *").count()) === 1 && (await p.locator("#root > #boot").count()) === 1, "the pane was not rendered");
    assert(thrown.length === 0, `thrown: ${thrown.join(" | ")}`);
    await p.screenshot({ path: join(RESULTS, "legacy-webview-ie11-340.png"), fullPage: true });
    await axe(p, "legacy webview");
  } finally {
    await browser.close();
  }
});

await test("settings: copy details for a support request, to the clipboard or, where it is refused, a selected text box", async () => {
  const p = await openPreview();
  await context.grantPermissions(["clipboard-read", "clipboard-write"], { origin: BASE });
  const button = p.getByRole("button", { name: "คัดลอกข้อมูลสำหรับแจ้งปัญหา" });
  await button.scrollIntoViewIfNeeded();
  await button.focus();
  await p.keyboard.press("Enter");
  await p.getByRole("status").filter({ hasText: "คัดลอกแล้ว" }).waitFor({ timeout: 5000 });
  const copied = await p.evaluate(() => navigator.clipboard.readText());
  for (const line of ["Add-in version: 0.1.0", "Host: ไม่ทราบ · unknown", "Webview: Mozilla/5.0", "Last error: ไม่มี · none"]) assert(copied.includes(line), `copied details lack "${line}":\n${copied}`);

  // A webview that refuses the clipboard (as Office's may): the same details in a read-only box, all selected.
  await p.evaluate(() => {
    navigator.clipboard.writeText = () => Promise.reject(new DOMException("Write permission denied.", "NotAllowedError"));
    document.execCommand = () => false;
  });
  await p.keyboard.press("Enter");
  const box = p.getByRole("textbox", { name: "ข้อมูลสำหรับแจ้งปัญหา" });
  await box.waitFor({ timeout: 5000 });
  const text = await box.inputValue();
  assert(text.split("\n").slice(2).join("\n") === copied.split("\n").slice(2).join("\n"), `the box holds the same details:\n${text}`);
  assert((await box.getAttribute("readonly")) !== null, "the box is read-only");
  const selected = await box.evaluate((el) => [el === document.activeElement, el.selectionEnd - el.selectionStart]);
  assert(selected[0] && selected[1] === text.length, `the box has the focus and all its text selected: ${selected}`);
  await p.getByRole("status").filter({ hasText: "Ctrl+C" }).waitFor();
  await p.waitForTimeout(200);
  await shot(p, "support-details-th.png", "[data-testid=pane]");
  await axe(p, "support details");
});

// ---------- เทียบกับรอบก่อน: the 12-month sheet against the 6-month one of the same workbook ----------
for (const lang of ["th", "en"]) {
  const th = lang === "th";
  await test(`compare with an earlier round at 340 px (${lang}), keyboard only: ${th ? "๒๘.๘๓ → ๖๙.๙๐ ▲" : "28.83 → 69.90 ▲"}, the groups, a KPI selects its cell`, async () => {
    const p = await openPreview(`?width=340&file=two-rounds.xlsx${th ? "" : "&lang=en"}`);
    // The workbook's own tab (not the pane) makes the 12-month sheet the current one.
    await p.getByRole("tab", { name: TWELVE_MONTH_SHEET }).click();
    await recalcByKeyboard(p, th);
    await p.getByTestId("total").waitFor();
    assert(arabic((await p.getByTestId("total").textContent()) ?? "") === "69.90", `12-month total: ${await p.getByTestId("total").textContent()}`);
    // Where the total sits in the pane's own scroll (the picker's focus scrolls the pane): it must not move.
    const totalTop = () => p.getByTestId("total").evaluate((el) => el.getBoundingClientRect().top + el.closest("[data-testid=pane]").scrollTop);
    const totalBefore = await totalTop();

    // The picker by keyboard: Tab to it, choose the 6-month sheet with the arrow keys.
    const picker = p.getByRole("combobox", { name: th ? "เลือกแผ่นงานของรอบก่อน" : "Sheet of the earlier round" });
    await picker.focus();
    const options = await picker.locator("option").allTextContents();
    assert(!options.includes(TWELVE_MONTH_SHEET) && options.includes("HR Scorecard"), `sheets offered: ${options.join(", ")}`);
    await p.keyboard.press("ArrowDown");
    const total = p.getByTestId("compare-total");
    await total.waitFor({ timeout: 15000 });
    const line = (await total.textContent()) ?? "";
    assert(line.includes(th ? "๒๘.๘๓ → ๖๙.๙๐" : "28.83 → 69.90"), `compare total: ${line}`);
    assert(line.includes(th ? "▲ เพิ่มขึ้น +๔๑.๐๘" : "▲ up +41.08"), `the change reads with its arrow and word: ${line}`);
    const dims = await p.getByTestId("compare-dimension").allTextContents();
    assert(dims.length === 5 && dims.every((d) => d.includes("▲")), `dimensions: ${dims.join(" | ")}`);
    const groups = await p.locator("[data-change]").evaluateAll((els) => els.map((e) => e.getAttribute("data-change")));
    assert(JSON.stringify(groups) === JSON.stringify(["came-in", "up", "down", "newly-pending", "still-pending", "added", "removed"]), `groups: ${groups}`);
    await p.getByRole("button", { name: th ? "ผลเข้ามาแล้ว (๑๒)" : "Results came in (12)" }).waitFor();
    const down = (await p.locator("[data-change=down] li").textContent()) ?? "";
    assert(down.includes(th ? "ระดับ ๓ → ระดับ ๒" : "level 3 → level 2") && down.includes(th ? "▼ ลดลง −๑.๐๐" : "▼ down −1.00"), `went down: ${down}`);
    const removed = (await p.locator("[data-change=removed] li").textContent()) ?? "";
    assert(removed.includes(th ? "ไม่มีในแผ่นงานนี้แล้ว" : "no longer on this sheet"), `removed: ${removed}`);
    const totalAfter = await totalTop();
    assert(totalAfter === totalBefore, `the total moved: ${totalBefore} → ${totalAfter}`);

    // A KPI that went up selects its cell on the current sheet, by Tab and Enter.
    const up = p.locator("[data-change=up] li button");
    const cell = await up.getAttribute("data-cell");
    await up.focus();
    await p.keyboard.press("Enter");
    const selected = p.locator(`[data-testid=grid] td[data-selected=true]`);
    await selected.waitFor({ timeout: 5000 });
    assert((await selected.getAttribute("data-addr")) === cell, `selected ${await selected.getAttribute("data-addr")}, KPI says ${cell}`);
    await p.getByRole("tab", { name: TWELVE_MONTH_SHEET, selected: true }).waitFor();
    // The whole section in one picture: its heading at the pane's top, the window tall enough for all of it.
    await p.setViewportSize({ width: 1280, height: 1800 });
    await p.getByTestId("compare").evaluate((el) => el.scrollIntoView({ block: "start" }));
    await shot(p, `compare-${lang}-340.png`, "[data-testid=compare]");
    await shot(p, `compare-${lang}-340-pane.png`, "[data-testid=pane]");
    await p.setViewportSize({ width: 1280, height: 900 });
    await axe(p, `compare ${lang}`);
  });
}

// README's pictures of the comparison: docs/img/pane-compare-th.png and -en.png are these files copied as they are
// (as docs/img/pane-after-recalc-th.png is after-recalc-th-pane.png). The pane at 350 px, cropped from the
// section's heading to the KPIs that went up, down and pending again: the figures a director asks for first.
for (const lang of ["th", "en"]) {
  const th = lang === "th";
  await test(`README picture of the comparison (${lang}): pane-compare-${lang}.png, the total ▲, five dimensions and the first KPIs that changed, nothing cut`, async () => {
    const p = await openPreview(`?width=350&file=two-rounds.xlsx${th ? "" : "&lang=en"}`);
    await p.getByRole("tab", { name: TWELVE_MONTH_SHEET }).click();
    await recalcByKeyboard(p, th);
    await p.getByTestId("total").waitFor();
    await p.getByRole("combobox", { name: th ? "เลือกแผ่นงานของรอบก่อน" : "Sheet of the earlier round" }).selectOption("HR Scorecard");
    const line = (await p.getByTestId("compare-total").textContent({ timeout: 15000 })) ?? "";
    assert(line.includes(th ? "๒๘.๘๓ → ๖๙.๙๐" : "28.83 → 69.90") && line.includes(th ? "▲ เพิ่มขึ้น +๔๑.๐๘" : "▲ up +41.08"), `compare total: ${line}`);
    // A picture, not a moment of use: no focus ring, no hover.
    await p.evaluate(() => document.activeElement instanceof HTMLElement && document.activeElement.blur());
    await p.mouse.move(0, 0);
    await p.setViewportSize({ width: 1280, height: 1800 });
    const section = p.getByTestId("compare");
    await section.evaluate((el) => el.scrollIntoView({ block: "start" }));
    // Nothing in the picture wider than its line (the pane's KPI names end in "…" by design, on their second line).
    const cut = await section.evaluate((el) => [...el.querySelectorAll("h2, h3, label, [data-testid^=compare] *")].filter((e) => e.scrollWidth > e.clientWidth + 1 && getComputedStyle(e).overflow !== "visible").map((e) => e.textContent));
    assert(cut.length === 0, `text cut: ${cut.join(" | ")}`);
    const pane = await p.getByTestId("pane").boundingBox();
    const top = (await section.boundingBox()).y;
    const last = await p.locator("[data-change=newly-pending]").boundingBox();
    const clip = { x: pane.x, y: Math.max(0, top - 12), width: pane.width, height: last.y + last.height + 12 - Math.max(0, top - 12) };
    const file = join(RESULTS, `pane-compare-${lang}.png`);
    await p.screenshot({ path: file, clip });
    await p.setViewportSize({ width: 1280, height: 900 });
    const size = (await readFile(file)).length;
    assert(size < 150_000, `the README picture is ${size} bytes; keep it under 150 KB`);
  });
}

await test("compare: a sheet added since (the summary) is offered, and picked says in a sentence it holds no scorecard; the later round against the earlier reads ▼", async () => {
  const p = await openPreview("?width=340&file=two-rounds.xlsx");
  await recalcToOfficialTotal(p);
  await p.getByRole("button", { name: "ส่งออก" }).click();
  await p.getByRole("menuitem", { name: "สร้างแผ่นงานสรุปผลในไฟล์นี้" }).click();
  await p.getByRole("tab", { name: "สรุปผล", exact: false, selected: true }).waitFor({ timeout: 15000 });
  const picker = p.getByRole("combobox", { name: "เลือกแผ่นงานของรอบก่อน" });
  await picker.focus();
  const summary = (await picker.locator("option").allTextContents()).find((o) => o.includes("สรุปผล"));
  assert(summary, `the summary sheet is offered: ${await picker.locator("option").allTextContents()}`);
  await picker.selectOption(summary);
  const message = (await p.getByTestId("compare-message").textContent({ timeout: 15000 })) ?? "";
  assert(message.includes(`แผ่นงาน "${summary}" ไม่มีตารางคะแนนให้เทียบ`), `message: ${message}`);
  await picker.selectOption(TWELVE_MONTH_SHEET);
  const line = (await p.getByTestId("compare-total").textContent({ timeout: 15000 })) ?? "";
  assert(line.includes("๖๙.๙๐ → ๒๘.๘๓") && line.includes("▼ ลดลง −๔๑.๐๘"), `compare total: ${line}`);
  assert(!(await p.getByTestId("compare-message").count()), "the sentence goes once a scorecard is compared");
});

await test("export after comparing with the 6-month sheet: the summary sheet's change column is against it, and the notice says so", async () => {
  const p = await openPreview("?width=340&file=two-rounds.xlsx");
  await p.getByRole("tab", { name: TWELVE_MONTH_SHEET }).click();
  await recalcByKeyboard(p, true);
  await p.getByTestId("total").waitFor();
  await p.getByRole("combobox", { name: "เลือกแผ่นงานของรอบก่อน" }).selectOption("HR Scorecard");
  await p.getByTestId("compare-total").waitFor({ timeout: 15000 });
  await p.getByRole("button", { name: "ส่งออก" }).click();
  await p.getByRole("menuitem", { name: "สร้างแผ่นงานสรุปผลในไฟล์นี้" }).click();
  await p.getByText('สร้างแผ่นงาน "สรุปผล HR Scorecard" แล้ว').waitFor({ timeout: 15000 });
  await p.getByText('พร้อมคะแนนที่เปลี่ยนไปและแผนภูมิคะแนนรวมแต่ละรอบ เทียบกับแผ่นงาน "HR Scorecard"').waitFor();
  const rows = await p.getByTestId("grid").locator("tr").evaluateAll((trs) => trs.map((tr) => [...tr.querySelectorAll("td")].map((td) => td.textContent)));
  const header = rows.find((r) => r[0] === "มิติที่");
  assert(header?.includes("เทียบกับรอบก่อน (ปีงบประมาณ พ.ศ. ๒๕๖๖ รอบ ๖ เดือน)"), `the change column's heading: ${JSON.stringify(header)}`);
  const total = rows.filter((r) => r.includes("คะแนน HR Scorecard (เต็ม ๑๐๐ คะแนน)")).pop();
  assert(total?.includes("๖๙.๙๐") && total.includes("▲ +๔๑.๐๘"), `the total row and its change: ${JSON.stringify(total)}`);
  await shot(p, "summary-since-6m-th-grid.png", "[data-testid=grid]");
});

// ---------- result blocks: the picker, the totals side by side, the previous block compared ----------
for (const lang of ["th", "en"]) {
  const th = lang === "th";
  await test(`result blocks at 340 px (${lang}), keyboard only: three totals side by side, an earlier block in the total card, compared with the one before it ▲`, async () => {
    const p = await openPreview(`?width=340&file=blocks.xlsx${th ? "" : "&lang=en"}`);
    await recalcByKeyboard(p, th);
    const total = p.getByTestId("total");
    await total.waitFor();
    assert(arabic((await total.textContent()) ?? "") === "92.00", `the latest block's total: ${await total.textContent()}`);

    // The totals side by side, the latest block chosen; the options wrap inside the pane rather than widen it.
    const radios = p.getByTestId("blocks").locator("input[type=radio]");
    assert((await radios.count()) === 3, `blocks offered: ${await radios.count()}`);
    const named = await p.getByTestId("blocks").locator("[role=radiogroup]").evaluate((el) => document.getElementById(el.getAttribute("aria-labelledby"))?.textContent);
    assert(named === (th ? "ผลแต่ละรอบในแผ่นงานนี้" : "Rounds on this sheet"), `the picker is named by its heading: ${named}`);
    const totals = (await p.getByTestId("block-total").allTextContents()).map(arabic);
    assert(JSON.stringify(totals) === JSON.stringify(["58.00", "78.00", "92.00"]), `block totals: ${totals}`);
    const labels = await p.getByTestId("blocks").locator("label").allTextContents();
    assert(BLOCK_HEADINGS.every((h, i) => arabic(labels[i]).includes(h)), `block headings: ${labels.join(" | ")}`);
    assert(await radios.nth(2).isChecked(), "the latest block with results is chosen");
    const fits = await p.getByTestId("blocks").evaluate((el) => [el.scrollWidth, el.clientWidth, el.getBoundingClientRect().width]);
    assert(fits[0] <= fits[1] && fits[2] <= 320, `the picker fits the pane: ${fits}`);

    // An earlier block by the arrow keys: its own total in the total card, without recalculating.
    const grid = await gridState(p);
    await radios.nth(2).focus();
    await p.keyboard.press("ArrowLeft");
    await p.waitForFunction(() => document.querySelector("[data-testid=total]")?.textContent?.replace(/[๐-๙]/g, (d) => String("๐๑๒๓๔๕๖๗๘๙".indexOf(d))) === "78.00", null, { timeout: 5000 });
    assert(await radios.nth(1).isChecked(), "the 9-month block is chosen");
    assert((await gridState(p)) === grid, "choosing a block writes nothing to the sheet");

    // เทียบกับรอบก่อน offers the previous block of this sheet first: 58.00 → 78.00 ▲.
    const picker = p.getByRole("combobox", { name: th ? "เลือกแผ่นงานของรอบก่อน" : "Sheet of the earlier round" });
    await picker.focus();
    const options = await picker.locator("option").allTextContents();
    assert(options[1]?.includes(BLOCK_HEADINGS[0]), `options: ${options.join(" | ")}`);
    await p.keyboard.press("ArrowDown");
    const line = arabic((await p.getByTestId("compare-total").textContent({ timeout: 15000 })) ?? "");
    assert(line.includes("58.00 → 78.00") && line.includes(th ? "▲ เพิ่มขึ้น +20.00" : "▲ up +20.00"), `compare total: ${line}`);
    const sides = (await p.getByTestId("compare-sides").textContent()) ?? "";
    assert(arabic(sides).includes(`"${BLOCK_HEADINGS[0]}" → "${BLOCK_HEADINGS[1]}"`), `sides: ${sides}`);
    const up = await p.locator("[data-change=up] li").allTextContents();
    assert(up.length === 3 && up.every((k) => k.includes("▲")), `went up: ${up.join(" | ")}`);

    await shot(p, `blocks-${lang}-340.png`, "[data-testid=pane]");
    await p.setViewportSize({ width: 1280, height: 1800 });
    await p.getByTestId("compare").evaluate((el) => el.scrollIntoView({ block: "start" }));
    await shot(p, `blocks-compare-${lang}-340.png`, "[data-testid=compare]");
    await p.setViewportSize({ width: 1280, height: 900 });
    await axe(p, `blocks ${lang}`);
  });
}

for (const lang of ["th", "en"]) {
  const th = lang === "th";
  await test(`result blocks of a 5-point table at 340 px (${lang}), keyboard only: the previous block picked to compare, 3.7250 → 4.0500 ▲ +0.3250, a KPI down ▼ selects its cell`, async () => {
    const p = await openPreview(`?width=340&file=blocks-5point.xlsx${th ? "" : "&lang=en"}`);
    await recalcByKeyboard(p, th);
    const total = p.getByTestId("total");
    await total.waitFor();
    assert((await total.textContent()) === "4.0500", `the latest block's total: ${await total.textContent()}`);
    assert((await p.getByTestId("out-of").textContent()) === (th ? "จาก 5" : "out of 5"), `out of: ${await p.getByTestId("out-of").textContent()}`);
    const totals = await p.getByTestId("block-total").allTextContents();
    assert(JSON.stringify(totals) === JSON.stringify(["2.8500", "3.7250", "4.0500"]), `block totals: ${totals}`);

    // The earlier block, picked by the arrow key in the compare picker: the option just after the placeholder.
    const picker = p.getByRole("combobox", { name: th ? "เลือกแผ่นงานของรอบก่อน" : "Sheet of the earlier round" });
    await picker.focus();
    const options = await picker.locator("option").allTextContents();
    assert(options[1] === (th ? `${BLOCK_HEADINGS[1]} (รอบก่อนหน้าในแผ่นงานนี้)` : `${BLOCK_HEADINGS[1]} (previous round on this sheet)`), `options: ${options.join(" | ")}`);
    await p.keyboard.press("ArrowDown");
    const line = (await p.getByTestId("compare-total").textContent({ timeout: 15000 })) ?? "";
    assert(line.includes("3.7250 → 4.0500") && line.includes(th ? "▲ เพิ่มขึ้น +0.3250" : "▲ up +0.3250"), `compare total to 4 decimals, its arrow and sign: ${line}`);
    const sides = (await p.getByTestId("compare-sides").textContent()) ?? "";
    assert(sides === `"${BLOCK_HEADINGS[1]}" → "${BLOCK_HEADINGS[2]}"`, `sides: ${sides}`);
    // No group rows on this sheet: no group line that would only repeat the total (as under the total card).
    assert((await p.getByTestId("compare-dimension").count()) === 0, `groups listed: ${await p.getByTestId("compare-dimension").allTextContents()}`);
    const up = await p.locator("[data-change=up] li").allTextContents();
    assert(up.length === 2 && up.every((k) => k.includes("▲")), `went up: ${up.join(" | ")}`);

    // KPI 2 went down: its score to 4 decimals, the change with ▼ and the minus sign; Enter selects its cell.
    const down = p.locator("[data-change=down] li button");
    assert((await down.count()) === 1, `went down: ${await down.count()}`);
    const text = (await down.textContent()) ?? "";
    const score = th ? "คะแนน 5.0000 → คะแนน 4.5000" : "score 5.0000 → score 4.5000";
    assert(text.includes(score) && text.includes(th ? "▼ ลดลง −0.1500" : "▼ down −0.1500"), `went down: ${text}`);
    const cell = await down.getAttribute("data-cell");
    await down.focus();
    await p.keyboard.press("Enter");
    const selected = p.locator("[data-testid=grid] td[data-selected=true]");
    await selected.waitFor({ timeout: 5000 });
    assert((await selected.getAttribute("data-addr")) === cell, `selected ${await selected.getAttribute("data-addr")}, KPI says ${cell}`);
    assert(arabic((await selected.textContent()) ?? "").startsWith("2."), `the cell selected is KPI 2's: ${await selected.textContent()}`);

    // Every result in, nothing to check: the sentence saying so stands on a line of its own under the heading.
    const flags = p.locator("section[aria-labelledby=flags-heading]");
    const none = flags.getByText(th ? "ไม่มีรายการที่ต้องตรวจสอบ" : "Nothing to check", { exact: true });
    const [headingBox, noneBox] = [await p.locator("#flags-heading").boundingBox(), await none.boundingBox()];
    assert(headingBox && noneBox && noneBox.y >= headingBox.y + headingBox.height - 1, `"nothing to check" under its heading: ${JSON.stringify([headingBox, noneBox])}`);

    await p.setViewportSize({ width: 1280, height: 1800 });
    await p.getByTestId("compare").evaluate((el) => el.scrollIntoView({ block: "start" }));
    await shot(p, `blocks-5point-compare-${lang}-340.png`, "[data-testid=pane]");
    await p.setViewportSize({ width: 1280, height: 900 });
    await axe(p, `5-point blocks ${lang}`);
  });
}

await context.close();
server.close();
rmSync(userDataDir, { recursive: true, force: true });
console.log(`e2e took ${Math.round((Date.now() - started) / 1000)} s`);
// The closing line alone, in the plain form CI reads: "e2e: N passed, M failed".
console.log(`e2e: ${passed} passed, ${failed} failed`);
process.exit(failed ? 1 : 0);
