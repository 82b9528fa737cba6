import { describe, expect, it } from 'vitest';
import { metadataFormat, stripMetadata, type StripResult } from '../../../../shared/media/metadata/strip-metadata';
import { cameraPhoto, secretsIn, type CameraPhoto } from '../../../fixtures/camera-photos';
import { GIF_1x1, isoImage, png, SVG, WEBP_LOSSLESS_1x1 } from '../../../fixtures/images';

const PHOTOS: CameraPhoto[] = ['camera.jpg', 'camera-turned.jpg', 'camera-cmyk.jpg', 'camera.png', 'camera.webp'];
const KINDS = new Set(['unchanged', 'stripped', 'turned', 'unreadable']);

/** Seeded, so that a failure comes back the same: mulberry32. */
function random(seed: number): () => number {
  let state = seed >>> 0;
  return () => {
    state = (state + 0x6d2b79f5) >>> 0;
    let t = state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

/** What every answer must be, whatever it was given: one of the four kinds, well formed, never longer. */
function expectWellFormed(result: StripResult, input: Uint8Array, label: string): void {
  expect(KINDS.has(result.kind), label).toBe(true);
  if (result.kind === 'unchanged') expect(result.bytes, label).toBe(input);
  if (result.kind === 'stripped') {
    expect(result.bytes.length, label).toBeLessThan(input.length);
    expect(result.removed.length, label).toBeGreaterThan(0);
  }
}

describe('stripMetadata: the one entry, by the bytes’ own format', () => {
  it('tells JPEG, PNG and WebP by their signatures, whatever the name', () => {
    expect(metadataFormat(cameraPhoto('camera.jpg'))).toBe('jpeg');
    expect(metadataFormat(cameraPhoto('camera.png'))).toBe('png');
    expect(metadataFormat(cameraPhoto('camera.webp'))).toBe('webp');
    expect(metadataFormat(GIF_1x1)).toBeNull();
    expect(stripMetadata(cameraPhoto('camera.jpg')).kind).toBe('stripped');
    expect(stripMetadata(cameraPhoto('camera.png')).kind).toBe('stripped');
    expect(stripMetadata(cameraPhoto('camera.webp')).kind).toBe('stripped');
    expect(stripMetadata(cameraPhoto('camera-turned.jpg')).kind).toBe('turned');
  });

  it('leaves a GIF, an AVIF and what is no image as they are (the service refuses the last)', () => {
    const avif = isoImage(['avif', 'mif1'], { width: 640, height: 480 });
    for (const bytes of [GIF_1x1, avif, SVG, Buffer.from('plain text'), Buffer.alloc(0)]) {
      expect(stripMetadata(bytes)).toEqual({ kind: 'unchanged', bytes });
    }
  });

  it('leaves a picture with nothing in it as it is: a screenshot, a canvas’s PNG, a lossless WebP', () => {
    for (const bytes of [png(3, 2), WEBP_LOSSLESS_1x1])
      expect(stripMetadata(bytes)).toEqual({ kind: 'unchanged', bytes });
  });
});

describe('stripMetadata on cut, damaged and hostile files: never throws, never lets the camera’s data through', () => {
  it('every cut of every photo: an answer, and what may go to the library holds none of the camera’s data', () => {
    for (const name of PHOTOS) {
      const photo = cameraPhoto(name);
      for (let end = 0; end <= photo.length; end++) {
        const cut = photo.subarray(0, end);
        const result = stripMetadata(cut);
        expectWellFormed(result, cut, `${name} cut at ${end}`);
        if (result.kind === 'unchanged' || result.kind === 'stripped')
          expect(secretsIn(result.bytes), `${name} cut at ${end}`).toEqual([]);
      }
    }
  });

  it('random damage to every photo (a few bytes each, 400 times): an answer every time', () => {
    const next = random(20_260_314);
    for (const name of PHOTOS) {
      const photo = cameraPhoto(name);
      for (let round = 0; round < 400; round++) {
        const damaged = Buffer.from(photo);
        const changes = 1 + Math.floor(next() * 8);
        for (let i = 0; i < changes; i++) damaged[Math.floor(next() * damaged.length)] = Math.floor(next() * 256);
        expectWellFormed(stripMetadata(damaged), damaged, `${name} round ${round}`);
      }
    }
  });

  it('random bytes behind each signature: an answer every time', () => {
    const next = random(47_113);
    const signatures = [[0xff, 0xd8, 0xff], [0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a], [...Buffer.from('RIFF')]];
    for (let round = 0; round < 600; round++) {
      const signature = signatures[round % signatures.length] ?? [];
      const bytes = Buffer.alloc(signature.length + Math.floor(next() * 3000));
      bytes.set(signature);
      for (let i = signature.length; i < bytes.length; i++) bytes[i] = Math.floor(next() * 256);
      if (round % 3 === 2 && bytes.length >= 12) bytes.write('WEBP', 8, 'latin1');
      expectWellFormed(stripMetadata(bytes), bytes, `round ${round}`);
    }
  });

  it('hostile shapes: megabytes of fill bytes, a scan of stuffed bytes, lengths at their largest', () => {
    const fill = Buffer.alloc(4 * 1024 * 1024, 0xff);
    fill.set([0xff, 0xd8]);
    expect(stripMetadata(fill)).toEqual({ kind: 'unreadable', format: 'jpeg' });

    // SOS with a valid header, then 4 MB of FF 00 pairs and no end: kept as far as it goes, nothing taken.
    const scan = Buffer.alloc(4 * 1024 * 1024);
    for (let i = 0; i < scan.length; i += 2) scan[i] = 0xff;
    const sos = Buffer.from([0xff, 0xd8, 0xff, 0xda, 0x00, 0x08, 0x01, 0x01, 0x00, 0x00, 0x3f, 0x00]);
    const stuffed = Buffer.concat([sos, scan]);
    const result = stripMetadata(stuffed);
    expect(result.kind).toBe('unchanged');
    expect(result.kind === 'unchanged' && result.bytes).toBe(stuffed);

    const png = Buffer.concat([Buffer.from('89504e470d0a1a0a', 'hex'), Buffer.from('ffffffff49484452', 'hex')]);
    expect(stripMetadata(png)).toEqual({ kind: 'unreadable', format: 'png' });
    const webp = Buffer.from('RIFF\xff\xff\xff\xffWEBPVP8X\xff\xff\xff\xff', 'latin1');
    expect(stripMetadata(webp)).toEqual({ kind: 'unreadable', format: 'webp' });
  });
});
