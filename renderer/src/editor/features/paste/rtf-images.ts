/**
 * The pictures of Word's (and LibreOffice's) `text/rtf` clipboard flavour. The HTML flavour only names
 * temp files a page cannot read; the RTF carries the same pictures as hex inside
 * `{\pict … \pngblip … 89504e47…}` groups. Word adds an old-style metafile copy of each picture in
 * `{\nonshppict …}` for older readers; those are skipped so the pictures line up with the HTML's images.
 */

export interface RtfImage {
  mimeType: 'image/png' | 'image/jpeg';
  extension: 'png' | 'jpg';
  base64: string;
}

interface Group {
  /** The group's first control word (`pict`, `nonshppict`, `fonttbl`…), once read. */
  destination: string | null;
  picture: PictureData | null;
}

interface PictureData {
  format: 'png' | 'jpeg' | null;
  hex: string[];
  /** Raw `\bin` bytes are not hex; such a picture is skipped rather than misread. */
  binary: boolean;
  inFallback: boolean;
}

const PNG_SIGNATURE = [0x89, 0x50, 0x4e, 0x47];
const JPEG_SIGNATURE = [0xff, 0xd8, 0xff];

function hexToBytes(hex: string): Uint8Array | null {
  if (hex.length % 2 !== 0 || !/^[0-9a-f]*$/i.test(hex)) return null;
  const bytes = new Uint8Array(hex.length / 2);
  for (let i = 0; i < bytes.length; i++) bytes[i] = Number.parseInt(hex.slice(i * 2, i * 2 + 2), 16);
  return bytes;
}

function startsWith(bytes: Uint8Array, signature: number[]): boolean {
  return signature.every((byte, i) => bytes[i] === byte);
}

function toBase64(bytes: Uint8Array): string {
  let binary = '';
  const chunk = 0x8000;
  for (let i = 0; i < bytes.length; i += chunk) binary += String.fromCharCode(...bytes.subarray(i, i + chunk));
  return btoa(binary);
}

function finish(picture: PictureData): RtfImage | null {
  if (picture.inFallback || picture.binary || !picture.format) return null;
  const bytes = hexToBytes(picture.hex.join('').replace(/\s+/g, ''));
  if (!bytes) return null;
  if (picture.format === 'png' && startsWith(bytes, PNG_SIGNATURE)) {
    return { mimeType: 'image/png', extension: 'png', base64: toBase64(bytes) };
  }
  if (picture.format === 'jpeg' && startsWith(bytes, JPEG_SIGNATURE)) {
    return { mimeType: 'image/jpeg', extension: 'jpg', base64: toBase64(bytes) };
  }
  return null;
}

const CONTROL_WORD = /\\([a-z]+)(-?\d+)? ?/iy;

/** The PNG and JPEG pictures of an RTF document, in document order. */
export function extractRtfImages(rtf: string): RtfImage[] {
  const images: RtfImage[] = [];
  const groups: Group[] = [];
  let i = 0;
  while (i < rtf.length) {
    const char = rtf[i];
    const group = groups.at(-1);
    if (char === '{') {
      groups.push({ destination: null, picture: null });
      i++;
    } else if (char === '}') {
      const closed = groups.pop();
      const image = closed?.picture ? finish(closed.picture) : null;
      if (image) images.push(image);
      i++;
    } else if (char === '\\') {
      CONTROL_WORD.lastIndex = i;
      const match = CONTROL_WORD.exec(rtf);
      if (!match) {
        // `\*`, `\'hh` and other control symbols: two characters, or four for a hex escape.
        i += rtf[i + 1] === "'" ? 4 : 2;
        continue;
      }
      const [whole, word = '', parameter] = match;
      i += whole.length;
      if (!group) continue;
      if (group.destination === null) {
        group.destination = word;
        if (word === 'pict') {
          const inFallback = groups.some((g) => g.destination === 'nonshppict');
          group.picture = { format: null, hex: [], binary: false, inFallback };
        }
      }
      if (group.picture) {
        if (word === 'pngblip') group.picture.format = 'png';
        if (word === 'jpegblip') group.picture.format = 'jpeg';
      }
      if (word === 'bin') {
        if (group.picture) group.picture.binary = true;
        i += Math.max(0, Number(parameter ?? 0));
      }
    } else {
      let end = i;
      while (end < rtf.length && rtf[end] !== '{' && rtf[end] !== '}' && rtf[end] !== '\\') end++;
      group?.picture?.hex.push(rtf.slice(i, end));
      i = end;
    }
  }
  return images;
}
