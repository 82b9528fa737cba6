import { exifOrientation, UPRIGHT } from './exif-orientation';
import { hasAscii, joinRanges, type Range, type StripResult } from './strip-result';

const SOI = 0xd8;
const EOI = 0xd9;
const SOS = 0xda;
const APP0 = 0xe0;
const APP1 = 0xe1;
const APP2 = 0xe2;
const APP14 = 0xee;
const APP15 = 0xef;
const COM = 0xfe;

/** Markers that stand alone, without a length: TEM and the restart markers. */
const standalone = (marker: number) => marker === 0x01 || (marker >= 0xd0 && marker <= 0xd7);

/**
 * The application segments a picture needs, by their content: JFIF (APP0), the colour profile (APP2
 * `ICC_PROFILE`, in one or more parts) and Adobe's colour transform (APP14: without it a CMYK JPEG shows in the
 * wrong colours). Every other APPn goes: APP1 (EXIF: the GPS position, the camera's serial number, the owner; XMP),
 * APP13 (IPTC, Photoshop), and the makers' own (APP2 `MPF`, whose pictures after the end go too; APP12 picture
 * info; APP11 and others) that a browser never reads. A JFIF header with a thumbnail goes whole, as does JFXX:
 * a thumbnail may still show what a crop took away, and a browser needs no JFIF header.
 */
function keepsApplicationSegment(marker: number, content: Uint8Array): boolean {
  // JFIF\0, version (2), units, densities (2 + 2), then the thumbnail's width and height.
  if (marker === APP0) return hasAscii(content, 0, 'JFIF\0') && content.length >= 14 && !content[12] && !content[13];
  if (marker === APP2) return hasAscii(content, 0, 'ICC_PROFILE\0');
  if (marker === APP14) return hasAscii(content, 0, 'Adobe');
  return false;
}

/**
 * A JPEG without its metadata, losslessly: the segments are walked from the start, application segments that
 * only describe the picture and comments (COM) are left out, everything else (tables, frame and scan headers,
 * the entropy-coded data, restart markers) is kept byte for byte. Bytes after the end of the image (a phone's
 * second picture or video, an editor's trailer) go too. A JPEG whose EXIF turns its pixels is `turned`.
 *
 * A file cut inside its scan data is kept as far as it goes (a browser shows the part there is); one cut or
 * broken before its first scan is `unreadable`.
 */
export function stripJpegMetadata(bytes: Uint8Array): StripResult {
  const unreadable: StripResult = { kind: 'unreadable', format: 'jpeg' };
  if (bytes[0] !== 0xff || bytes[1] !== SOI) return unreadable;
  const kept: Range[] = [[0, 2]];
  const removed: string[] = [];
  let orientation = UPRIGHT;
  let scanned = false;
  let at = 2;
  for (;;) {
    if (at >= bytes.length) {
      // No end-of-image marker: a cut file. With its scan it still shows; without, there is no picture.
      if (!scanned) return unreadable;
      break;
    }
    if (bytes[at] !== 0xff) return unreadable;
    const start = at;
    while (bytes[at] === 0xff) at += 1; // fill bytes before a marker
    const marker = bytes[at];
    if (marker === undefined) return unreadable;
    at += 1;
    if (marker === EOI) {
      kept.push([start, at]);
      if (at < bytes.length) removed.push('trailer');
      break;
    }
    if (standalone(marker)) {
      kept.push([start, at]);
      continue;
    }
    if (marker === SOI || marker === 0x00 || at + 2 > bytes.length) return unreadable;
    const length = ((bytes[at] ?? 0) << 8) | (bytes[at + 1] ?? 0);
    const end = at + length;
    if (length < 2 || end > bytes.length) return unreadable;
    if ((marker >= APP0 && marker <= APP15) || marker === COM) {
      const content = bytes.subarray(at + 2, end);
      if (marker !== COM && keepsApplicationSegment(marker, content)) {
        kept.push([start, end]);
      } else {
        removed.push(marker === COM ? 'COM' : `APP${marker - APP0}`);
        if (marker === APP1 && orientation === UPRIGHT) orientation = exifOrientation(content);
      }
      at = end;
      continue;
    }
    kept.push([start, end]);
    at = end;
    if (marker === SOS) {
      scanned = true;
      const dataEnd = scanEnd(bytes, at);
      kept.push([at, dataEnd]);
      at = dataEnd;
    }
  }
  if (orientation !== UPRIGHT) return { kind: 'turned', format: 'jpeg', orientation };
  if (removed.length === 0) return { kind: 'unchanged', bytes };
  return { kind: 'stripped', bytes: joinRanges(bytes, kept), removed };
}

/**
 * Where the entropy-coded data that starts at `from` ends: at the first marker that is not a stuffed 0xFF
 * (FF 00), a restart marker or a fill byte; at the end of the file when it is cut inside the scan.
 */
function scanEnd(bytes: Uint8Array, from: number): number {
  let at = from;
  for (;;) {
    const ff = bytes.indexOf(0xff, at);
    if (ff < 0 || ff + 1 >= bytes.length) return bytes.length;
    const next = bytes[ff + 1] ?? 0;
    if (next === 0x00 || (next >= 0xd0 && next <= 0xd7)) at = ff + 2;
    else if (next === 0xff) at = ff + 1;
    else return ff;
  }
}
