import { exifOrientation, UPRIGHT } from './exif-orientation';
import { fourCC, joinRanges, type Range, type StripResult } from './strip-result';

/** The chunks that only describe the picture. ICCP (the colour profile) and all others stay. */
const METADATA_CHUNKS = new Set(['EXIF', 'XMP ']);
/** Their flags in the VP8X header's first byte: a flag without its chunk would claim what is not there. */
const EXIF_FLAG = 0x08;
const XMP_FLAG = 0x04;

const u32le = (b: Uint8Array, at: number) =>
  ((b[at] ?? 0) | ((b[at + 1] ?? 0) << 8) | ((b[at + 2] ?? 0) << 16)) + (b[at + 3] ?? 0) * 0x1000000;

/**
 * A WebP without its EXIF and XMP chunks, losslessly: the other chunks are copied whole (the image data, alpha,
 * animation frames, the colour profile), the VP8X flags of the chunks taken out are cleared, and the RIFF size
 * is written anew. Bytes after the RIFF container go too. A WebP whose EXIF turns its pixels is `turned`; one
 * whose chunks run past the container or the file is `unreadable`.
 */
export function stripWebpMetadata(bytes: Uint8Array): StripResult {
  const unreadable: StripResult = { kind: 'unreadable', format: 'webp' };
  if (fourCC(bytes, 0) !== 'RIFF' || fourCC(bytes, 8) !== 'WEBP') return unreadable;
  const riffEnd = 8 + u32le(bytes, 4);
  if (riffEnd > bytes.length || riffEnd < 12) return unreadable;
  const kept: Range[] = [[0, 12]];
  const removed: string[] = [];
  let orientation = UPRIGHT;
  let vp8x: number | null = null;
  let at = 12;
  while (at < riffEnd) {
    const type = fourCC(bytes, at);
    const size = u32le(bytes, at + 4);
    const dataEnd = at + 8 + size;
    // Chunks are padded to an even size; a writer that left out the last pad byte is forgiven.
    const end = Math.min(dataEnd + (size % 2), riffEnd);
    if (at + 8 > riffEnd || dataEnd > riffEnd || !/^[\x20-\x7e]{4}$/.test(type)) return unreadable;
    if (METADATA_CHUNKS.has(type)) {
      removed.push(type);
      if (type === 'EXIF' && orientation === UPRIGHT) orientation = exifOrientation(bytes.subarray(at + 8, dataEnd));
    } else {
      if (type === 'VP8X' && at === 12 && size >= 10) vp8x = at;
      kept.push([at, end]);
    }
    at = end;
  }
  if (riffEnd < bytes.length) removed.push('trailer');
  if (orientation !== UPRIGHT) return { kind: 'turned', format: 'webp', orientation };
  if (removed.length === 0) return { kind: 'unchanged', bytes };
  const out = joinRanges(bytes, kept);
  new DataView(out.buffer).setUint32(4, out.length - 8, true);
  // The VP8X header is the first chunk, kept first: its flags byte is right after its own header.
  if (vp8x !== null) out[20] = (out[20] ?? 0) & ~(EXIF_FLAG | XMP_FLAG);
  return { kind: 'stripped', bytes: out, removed };
}
