// What the command line gives the .xlsx package for saving: Node's native raw DEFLATE. src/xlsx has no
// Node imports (the browser preview shares it), so the codec is passed in from here; level 6, as before.
import * as zlib from "zlib";
import type { OpenOptions } from "../xlsx";

export const NODE_XLSX_OPTIONS: OpenOptions = {
  deflateRaw: (data) => zlib.deflateRawSync(data, { level: 6 }),
  // Native since Node 20.15; older Nodes keep the package's own (JavaScript) CRC.
  ...(typeof (zlib as { crc32?: unknown }).crc32 === "function" ? { crc32: (data: Uint8Array) => (zlib as unknown as { crc32(d: Uint8Array): number }).crc32(data) } : {}),
};
