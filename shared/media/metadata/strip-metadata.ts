import { stripJpegMetadata } from './jpeg-metadata';
import { stripPngMetadata } from './png-metadata';
import { hasAscii, type StripResult, type StrippedFormat } from './strip-result';
import { stripWebpMetadata } from './webp-metadata';

export type { StripResult, StrippedFormat } from './strip-result';

const STRIPPERS: Readonly<Record<StrippedFormat, (bytes: Uint8Array) => StripResult>> = {
  jpeg: stripJpegMetadata,
  png: stripPngMetadata,
  webp: stripWebpMetadata,
};

/** Which of the formats handled here the bytes are, by their signature; null for any other. */
export function metadataFormat(bytes: Uint8Array): StrippedFormat | null {
  if (bytes[0] === 0xff && bytes[1] === 0xd8 && bytes[2] === 0xff) return 'jpeg';
  if (hasAscii(bytes, 0, '\x89PNG\r\n\x1a\n')) return 'png';
  if (hasAscii(bytes, 0, 'RIFF') && hasAscii(bytes, 8, 'WEBP')) return 'webp';
  return null;
}

/**
 * A picture without the data a camera or an editor put in it beside the pixels (EXIF with the GPS position and
 * the camera's serial number, XMP, IPTC, comments), taken out losslessly before it goes to the shared library:
 * a newsroom library is a repository whose every byte reaches every colleague and stays in its history. The
 * format is told by the bytes, not by the name.
 *
 * JPEG, PNG and WebP are handled (jpeg-metadata.ts, png-metadata.ts, webp-metadata.ts). A GIF is left as it is
 * (no camera writes one; its rare comment or XMP extension stays), and so is an AVIF: its metadata lives in
 * ISO-BMFF boxes that other boxes point into by offset, which cannot be cut out without rewriting them: out of
 * scope here. Anything else is left to the service, which refuses what is not an image.
 *
 * Never throws: a file that cannot be followed is `unreadable` (the caller redraws it, or refuses it).
 */
export function stripMetadata(bytes: Uint8Array): StripResult {
  const format = metadataFormat(bytes);
  if (format === null) return { kind: 'unchanged', bytes };
  try {
    return STRIPPERS[format](bytes);
  } catch {
    // Not expected (the readers check every length), but no file may take the import down with it.
    return { kind: 'unreadable', format };
  }
}
