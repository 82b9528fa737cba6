import { exifOrientation, UPRIGHT } from './exif-orientation';
import { fourCC, joinRanges, type Range, type StripResult } from './strip-result';

const SIGNATURE = [0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a];

/**
 * Chunks that only describe the picture: EXIF (eXIf: the GPS position, the camera), text in its three forms
 * (tEXt, zTXt, iTXt: XMP, IPTC, author, comment, software), the time it was last changed (tIME), and the
 * content credentials of C2PA (caBX: the signer's identity; their hashes would not match the file any more).
 * Everything else stays, the colour chunks (iCCP, sRGB, gAMA, cHRM) and the animation's (acTL, fcTL, fdAT) with it.
 */
const METADATA_CHUNKS = new Set(['eXIf', 'tEXt', 'zTXt', 'iTXt', 'tIME', 'caBX']);

const u32 = (b: Uint8Array, at: number) =>
  (b[at] ?? 0) * 0x1000000 + (((b[at + 1] ?? 0) << 16) | ((b[at + 2] ?? 0) << 8) | (b[at + 3] ?? 0));

/**
 * A PNG without its metadata chunks, losslessly: every other chunk is copied whole, its CRC with it. Bytes
 * after IEND go too. A PNG whose eXIf turns its pixels is `turned`; one with a chunk that runs past the end of
 * the file or a name that is not four letters is `unreadable`.
 */
export function stripPngMetadata(bytes: Uint8Array): StripResult {
  const unreadable: StripResult = { kind: 'unreadable', format: 'png' };
  if (!SIGNATURE.every((byte, i) => bytes[i] === byte)) return unreadable;
  const kept: Range[] = [[0, SIGNATURE.length]];
  const removed: string[] = [];
  let orientation = UPRIGHT;
  let ended = false;
  let at = SIGNATURE.length;
  while (at < bytes.length) {
    const length = u32(bytes, at);
    const type = fourCC(bytes, at + 4);
    const end = at + 12 + length;
    if (!/^[A-Za-z]{4}$/.test(type) || end > bytes.length) return unreadable;
    if (METADATA_CHUNKS.has(type)) {
      removed.push(type);
      if (type === 'eXIf' && orientation === UPRIGHT) orientation = exifOrientation(bytes.subarray(at + 8, end - 4));
    } else {
      kept.push([at, end]);
    }
    at = end;
    if (type === 'IEND') {
      ended = true;
      break;
    }
  }
  if (ended && at < bytes.length) removed.push('trailer');
  if (orientation !== UPRIGHT) return { kind: 'turned', format: 'png', orientation };
  if (removed.length === 0) return { kind: 'unchanged', bytes };
  return { kind: 'stripped', bytes: joinRanges(bytes, kept), removed };
}
