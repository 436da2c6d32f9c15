import JSZip from "jszip";
import { openXlsx, XlsxError } from "./index";

async function zipOf(files: Record<string, string>): Promise<Uint8Array> {
  const zip = new JSZip();
  for (const [name, text] of Object.entries(files)) zip.file(name, text);
  return zip.generateAsync({ type: "uint8array" });
}

function ole(streamName?: string): Uint8Array {
  const bytes = new Uint8Array(2048);
  bytes.set([0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1]);
  if (streamName) [...streamName].forEach((ch, i) => (bytes[1024 + 2 * i] = ch.charCodeAt(0)));
  return bytes;
}

describe("openXlsx refuses what is not an editable .xlsx, saying so in Thai and English", () => {
  const cases: [string, () => Promise<Uint8Array> | Uint8Array, RegExp][] = [
    ["a text file", () => new TextEncoder().encode("not a workbook"), /ไม่ใช่ไฟล์ Excel.*not an Excel workbook/],
    ["an empty file", () => new Uint8Array(0), /not an Excel workbook/],
    ["a zip that is not an Office file", () => zipOf({ "readme.txt": "hello" }), /ไม่ใช่ไฟล์ Excel.*not an Excel workbook/],
    [
      "a Word document",
      () => zipOf({ "_rels/.rels": `<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships"><Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/officeDocument" Target="word/document.xml"/></Relationships>`, "word/document.xml": "<w:document/>" }),
      /not an Excel workbook/,
    ],
    [
      "an .xlsb",
      () => zipOf({ "_rels/.rels": `<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships"><Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/officeDocument" Target="xl/workbook.bin"/></Relationships>` }),
      /\.xlsb/,
    ],
    ["a damaged zip", () => Uint8Array.from([0x50, 0x4b, 3, 4, 0, 0, 0]), /เสียหาย.*damaged/],
    ["an old .xls", () => ole("Workbook"), /\.xls\b.*save it as an Excel Workbook \(\.xlsx\)/],
    ["a password-protected workbook", () => ole("EncryptedPackage"), /รหัสผ่าน.*password-protected/],
  ];
  it.each(cases)("%s", async (_name, bytes, message) => {
    const attempt = openXlsx(await bytes());
    await expect(attempt).rejects.toBeInstanceOf(XlsxError);
    await expect(openXlsx(await bytes())).rejects.toThrow(message);
  });
});
