import JSZip from "jszip";
import { deflateRawSync } from "zlib";
import type { CellWrite, WritePlan } from "../scorecard";
import { buildRichWorkbook, SCORECARD } from "../../test/fixtures/richWorkbook";
import { toAddress } from "../grid";
import { openXlsx } from "./index";
import { minimalXlsx, sheetXml } from "./testing/minimalXlsx";
import { crc32, readZipDirectory } from "./zipArchive";

const NATIVE = { deflateRaw: (data: Uint8Array) => deflateRawSync(data) };

function write(row: number, col: number, value: number | string): CellWrite {
  const address = toAddress(row, col);
  const previous = { value: null, formula: null, numberFormat: null };
  return { row, col, address, kind: "scoreKpi", value, numberFormat: "0.00", previous, overwritesFormula: false, changesValue: false };
}

const PLAN: WritePlan = {
  sheetName: SCORECARD,
  writes: [write(4, 12, 1.5), write(4, 17, 0.5), write(28, 0, "ใหม่ & <new>")],
  highlights: [{ row: 4, col: 16, address: "Q5", reason: "pending", color: "#FFEB9C" }],
};

async function contents(bytes: Uint8Array): Promise<[string, string][]> {
  const zip = await JSZip.loadAsync(bytes);
  return Promise.all(Object.keys(zip.files).map(async (n) => [n, await zip.files[n].async("base64")] as [string, string]));
}

describe("saving with an injected deflate (the command line's zlib)", () => {
  let original: Uint8Array;
  beforeAll(async () => {
    original = await buildRichWorkbook();
  });

  it("writes the same parts, in the same order, as JSZip does", async () => {
    const viaJsZip = await openXlsx(original);
    const native = await openXlsx(original, NATIVE);
    viaJsZip.applyPlan(PLAN, { highlights: true });
    native.applyPlan(PLAN, { highlights: true });
    expect(await contents(await native.toBytes())).toEqual(await contents(await viaJsZip.toBytes()));
  });

  it("copies every unchanged entry raw: header, compressed bytes and central record", async () => {
    const wb = await openXlsx(original, NATIVE);
    wb.applyPlan(PLAN, { highlights: true });
    const saved = await wb.toBytes();
    const before = readZipDirectory(original)!;
    const after = readZipDirectory(saved)!;
    const edited = new Set(["xl/worksheets/sheet1.xml", "xl/styles.xml", "xl/workbook.xml"]);
    expect(after.entries.map((e) => e.name)).toEqual(before.entries.map((e) => e.name));
    for (const [i, entry] of before.entries.entries()) {
      if (edited.has(entry.name)) continue;
      expect({ name: entry.name, local: Buffer.from(after.entries[i].local).equals(Buffer.from(entry.local)) }).toEqual({ name: entry.name, local: true });
      // The central record differs only in the local header's offset (bytes 42–45).
      const strip = (c: Uint8Array) => Buffer.concat([c.subarray(0, 42), c.subarray(46)]);
      expect(strip(after.entries[i].central).equals(strip(entry.central))).toBe(true);
    }
    const reopened = await openXlsx(saved);
    expect(reopened.readGrid(SCORECARD).values[28 - reopened.readGrid(SCORECARD).origin.row]?.[0]).toBe("ใหม่ & <new>");
  });

  it("saves an unedited workbook as the same entries, and an added sheet at the end", async () => {
    const untouched = await (await openXlsx(original, NATIVE)).toBytes();
    expect(Buffer.from(untouched).equals(Buffer.from(original))).toBe(true);

    const wb = await openXlsx(original, NATIVE);
    wb.putWorksheet("เพิ่ม", sheetXml('<row r="1"><c r="A1"><v>7</v></c></row>'), { replace: false });
    const saved = await wb.toBytes();
    const names = readZipDirectory(saved)!.entries.map((e) => e.name);
    expect(names.slice(0, -1)).toEqual(readZipDirectory(original)!.entries.map((e) => e.name));
    const reopened = await openXlsx(saved);
    expect(reopened.sheetNames()).toContain("เพิ่ม");
    expect(reopened.readGrid("เพิ่ม").values).toEqual([[7]]);
  });

  it("copies entries written with data descriptors (streamed zips)", async () => {
    const zip = await JSZip.loadAsync(await minimalXlsx({ sheet: sheetXml('<row r="1"><c r="A1"><v>1</v></c></row>') }));
    const streamed = await zip.generateAsync({ type: "uint8array", compression: "DEFLATE", streamFiles: true });
    expect(readZipDirectory(streamed)).not.toBeNull();
    const wb = await openXlsx(streamed, NATIVE);
    wb.applyPlan({ sheetName: "S", writes: [{ ...write(0, 1, 2), numberFormat: null }], highlights: [] }, { highlights: false });
    const reopened = await openXlsx(await wb.toBytes());
    expect(reopened.readGrid("S").values).toEqual([[1, 2]]);
  });

  it("declines archives it cannot copy from, and the package saves through JSZip instead", async () => {
    const plain = await minimalXlsx({ sheet: sheetXml('<row r="1"><c r="A1"><v>1</v></c></row>') });
    const trailing = new Uint8Array([...plain, ...new TextEncoder().encode("junk after the end")]);
    expect(readZipDirectory(trailing)).toBeNull();
    expect(readZipDirectory(new Uint8Array(10))).toBeNull();
    const wb = await openXlsx(trailing, NATIVE);
    wb.applyPlan({ sheetName: "S", writes: [{ ...write(0, 1, 2), numberFormat: null }], highlights: [] }, { highlights: false });
    expect((await openXlsx(await wb.toBytes())).readGrid("S").values).toEqual([[1, 2]]);
  });

  it("computes CRC-32 as zip readers expect", () => {
    expect(crc32(new TextEncoder().encode("123456789"))).toBe(0xcbf43926);
    expect(crc32(new Uint8Array(0))).toBe(0);
  });
});
