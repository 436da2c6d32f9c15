// What is inflated from the zip is capped, per part and in total, and weighed against the compressed size:
// a file past the caps is refused as too large for the tool, with the sizes, instead of exhausting memory.
import { deflateRawSync } from "zlib";
import { openXlsx, XlsxError } from "../src/xlsx";
import { INFLATE_LIMITS } from "../src/xlsx/inflateLimits";
import { MAIN_NS, minimalXlsx, sheetXml } from "../src/xlsx/testing/minimalXlsx";
import { readZipDirectory, writeZip, type ZipItem } from "../src/xlsx/zipArchive";

const MiB = 1024 * 1024;
const deflate = (data: Uint8Array) => deflateRawSync(data, { level: 9 });

/** A minimal workbook whose sheet part is `sheet`, zipped with zlib (fast for tens of megabytes). */
async function workbookWithSheet(sheet: Uint8Array, sharedStrings?: Uint8Array): Promise<Uint8Array> {
  const small = readZipDirectory(await minimalXlsx({ sheet: "<x/>", sharedStrings: sharedStrings ? "<x/>" : undefined }))!;
  const items: ZipItem[] = small.entries.map((e) =>
    e.name === "xl/worksheets/sheet1.xml" ? { name: e.name, data: sheet }
      : e.name === "xl/sharedStrings.xml" ? { name: e.name, data: sharedStrings! }
      : { copy: e },
  );
  return writeZip(items, new Uint8Array(0), deflate)!;
}

/** `open`, then `spaces` spaces (whitespace between elements, as a sloppy writer might leave), then `close`. */
function padded(spaces: number, open: string, close: string): Uint8Array {
  const encoder = new TextEncoder();
  const [a, b] = [encoder.encode(open), encoder.encode(close)];
  const out = new Uint8Array(a.length + spaces + b.length).fill(32);
  out.set(a);
  out.set(b, a.length + spaces);
  return out;
}
const SHEET = sheetXml(`<row r="1"><c r="A1"><v>1</v></c></row>`).replace("</worksheet>", "");
const paddedSheet = (spaces: number) => padded(spaces, SHEET, "</worksheet>");

describe("inflating is capped", () => {
  it("a 40 MiB sheet part made of one repeated byte (over 1000:1) is refused as too large, with the sizes", async () => {
    const bytes = await workbookWithSheet(paddedSheet(40 * MiB));
    expect(bytes.length).toBeLessThan(MiB);
    const opening = openXlsx(bytes);
    await expect(opening).rejects.toBeInstanceOf(XlsxError);
    await expect(openXlsx(bytes)).rejects.toThrow(
      /ใหญ่เกินกว่าที่โปรแกรมนี้จะอ่านได้: ไฟล์ขนาด \d+ KB แต่ส่วน xl\/worksheets\/sheet1\.xml ของไฟล์ขยายออกได้เกิน 32 MB \(อ่านได้ไม่เกิน 32 MB\).*This file is too large for this tool: the file is \d+ KB, but its part xl\/worksheets\/sheet1\.xml inflates to more than 32 MB \(the limit is 32 MB\)/,
    );
  });

  it("a part past the per-part limit is refused whatever its ratio", async () => {
    const limits = { ...INFLATE_LIMITS, part: 2 * MiB, ratioFrom: 2 * MiB };
    await expect(openXlsx(await workbookWithSheet(paddedSheet(3 * MiB)), { limits })).rejects.toThrow(/inflates to more than 2\.\d MB \(the limit is 2\.0 MB\)/);
  });

  it("parts each within their limit but together past the total are refused", async () => {
    const limits = { ...INFLATE_LIMITS, part: 4 * MiB, total: 5 * MiB, ratioFrom: 4 * MiB };
    const sst = padded(3 * MiB, `<sst xmlns="${MAIN_NS}">`, "</sst>");
    await expect(openXlsx(await workbookWithSheet(paddedSheet(3 * MiB), sst), { limits })).rejects.toThrow(/its contents inflates to more than 5\.\d MB \(the limit is 5\.0 MB\)/);
  });

  it("a workbook within the limits reads as before", async () => {
    const limits = { ...INFLATE_LIMITS, part: 4 * MiB, total: 5 * MiB, ratioFrom: 4 * MiB };
    const wb = await openXlsx(await workbookWithSheet(paddedSheet(3 * MiB)), { limits });
    expect(wb.readGrid("S").values).toEqual([[1]]);
  });
});
