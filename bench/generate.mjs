// Generates the benchmark workbooks from test/fixtures/hr-scorecard-2566-6m-results.xlsx (22 KPIs, actual
// results in Q "ผลการดำเนินงาน", an empty level column R): the body (rows 5–26, five dimensions) is repeated
// dimension by dimension until the sheet holds the wanted number of KPI rows. Dimensions, goals, projects and
// KPIs are renumbered (no duplicate KPI ids), the count line under the total states the new counts, merged cells
// are copied with each block, and the dimension weights are rescaled so that they still add up to exactly 100
// (KPI and goal weights are kept: they add up within their block). Written with jszip; every other part of the
// package is the fixture's own.
import { readFile, writeFile, mkdir } from "node:fs/promises";
import { dirname } from "node:path";
import JSZip from "jszip";

export const FIXTURE = new URL("../test/fixtures/hr-scorecard-2566-6m-results.xlsx", import.meta.url);
const SHEET = "xl/worksheets/sheet1.xml";
const STRINGS = "xl/sharedStrings.xml";
const BODY_TOP = 5; // 1-based sheet rows of the fixture's body
const BODY_BOTTOM = 26;

const THAI = "๐๑๒๓๔๕๖๗๘๙";
const thai = (s) => String(s).replace(/\d/g, (d) => THAI[Number(d)]);
const arabic = (s) => s.replace(/[๐-๙]/g, (d) => String(THAI.indexOf(d)));
const colOf = (ref) => /^[A-Z]+/.exec(ref)[0];
const escapeXml = (s) => s.replace(/&/g, "&amp;").replace(/</g, "&lt;").replace(/>/g, "&gt;");

function sharedStrings(xml) {
  const items = [...xml.matchAll(/<si>([\s\S]*?)<\/si>/g)].map((m) => m[0]);
  const text = items.map((si) => [...si.matchAll(/<t[^>]*>([\s\S]*?)<\/t>/g)].map((t) => t[1]).join(""));
  return { items, text };
}

/** The fixture cut into parts: rows by number, merges, and the XML around them. */
async function loadFixture() {
  const zip = await JSZip.loadAsync(await readFile(FIXTURE));
  const sheet = await zip.file(SHEET).async("string");
  const strings = sharedStrings(await zip.file(STRINGS).async("string"));
  const start = sheet.indexOf("<sheetData>") + "<sheetData>".length;
  const end = sheet.indexOf("</sheetData>");
  const rows = new Map([...sheet.slice(start, end).matchAll(/<row r="(\d+)"[\s\S]*?<\/row>/g)].map((m) => [Number(m[1]), m[0]]));
  const merges = [...sheet.matchAll(/<mergeCell ref="([A-Z]+)(\d+):([A-Z]+)(\d+)"\/>/g)].map((m) => ({ c1: m[1], r1: Number(m[2]), c2: m[3], r2: Number(m[4]) }));
  const cellText = (row, col) => {
    const m = new RegExp(`<c r="${col}${row}"[^>]*t="s"[^>]*><v>(\\d+)</v>`).exec(rows.get(row) ?? "");
    return m ? strings.text[Number(m[1])] : null;
  };
  // Dimension blocks: from the merged dimension cells in column A.
  const dims = merges
    .filter((m) => m.c1 === "A" && m.c2 === "A" && m.r1 >= BODY_TOP && m.r2 <= BODY_BOTTOM)
    .sort((a, b) => a.r1 - b.r1)
    .map((m) => ({ top: m.r1, bottom: m.r2, weight: Number(arabic(cellText(m.r1, "L"))) }));
  const covered = dims.reduce((n, d) => n + d.bottom - d.top + 1, 0);
  if (covered !== BODY_BOTTOM - BODY_TOP + 1) throw new Error("fixture: dimension blocks do not cover the body");
  return { zip, sheet, start, end, rows, merges, strings, dims };
}

/** Which fixture dimensions, in order, make exactly `kpis` rows: whole rounds of the body, then a subset. */
function dimensionSequence(dims, kpis) {
  const per = dims.reduce((n, d) => n + d.bottom - d.top + 1, 0);
  const rounds = Math.floor(kpis / per);
  const rest = kpis - rounds * per;
  let tail = null;
  for (let mask = 0; mask < 1 << dims.length && tail === null; mask++) {
    const pick = dims.filter((_, i) => mask & (1 << i));
    if (pick.reduce((n, d) => n + d.bottom - d.top + 1, 0) === rest) tail = pick;
  }
  if (tail === null) throw new Error(`cannot make ${kpis} KPI rows from whole dimensions`);
  return [...Array.from({ length: rounds }, () => dims).flat(), ...tail];
}

/** Dimension weights proportional to the fixture's, in millionths, adding up to exactly 100. */
function scaledWeights(sequence) {
  const total = sequence.reduce((n, d) => n + d.weight, 0);
  const micro = sequence.map((d) => Math.floor((d.weight * 100e6) / total));
  let missing = 100e6 - micro.reduce((a, b) => a + b, 0);
  for (let i = 0; missing > 0; i++, missing--) micro[i % micro.length]++;
  return micro.map((m) => {
    const whole = Math.floor(m / 1e6);
    const frac = String(m % 1e6).padStart(6, "0").replace(/0+$/, "");
    return thai(frac ? `${whole}.${frac}` : `${whole}`);
  });
}

/**
 * A workbook like the fixture with `kpis` KPI rows (`kpis` = 22 gives the fixture's own table, renumbered
 * identically). Returns the .xlsx bytes.
 */
export async function generateWorkbook(kpis) {
  const fx = await loadFixture();
  const sequence = dimensionSequence(fx.dims, kpis);
  const weights = scaledWeights(sequence);
  const strings = { items: [...fx.strings.items], index: new Map(fx.strings.text.map((t, i) => [t, i])) };
  const stringId = (text) => {
    if (!strings.index.has(text)) {
      strings.index.set(text, strings.items.length);
      strings.items.push(`<si><t xml:space="preserve">${escapeXml(text)}</t></si>`);
    }
    return strings.index.get(text);
  };
  const renumber = (text, number) => text.replace(/^[๐-๙0-9.]+/, number);

  const out = [];
  for (const r of [...fx.rows.keys()].filter((r) => r < BODY_TOP)) out.push(fx.rows.get(r));
  const merges = fx.merges.filter((m) => m.r2 < BODY_TOP);
  let row = BODY_TOP;
  let goal = 0;
  let project = 0;
  sequence.forEach((dim, d) => {
    const shift = row - dim.top;
    let kpi = 0;
    for (let r = dim.top; r <= dim.bottom; r++) {
      const xml = fx.rows.get(r).replace(/<row r="\d+"/, `<row r="${r + shift}"`);
      out.push(
        xml.replace(/<c r="([A-Z]+)\d+"([^>]*?)(\/>|>([\s\S]*?)<\/c>)/g, (all, col, attrs, _rest, inner) => {
          const ref = `${col}${r + shift}`;
          const s = /<v>(\d+)<\/v>/.exec(inner ?? "");
          const text = s && /t="s"/.test(attrs) ? fx.strings.text[Number(s[1])] : null;
          let next = null;
          if (text !== null && col === "A") next = renumber(text, `${thai(d + 1)}.`);
          else if (text !== null && col === "B") next = renumber(text, `${thai(++goal)}.`);
          else if (text !== null && col === "C") next = renumber(text, `${thai(++project)}.`);
          else if (text !== null && col === "D") next = renumber(text, `${thai(d + 1)}.${thai(++kpi)}`);
          else if (text !== null && col === "L") next = weights[d];
          if (next !== null) return `<c r="${ref}"${attrs}><v>${stringId(next)}</v></c>`;
          return all.replace(/^<c r="[A-Z]+\d+"/, `<c r="${ref}"`);
        }),
      );
    }
    for (const m of fx.merges.filter((m) => m.r1 >= dim.top && m.r2 <= dim.bottom)) merges.push({ ...m, r1: m.r1 + shift, r2: m.r2 + shift });
    row += dim.bottom - dim.top + 1;
  });
  const footShift = row - (BODY_BOTTOM + 1);
  // The count line under the total ("รวมทั้งสิ้น ๕ มิติ ๑๔ CSF …") states the generated table, as an officer keeps it.
  const countLine = `รวมทั้งสิ้น ${thai(sequence.length)} มิติ ${thai(goal)} CSF ${thai(project)} แผนงาน/โครงการ ${thai(kpis)} ตัวชี้วัด`;
  const restated = (all, ref, attrs, v) =>
    fx.strings.text[Number(v)].startsWith("รวมทั้งสิ้น") ? `<c r="${ref}"${attrs}><v>${stringId(countLine)}</v></c>` : all;
  for (const r of [...fx.rows.keys()].filter((r) => r > BODY_BOTTOM)) {
    out.push(
      fx.rows
        .get(r)
        .replace(/\br="([A-Z]*)(\d+)"/g, (_, col, n) => `r="${col}${Number(n) + footShift}"`)
        .replace(/<c r="([A-Z]+\d+)"([^>]*\bt="s"[^>]*)><v>(\d+)<\/v><\/c>/g, restated),
    );
  }
  for (const m of fx.merges.filter((m) => m.r1 > BODY_BOTTOM)) merges.push({ ...m, r1: m.r1 + footShift, r2: m.r2 + footShift });
  const lastRow = Math.max(...[...fx.rows.keys()]) + footShift;

  const sheet =
    fx.sheet.slice(0, fx.start).replace(/<dimension ref="[^"]*"\/>/, `<dimension ref="A1:R${lastRow}"/>`) +
    out.join("") +
    fx.sheet
      .slice(fx.end)
      .replace(/<mergeCells[\s\S]*<\/mergeCells>/, `<mergeCells count="${merges.length}">${merges.map((m) => `<mergeCell ref="${m.c1}${m.r1}:${m.c2}${m.r2}"/>`).join("")}</mergeCells>`);
  const sst = (await fx.zip.file(STRINGS).async("string")).replace(
    /<sst\b([^>]*?)\bcount="\d+"([^>]*?)\buniqueCount="\d+"([^>]*)>[\s\S]*<\/sst>/,
    (_, a, b, c) => `<sst${a}count="${strings.items.length}"${b}uniqueCount="${strings.items.length}"${c}>${strings.items.join("")}</sst>`,
  );
  fx.zip.file(SHEET, sheet);
  fx.zip.file(STRINGS, sst);
  return fx.zip.generateAsync({ type: "uint8array", compression: "DEFLATE", compressionOptions: { level: 6 } });
}

export async function writeWorkbook(kpis, path) {
  await mkdir(dirname(path), { recursive: true });
  const bytes = await generateWorkbook(kpis);
  await writeFile(path, bytes);
  return bytes.length;
}

// node bench/generate.mjs 2500 out.xlsx
if (import.meta.url === `file://${process.argv[1]}`) {
  const [kpis, path] = process.argv.slice(2);
  const size = await writeWorkbook(Number(kpis), path);
  console.log(`${path}: ${kpis} KPI rows, ${size} bytes`);
}
