/**
 * What the first bytes of a file say it is, and how large a picture it holds, read from the format's own
 * header: a file's name and its browser-given type are guesses, its bytes are not. Pure, no image library:
 * width and height of these formats sit at known places (PNG's IHDR, GIF's screen descriptor, JPEG's SOF
 * segment, WebP's VP8/VP8L/VP8X chunk, AVIF's `ispe` property). `bytes` may be only the start of the file
 * (`complete: false`): a header that runs past it is `incomplete`, never a refusal.
 */

/** The formats the library stores; their `ext` is the stored file's extension. */
export type ImageFormat = 'jpeg' | 'png' | 'gif' | 'webp' | 'avif';

export const IMAGE_EXTENSION: Readonly<Record<ImageFormat, string>> = {
  jpeg: 'jpg',
  png: 'png',
  gif: 'gif',
  webp: 'webp',
  avif: 'avif',
};

/** The names people know these formats by, for messages. */
export const IMAGE_FORMAT_NAME: Readonly<Record<ImageFormat, string>> = {
  jpeg: 'JPEG',
  png: 'PNG',
  gif: 'GIF',
  webp: 'WebP',
  avif: 'AVIF',
};

export type ImageHeader =
  | { kind: 'image'; format: ImageFormat; width: number; height: number }
  /** An image, but of a format we do not store (SVG may carry a script; HEIC, TIFF, BMP do not show in every browser). */
  | { kind: 'unsupported'; format: string }
  /** The signature of a format we store, but no readable size in it: a cut or broken file. */
  | { kind: 'damaged'; format: ImageFormat }
  /** The header goes on past the bytes given. */
  | { kind: 'incomplete' }
  | { kind: 'not-image' };

type Read = ImageHeader;

const startsWith = (bytes: Uint8Array, signature: readonly number[], at = 0): boolean =>
  bytes.length >= at + signature.length && signature.every((byte, i) => bytes[at + i] === byte);

const ascii = (bytes: Uint8Array, at: number, length: number): string =>
  at + length > bytes.length ? '' : String.fromCharCode(...bytes.subarray(at, at + length));

const u16be = (b: Uint8Array, at: number) => ((b[at] ?? 0) << 8) | (b[at + 1] ?? 0);
const u16le = (b: Uint8Array, at: number) => (b[at] ?? 0) | ((b[at + 1] ?? 0) << 8);
const u24le = (b: Uint8Array, at: number) => u16le(b, at) | ((b[at + 2] ?? 0) << 16);
const u32be = (b: Uint8Array, at: number) => u16be(b, at) * 0x10000 + u16be(b, at + 2);
const u32le = (b: Uint8Array, at: number) => u16le(b, at) + u16le(b, at + 2) * 0x10000;

const PNG = [0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a];

export function readImageHeader(bytes: Uint8Array, complete = true): ImageHeader {
  const cut = (format: ImageFormat): Read => (complete ? { kind: 'damaged', format } : { kind: 'incomplete' });

  if (startsWith(bytes, PNG)) {
    if (bytes.length < 24) return cut('png');
    return ascii(bytes, 12, 4) === 'IHDR' ? sizedOrDamaged('png', u32be(bytes, 16), u32be(bytes, 20)) : cut('png');
  }
  const gif = ascii(bytes, 0, 6);
  if (gif === 'GIF87a' || gif === 'GIF89a') {
    return bytes.length < 10 ? cut('gif') : sizedOrDamaged('gif', u16le(bytes, 6), u16le(bytes, 8));
  }
  if (startsWith(bytes, [0xff, 0xd8, 0xff])) return readJpeg(bytes, complete);
  if (ascii(bytes, 0, 4) === 'RIFF' && ascii(bytes, 8, 4) === 'WEBP') return readWebp(bytes, complete);
  if (ascii(bytes, 4, 4) === 'ftyp') return readIsoImage(bytes, complete);
  return otherFormat(bytes);
}

/** Formats recognised only to be named when refused. */
function otherFormat(bytes: Uint8Array): Read {
  if (startsWith(bytes, [0x49, 0x49, 0x2a, 0x00]) || startsWith(bytes, [0x4d, 0x4d, 0x00, 0x2a]))
    return { kind: 'unsupported', format: 'TIFF' };
  if (ascii(bytes, 0, 2) === 'BM' && bytes.length >= 26 && u32le(bytes, 14) >= 12)
    return { kind: 'unsupported', format: 'BMP' };
  if (ascii(bytes, 0, 4) === '8BPS') return { kind: 'unsupported', format: 'PSD' };
  if (looksLikeSvg(bytes)) return { kind: 'unsupported', format: 'SVG' };
  return { kind: 'not-image' };
}

/** Markup that opens (after an XML declaration, comments or a doctype) with an `<svg` element. */
function looksLikeSvg(bytes: Uint8Array): boolean {
  // The markup that matters is ASCII; a UTF-8 byte-order mark may come first.
  const start = startsWith(bytes, [0xef, 0xbb, 0xbf]) ? 3 : 0;
  const head = ascii(bytes, start, Math.min(bytes.length - start, 4096)).trimStart();
  if (!head.startsWith('<')) return false;
  const rest = head.replace(/^(?:<\?[\s\S]*?\?>\s*|<!--[\s\S]*?-->\s*|<!DOCTYPE[^>]*>\s*)*/i, '');
  return /^<svg[\s>/]/i.test(rest);
}

// Start-of-frame markers carry the size; C4 (DHT), C8 (JPG) and CC (DAC) share the range but do not.
const JPEG_SOF = new Set([0xc0, 0xc1, 0xc2, 0xc3, 0xc5, 0xc6, 0xc7, 0xc9, 0xca, 0xcb, 0xcd, 0xce, 0xcf]);

function readJpeg(bytes: Uint8Array, complete: boolean): Read {
  let at = 2;
  while (at < bytes.length) {
    if (bytes[at] !== 0xff) return { kind: 'damaged', format: 'jpeg' };
    while (bytes[at] === 0xff) at += 1; // fill bytes
    const marker = bytes[at];
    at += 1;
    if (marker === undefined) break;
    // Markers without a length: TEM and the restart markers.
    if (marker === 0x01 || (marker >= 0xd0 && marker <= 0xd7)) continue;
    // The scan or the end came before any frame header.
    if (marker === 0xda || marker === 0xd9) return { kind: 'damaged', format: 'jpeg' };
    if (at + 2 > bytes.length) break;
    const length = u16be(bytes, at);
    if (length < 2) return { kind: 'damaged', format: 'jpeg' };
    if (JPEG_SOF.has(marker)) {
      if (at + 7 > bytes.length) break;
      return sizedOrDamaged('jpeg', u16be(bytes, at + 5), u16be(bytes, at + 3));
    }
    at += length;
  }
  return complete ? { kind: 'damaged', format: 'jpeg' } : { kind: 'incomplete' };
}

function readWebp(bytes: Uint8Array, complete: boolean): Read {
  const chunk = ascii(bytes, 12, 4);
  const need = chunk === 'VP8X' ? 30 : chunk === 'VP8L' ? 25 : 30;
  if (bytes.length < need) return complete ? { kind: 'damaged', format: 'webp' } : { kind: 'incomplete' };
  if (chunk === 'VP8 ') {
    // A key frame: three bytes of frame tag, then the start code 9D 01 2A, then 14-bit sizes.
    if (!startsWith(bytes, [0x9d, 0x01, 0x2a], 23)) return { kind: 'damaged', format: 'webp' };
    return sizedOrDamaged('webp', u16le(bytes, 26) & 0x3fff, u16le(bytes, 28) & 0x3fff);
  }
  if (chunk === 'VP8L') {
    if (bytes[20] !== 0x2f) return { kind: 'damaged', format: 'webp' };
    const bits = u32le(bytes, 21);
    return sizedOrDamaged('webp', (bits & 0x3fff) + 1, ((bits >>> 14) & 0x3fff) + 1);
  }
  if (chunk === 'VP8X') return sizedOrDamaged('webp', u24le(bytes, 24) + 1, u24le(bytes, 27) + 1);
  return { kind: 'damaged', format: 'webp' };
}

function sizedOrDamaged(format: ImageFormat, width: number, height: number): Read {
  return width > 0 && height > 0 ? { kind: 'image', format, width, height } : { kind: 'damaged', format };
}

const AVIF_BRANDS = new Set(['avif', 'avis']);
const HEIF_BRANDS = new Set(['heic', 'heix', 'hevc', 'hevx', 'heim', 'heis', 'hevm', 'hevs', 'mif1', 'msf1']);

interface Box {
  type: string;
  /** Where the box's content starts (after its header). */
  start: number;
  end: number;
}

/** The boxes of an ISO media file between `from` and `to`; stops at a box that runs past the bytes. */
function boxes(bytes: Uint8Array, from: number, to: number): { list: Box[]; cut: boolean } {
  const list: Box[] = [];
  let at = from;
  while (at + 8 <= to) {
    let size = u32be(bytes, at);
    let header = 8;
    if (size === 1) {
      if (at + 16 > to) return { list, cut: true };
      size = u32be(bytes, at + 8) * 2 ** 32 + u32be(bytes, at + 12);
      header = 16;
    } else if (size === 0) size = to - at;
    if (size < header) return { list, cut: false };
    list.push({ type: ascii(bytes, at + 4, 4), start: at + header, end: Math.min(at + size, to) });
    if (at + size > to) return { list, cut: true };
    at += size;
  }
  return { list, cut: at < to };
}

/** AVIF (and HEIF, to name it when refused): the brand in `ftyp`, the size in `meta/iprp/ipco/ispe`. */
function readIsoImage(bytes: Uint8Array, complete: boolean): Read {
  const ftypSize = u32be(bytes, 0);
  if (ftypSize < 16 || ftypSize > 4096) return { kind: 'not-image' };
  if (ftypSize > bytes.length) return complete ? { kind: 'not-image' } : { kind: 'incomplete' };
  const brands = [ascii(bytes, 8, 4)];
  for (let at = 16; at + 4 <= ftypSize; at += 4) brands.push(ascii(bytes, at, 4));
  if (!brands.some((brand) => AVIF_BRANDS.has(brand))) {
    return brands.some((brand) => HEIF_BRANDS.has(brand))
      ? { kind: 'unsupported', format: 'HEIC' }
      : { kind: 'not-image' };
  }
  const top = boxes(bytes, ftypSize, bytes.length);
  const meta = top.list.find((box) => box.type === 'meta');
  if (!meta) return complete || !top.cut ? { kind: 'damaged', format: 'avif' } : { kind: 'incomplete' };
  // `meta` is a full box: four bytes of version and flags before its children.
  const iprp = boxes(bytes, meta.start + 4, meta.end).list.find((box) => box.type === 'iprp');
  const ipco = iprp && boxes(bytes, iprp.start, iprp.end).list.find((box) => box.type === 'ipco');
  // The largest size among the properties: a grid's tiles have their own, smaller ones.
  let width = 0;
  let height = 0;
  for (const box of ipco ? boxes(bytes, ipco.start, ipco.end).list : []) {
    if (box.type !== 'ispe' || box.start + 12 > box.end) continue;
    const w = u32be(bytes, box.start + 4);
    const h = u32be(bytes, box.start + 8);
    if (w * h > width * height) [width, height] = [w, h];
  }
  if (width > 0 && height > 0) return { kind: 'image', format: 'avif', width, height };
  return !complete && meta.end >= bytes.length ? { kind: 'incomplete' } : { kind: 'damaged', format: 'avif' };
}
