// Writes the saved .xlsx zip ourselves when the host gives us a native deflate (the command line passes
// Node's zlib): JSZip can only deflate in JavaScript, which costs ~10× zlib on a large sheet part, and has
// no hook for another compressor. Unchanged entries are copied raw from the original file (local header,
// compressed bytes, data descriptor, central record: same bytes, only the offsets move); edited and new
// parts are deflated with the injected function. Anything unusual (zip64, split archives, leading data,
// encrypted entries, names JSZip reads differently) makes readZipDirectory decline, and the package
// saves through JSZip as before. No Node APIs here: the deflate is passed in.

/** Raw DEFLATE (no zlib header), as zlib.deflateRawSync does. */
export type DeflateRaw = (data: Uint8Array) => Uint8Array;

export interface ZipEntry {
  name: string;
  /** The entry's central-directory record, as in the original file. */
  central: Uint8Array;
  /** Local header + compressed data (+ data descriptor), as in the original file. */
  local: Uint8Array;
}

export interface ZipDirectory {
  /** In central-directory order. */
  entries: ZipEntry[];
  /** The archive comment (raw bytes). */
  comment: Uint8Array;
}

const LOCAL_SIG = 0x04034b50;
const CENTRAL_SIG = 0x02014b50;
const END_SIG = 0x06054b50;
const ZIP64_LOCATOR_SIG = 0x07064b50;
const DESCRIPTOR_SIG = 0x08074b50;

/** The archive's entries, or null when it is not a plain single-disk zip we can copy entries out of. */
export function readZipDirectory(bytes: Uint8Array): ZipDirectory | null {
  const view = new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  const end = findEnd(view);
  if (end < 0) return null;
  const disk = view.getUint16(end + 4, true);
  const cdDisk = view.getUint16(end + 6, true);
  const onDisk = view.getUint16(end + 8, true);
  const total = view.getUint16(end + 10, true);
  const cdSize = view.getUint32(end + 12, true);
  const cdOffset = view.getUint32(end + 16, true);
  const commentLength = view.getUint16(end + 20, true);
  if (disk !== 0 || cdDisk !== 0 || onDisk !== total || total === 0xffff || cdSize === 0xffffffff || cdOffset === 0xffffffff) return null;
  if (end >= 20 && view.getUint32(end - 20, true) === ZIP64_LOCATOR_SIG) return null;
  if (cdOffset + cdSize !== end) return null; // data before the archive, or a gap: let JSZip sort it out

  const decoder = new TextDecoder();
  const entries: ZipEntry[] = [];
  let at = cdOffset;
  for (let i = 0; i < total; i++) {
    if (at + 46 > end || view.getUint32(at, true) !== CENTRAL_SIG) return null;
    const flags = view.getUint16(at + 8, true);
    const compressedSize = view.getUint32(at + 20, true);
    const size = view.getUint32(at + 24, true);
    const nameLength = view.getUint16(at + 28, true);
    const recordLength = 46 + nameLength + view.getUint16(at + 30, true) + view.getUint16(at + 32, true);
    const localOffset = view.getUint32(at + 42, true);
    if (flags & 1 || compressedSize === 0xffffffff || size === 0xffffffff || localOffset === 0xffffffff) return null;
    if (at + recordLength > end || localOffset + 30 > cdOffset || view.getUint32(localOffset, true) !== LOCAL_SIG) return null;
    const dataStart = localOffset + 30 + view.getUint16(localOffset + 26, true) + view.getUint16(localOffset + 28, true);
    let dataEnd = dataStart + compressedSize;
    if (flags & 8) dataEnd += dataEnd + 4 <= cdOffset && view.getUint32(dataEnd, true) === DESCRIPTOR_SIG ? 16 : 12;
    if (dataEnd > cdOffset) return null;
    entries.push({
      name: decoder.decode(bytes.subarray(at + 46, at + 46 + nameLength)),
      central: bytes.subarray(at, at + recordLength),
      local: bytes.subarray(localOffset, dataEnd),
    });
    at += recordLength;
  }
  return { entries, comment: bytes.slice(end + 22, end + 22 + commentLength) };
}

/**
 * The compressed size of each entry, by name, as the central directory states it: what inflating an entry is
 * weighed against (inflateLimits.ts). Lenient where readZipDirectory is strict: whatever can be read is listed;
 * an archive it cannot read gives an empty map (the size limits alone then apply).
 */
export function compressedSizes(bytes: Uint8Array): Map<string, number> {
  const sizes = new Map<string, number>();
  const view = new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  const end = findEnd(view);
  if (end < 0) return sizes;
  const total = view.getUint16(end + 10, true);
  const decoder = new TextDecoder();
  let at = view.getUint32(end + 16, true);
  for (let i = 0; i < total && at + 46 <= end && view.getUint32(at, true) === CENTRAL_SIG; i++) {
    const nameLength = view.getUint16(at + 28, true);
    const compressed = view.getUint32(at + 20, true);
    if (at + 46 + nameLength > end) break;
    // 0xffffffff: the size is in a zip64 field; leave it out rather than read a wrong one.
    if (compressed !== 0xffffffff) sizes.set(decoder.decode(bytes.subarray(at + 46, at + 46 + nameLength)), compressed);
    at += 46 + nameLength + view.getUint16(at + 30, true) + view.getUint16(at + 32, true);
  }
  return sizes;
}

function findEnd(view: DataView): number {
  const last = view.byteLength - 22;
  for (let at = last; at >= 0 && at >= last - 0xffff; at--) {
    if (view.getUint32(at, true) === END_SIG && at + 22 + view.getUint16(at + 20, true) === view.byteLength) return at;
  }
  return -1;
}

/** An entry to write: copied from the original archive, or new content to deflate. */
export type ZipItem = { copy: ZipEntry } | { name: string; data: Uint8Array };

/** The archive holding `items` in this order; null when it would need zip64 (the caller saves another way). */
export function writeZip(items: readonly ZipItem[], comment: Uint8Array, deflateRaw: DeflateRaw, now = new Date(), crc = crc32): Uint8Array | null {
  const encoder = new TextEncoder();
  const time = (now.getHours() << 11) | (now.getMinutes() << 5) | (now.getSeconds() >> 1);
  const date = ((Math.max(now.getFullYear(), 1980) - 1980) << 9) | ((now.getMonth() + 1) << 5) | now.getDate();
  const locals: Uint8Array[] = [];
  const centrals: Uint8Array[] = [];
  let offset = 0;
  for (const item of items) {
    let local: Uint8Array;
    let central: Uint8Array;
    if ("copy" in item) {
      local = item.copy.local;
      central = item.copy.central.slice();
    } else {
      const name = encoder.encode(item.name);
      const compressed = deflateRaw(item.data);
      // Bit 11: the name is UTF-8 (only said when it is not plain ASCII, as JSZip does).
      const flags = name.length !== item.name.length ? 0x0800 : 0;
      const fields = { flags, time, date, crc: crc(item.data), compressedSize: compressed.length, size: item.data.length };
      local = new Uint8Array(30 + name.length + compressed.length);
      writeHeader(new DataView(local.buffer), LOCAL_SIG, fields, name.length);
      local.set(name, 30);
      local.set(compressed, 30 + name.length);
      central = new Uint8Array(46 + name.length);
      writeHeader(new DataView(central.buffer), CENTRAL_SIG, fields, name.length);
      central.set(name, 46);
    }
    if (offset > 0xfffffffe) return null;
    new DataView(central.buffer, central.byteOffset, central.byteLength).setUint32(42, offset, true);
    locals.push(local);
    centrals.push(central);
    offset += local.length;
  }
  const cdSize = centrals.reduce((n, c) => n + c.length, 0);
  if (items.length >= 0xffff || offset > 0xfffffffe || cdSize > 0xfffffffe) return null;
  const out = new Uint8Array(offset + cdSize + 22 + comment.length);
  let at = 0;
  for (const part of [...locals, ...centrals]) {
    out.set(part, at);
    at += part.length;
  }
  const end = new DataView(out.buffer, at, 22);
  end.setUint32(0, END_SIG, true);
  end.setUint16(8, items.length, true);
  end.setUint16(10, items.length, true);
  end.setUint32(12, cdSize, true);
  end.setUint32(16, offset, true);
  end.setUint16(20, comment.length, true);
  out.set(comment, at + 22);
  return out;
}

interface HeaderFields {
  flags: number;
  time: number;
  date: number;
  crc: number;
  compressedSize: number;
  size: number;
}

/** A local header (30 bytes) or central record (46 bytes) of a deflated entry; the offset is set later. */
function writeHeader(view: DataView, signature: number, f: HeaderFields, nameLength: number): void {
  const central = signature === CENTRAL_SIG ? 2 : 0; // central records carry "version made by" first
  view.setUint32(0, signature, true);
  if (central) view.setUint16(4, 20, true); // made by: MS-DOS, spec 2.0
  view.setUint16(4 + central, 20, true); // needed to extract: 2.0 (deflate)
  view.setUint16(6 + central, f.flags, true);
  view.setUint16(8 + central, 8, true); // deflate
  view.setUint16(10 + central, f.time, true);
  view.setUint16(12 + central, f.date, true);
  view.setUint32(14 + central, f.crc, true);
  view.setUint32(18 + central, f.compressedSize, true);
  view.setUint32(22 + central, f.size, true);
  view.setUint16(26 + central, nameLength, true);
  // Extra field, comment, disk, attributes: all zero.
}

let crcTable: Int32Array | undefined;

export function crc32(data: Uint8Array): number {
  const table = (crcTable ??= makeCrcTable());
  let crc = -1;
  for (let i = 0; i < data.length; i++) crc = (crc >>> 8) ^ table[(crc ^ data[i]) & 0xff];
  return (crc ^ -1) >>> 0;
}

function makeCrcTable(): Int32Array {
  const table = new Int32Array(256);
  for (let n = 0; n < 256; n++) {
    let c = n;
    for (let k = 0; k < 8; k++) c = c & 1 ? 0xedb88320 ^ (c >>> 1) : c >>> 1;
    table[n] = c;
  }
  return table;
}
