import { mkdtemp, readFile, rm } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { crc32, inflateSync } from 'node:zlib';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { LINUX_SIZES, renderIcons } from '../../scripts/icons.mjs';

const PNG_SIGNATURE = Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]);
const CHANNELS: Record<number, number> = { 0: 1, 2: 3, 3: 1, 4: 2, 6: 4 };

interface DecodedPng {
  width: number;
  height: number;
  colourType: number;
  /** The raw scanlines: a filter byte, then one row of pixels, per line. */
  pixels: Buffer;
}

/**
 * Decodes a PNG far enough to trust it: signature, every chunk's CRC, IHDR, and image data that inflates to
 * exactly one filter byte plus one row of pixels per line.
 */
function decodePng(bytes: Buffer): DecodedPng {
  expect(bytes.subarray(0, 8).equals(PNG_SIGNATURE)).toBe(true);
  let offset = 8;
  let width = 0;
  let height = 0;
  let bitDepth = 0;
  let colourType = 0;
  const data: Buffer[] = [];
  let ended = false;
  while (offset < bytes.length) {
    const length = bytes.readUInt32BE(offset);
    const type = bytes.toString('latin1', offset + 4, offset + 8);
    const body = bytes.subarray(offset + 8, offset + 8 + length);
    expect(bytes.readUInt32BE(offset + 8 + length), `CRC of ${type}`).toBe(
      crc32(bytes.subarray(offset + 4, offset + 8 + length)),
    );
    if (type === 'IHDR') {
      width = body.readUInt32BE(0);
      height = body.readUInt32BE(4);
      bitDepth = body[8] ?? 0;
      colourType = body[9] ?? 0;
    } else if (type === 'IDAT') data.push(body);
    else if (type === 'IEND') ended = true;
    offset += 12 + length;
  }
  expect(ended).toBe(true);
  const channels = CHANNELS[colourType] ?? 0;
  const rowBytes = Math.ceil((width * channels * bitDepth) / 8);
  const pixels = inflateSync(Buffer.concat(data));
  expect(rowBytes).toBeGreaterThan(0);
  expect(pixels.length).toBe(height * (1 + rowBytes));
  return { width, height, colourType, pixels };
}

/** The alpha of an 8-bit RGBA image's top-left pixel (row 0's filters None and Sub leave it as it is). */
function cornerAlpha(png: DecodedPng): number {
  expect(png.colourType).toBe(6);
  expect([0, 1]).toContain(png.pixels[0]);
  return png.pixels[4] ?? -1;
}

let outDir: string;
let written: string[];

beforeAll(async () => {
  outDir = await mkdtemp(path.join(os.tmpdir(), 'shpalta-icons-'));
  written = await renderIcons({ outDir });
}, 60_000);
afterAll(async () => {
  await rm(outDir, { recursive: true, force: true });
});

describe('scripts/icons.mjs', () => {
  it('writes the Linux sizes, the 1024 px PNG, the ICO and the ICNS', () => {
    const names = written.map((file) => path.relative(outDir, file).split(path.sep).join('/'));
    expect(names.sort()).toEqual(
      [...LINUX_SIZES.map((n) => `icons/${n}x${n}.png`), 'icon.png', 'icon.ico', 'icon.icns'].sort(),
    );
    expect(LINUX_SIZES).toEqual([16, 24, 32, 48, 64, 128, 256, 512, 1024]);
  });

  it('renders PNGs that decode at their stated size, transparent outside the rounded square', async () => {
    for (const size of LINUX_SIZES) {
      const png = decodePng(await readFile(path.join(outDir, 'icons', `${size}x${size}.png`)));
      expect([png.width, png.height]).toEqual([size, size]);
      expect(cornerAlpha(png)).toBe(0);
    }
    const large = decodePng(await readFile(path.join(outDir, 'icon.png')));
    expect([large.width, large.height]).toEqual([1024, 1024]);
  });

  it('makes an ICO whose entries cover 16 to 256 px, PNG from 64 px up and bitmaps below', async () => {
    const ico = await readFile(path.join(outDir, 'icon.ico'));
    expect(ico.readUInt16LE(0)).toBe(0); // reserved
    expect(ico.readUInt16LE(2)).toBe(1); // 1 = icon
    const count = ico.readUInt16LE(4);
    const entries = Array.from({ length: count }, (_, i) => {
      const at = 6 + i * 16;
      const size = ico[at] === 0 ? 256 : (ico[at] ?? 0);
      const bytes = ico.readUInt32LE(at + 8);
      const offset = ico.readUInt32LE(at + 12);
      expect(offset + bytes).toBeLessThanOrEqual(ico.length);
      const image = ico.subarray(offset, offset + bytes);
      const png = image.subarray(0, 8).equals(PNG_SIGNATURE);
      if (png) expect(decodePng(image).width).toBe(size);
      else expect(image.readUInt32LE(0)).toBe(40); // BITMAPINFOHEADER
      return { size, png };
    });
    expect(entries.map((e) => e.size).sort((a, b) => a - b)).toEqual([16, 24, 32, 48, 64, 72, 96, 128, 256]);
    expect(
      entries
        .filter((e) => e.png)
        .map((e) => e.size)
        .sort((a, b) => a - b),
    ).toEqual([64, 72, 96, 128, 256]);
  });

  it('makes an ICNS with the retina PNG entries up to 1024 px and the small legacy ones', async () => {
    const icns = await readFile(path.join(outDir, 'icon.icns'));
    expect(icns.toString('latin1', 0, 4)).toBe('icns');
    expect(icns.readUInt32BE(4)).toBe(icns.length);
    const found = new Map<string, Buffer>();
    for (let at = 8; at < icns.length;) {
      const type = icns.toString('latin1', at, at + 4);
      const length = icns.readUInt32BE(at + 4);
      expect(length).toBeGreaterThan(8);
      found.set(type, icns.subarray(at + 8, at + length));
      at += length;
    }
    expect([...found.keys()].sort()).toEqual(
      ['ic07', 'ic08', 'ic09', 'ic10', 'ic11', 'ic12', 'ic13', 'ic14', 'il32', 'is32', 'l8mk', 's8mk'].sort(),
    );
    const pngSizes: Record<string, number> = { ic07: 128, ic08: 256, ic09: 512, ic10: 1024, ic11: 32, ic12: 64 };
    for (const [type, size] of Object.entries(pngSizes)) {
      expect(decodePng(found.get(type) as Buffer).width, type).toBe(size);
    }
  });
});
