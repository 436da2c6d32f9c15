// What the command line gives the .xlsx package for saving: Node's native raw DEFLATE. src/xlsx has no
// Node imports (the browser preview shares it), so the codec is passed in from here; level 6, as before.
import { deflateRawSync } from "zlib";
import type { OpenOptions } from "../xlsx";

export const NODE_XLSX_OPTIONS: OpenOptions = {
  deflateRaw: (data) => deflateRawSync(data, { level: 6 }),
};
