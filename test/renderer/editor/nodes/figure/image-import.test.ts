import { describe, expect, it, vi } from 'vitest';
import {
  ImageImportError,
  importFileName,
  importImage,
  isImageFile,
} from '../../../../../renderer/src/editor/nodes/figure/image-import';
import { renditionNoticeMessage } from '../../../../../renderer/src/editor/nodes/figure/rendition-notice';
import { createTranslator } from '../../../../../renderer/src/i18n/i18n';
import {
  cameraJpegWithoutMetadata,
  cameraPhoto,
  pngChunks,
  secretsIn,
  webpChunks,
} from '../../../../fixtures/camera-photos';
import { sha256 } from '../../../../fixtures/sha256';
import { GIF_1x1, png, SVG } from '../../../../fixtures/images';
import { useEditorLibrary } from '../../support/real-editor-api';

const openLibrary = useEditorLibrary();

describe('image import', () => {
  it('knows images by type or by name', () => {
    expect(isImageFile({ name: 'фото.JPG', type: '' })).toBe(true);
    expect(isImageFile({ name: 'image', type: 'image/png' })).toBe(true);
    expect(isImageFile({ name: 'схема.svg', type: 'image/svg+xml' })).toBe(true);
    expect(isImageFile({ name: 'відео.mp4', type: 'video/mp4' })).toBe(false);
    expect(isImageFile({ name: 'photo.heic', type: 'image/heic' })).toBe(false);
  });

  it('gives a pasted screenshot a name the library accepts', () => {
    expect(importFileName({ name: 'image.png', type: 'image/png' })).toBe('image.png');
    expect(importFileName({ name: '', type: 'image/png' })).toBe('image.png');
    expect(importFileName({ name: 'clipboard', type: 'image/jpeg' })).toBe('clipboard.jpg');
    expect(importFileName({ name: 'Знімок екрана', type: 'image/webp' })).toBe('Знімок екрана.webp');
  });

  it('sends the bytes as base64 and returns the stored src and size', async () => {
    const library = await openLibrary();
    const bytes = new Uint8Array(GIF_1x1);
    const stored = await importImage(library.context(), new File([bytes], '', { type: 'image/gif' }));
    // A picture within the web size is stored byte for byte: no rendition, nothing else asked.
    expect(stored).toEqual({ src: `media/${sha256(bytes)}.gif`, width: 1, height: 1, rendition: null });
    expect(library.api.callsOf('media.import')).toEqual([
      { articleId: library.articleId, fileName: 'image.gif', base64: GIF_1x1.toString('base64') },
    ]);
    expect(await library.mediaFiles()).toEqual({ [`${sha256(bytes)}.gif`]: Buffer.from(bytes) });
  });

  it('leaves a GIF over the web size as it is (it may be animated): byte for byte, no rendition', async () => {
    const library = await openLibrary();
    const bytes = new Uint8Array(GIF_1x1);
    new DataView(bytes.buffer).setUint16(6, 8000, true);
    new DataView(bytes.buffer).setUint16(8, 6000, true);
    const stored = await importImage(library.context(), new File([bytes], 'анімація.gif', { type: 'image/gif' }));
    expect(stored).toEqual({ src: `media/${sha256(bytes)}.gif`, width: 8000, height: 6000, rendition: null });
    expect(await library.mediaFiles()).toEqual({ [`${sha256(bytes)}.gif`]: Buffer.from(bytes) });
    expect(library.api.callsOf('media.keepOriginal')).toEqual([]);
  });

  it('refuses what is not an image by its bytes, before sending it, in the UI’s language', async () => {
    const library = await openLibrary();
    const context = library.context('en');
    await expect(importImage(context, new File(['just text'], 'fake.png', { type: 'image/png' }))).rejects.toThrow(
      new ImageImportError('The file “fake.png” is not an image. JPG, PNG, GIF, WebP and AVIF will do.'),
    );
    await expect(
      importImage(context, new File([new Uint8Array(SVG)], 'logo.svg', { type: 'image/svg+xml' })),
    ).rejects.toThrow(
      new ImageImportError('The SVG format is not supported (“logo.svg”). JPG, PNG, GIF, WebP and AVIF will do.'),
    );
    expect(library.api.callsOf('media.import')).toEqual([]);
  });

  it('turns the library’s refusals into messages for people', async () => {
    const library = await openLibrary();
    const context = library.context('en');
    const picture = () => png(2, 2);
    // A name longer than the API takes: the contract refuses the call (invalid-argument), in its own words.
    const long = `${'x'.repeat(300)}.png`;
    await expect(
      importImage(context, new File([new Uint8Array(picture())], long, { type: 'image/png' })),
    ).rejects.toThrow(/media\.import/);
    // The disk is full: the library's own io-error, worded in the UI's language (English here), not the service's.
    const fault = library.failMediaWrites('ENOSPC');
    await expect(
      importImage(context, new File([new Uint8Array(picture())], 'a.png', { type: 'image/png' })),
    ).rejects.toThrow(
      new ImageImportError('“a.png” could not be saved to disk: The image could not be saved: the disk is full.'),
    );
    expect(fault.hits).toBe(1);
    expect(await library.mediaFiles()).toEqual({});
    // The article went to the trash in the meantime (another window): any other refusal, with its message.
    await library.otherWindow.invoke('article.trash', { id: library.articleId });
    await expect(
      importImage(context, new File([new Uint8Array(picture())], 'a.png', { type: 'image/png' })),
    ).rejects.toThrow('“a.png” could not be added: Article not found: it may have been deleted or moved.');
  });

  it('a small camera JPEG reaches the library without its camera data, named by the hash of what is stored', async () => {
    const library = await openLibrary();
    // Originals are kept for redrawn photos only: nothing here asks, whatever the setting.
    await library.otherWindow.invoke('settings.update', { media: { keepOriginals: true } });
    const photo = cameraPhoto('camera.jpg');
    const stored = await importImage(
      library.context(),
      new File([new Uint8Array(photo)], 'IMG_0412.JPG', { type: 'image/jpeg' }),
    );

    // What the library holds: the photo less its EXIF, XMP, IPTC and comment; every other byte as it was.
    const expected = cameraJpegWithoutMetadata(photo);
    expect(stored).toEqual({
      src: `media/${sha256(expected)}.jpg`,
      width: 96,
      height: 64,
      rendition: { made: 'cleaned', original: 'not-kept' },
    });
    const files = await library.mediaFiles();
    expect(Object.keys(files)).toEqual([`${sha256(expected)}.jpg`]);
    expect(files[`${sha256(expected)}.jpg`]?.equals(expected)).toBe(true);
    expect(secretsIn(expected)).toEqual([]);
    expect(library.api.callsOf('settings.get')).toEqual([]);
    expect(library.api.callsOf('media.keepOriginal')).toEqual([]);
    // The person is told, in the words of the photo notice.
    const report = stored.rendition;
    expect(report && createTranslator('uk').message(renditionNoticeMessage(report))).toBe(
      'З фото вилучено дані камери й місця зйомки для бібліотеки.',
    );
    expect(report && createTranslator('en').message(renditionNoticeMessage(report))).toBe(
      'Camera and location data removed from the photo for the library.',
    );
  });

  it('a PNG and a WebP likewise: the metadata chunks gone, the picture’s chunks whole', async () => {
    const library = await openLibrary();
    const png = cameraPhoto('camera.png');
    const webp = cameraPhoto('camera.webp');
    const storedPng = await importImage(
      library.context(),
      new File([new Uint8Array(png)], 'screen.png', { type: 'image/png' }),
    );
    const storedWebp = await importImage(
      library.context(),
      new File([new Uint8Array(webp)], 'photo.webp', { type: 'image/webp' }),
    );
    expect(storedPng.rendition).toEqual({ made: 'cleaned', original: 'not-kept' });
    expect(storedWebp.rendition).toEqual({ made: 'cleaned', original: 'not-kept' });
    const files = await library.mediaFiles();
    const pngFile = files[storedPng.src.replace('media/', '')] ?? Buffer.alloc(0);
    const webpFile = files[storedWebp.src.replace('media/', '')] ?? Buffer.alloc(0);
    expect(storedPng.src).toBe(`media/${sha256(pngFile)}.png`);
    expect(storedWebp.src).toBe(`media/${sha256(webpFile)}.webp`);
    expect(pngChunks(pngFile).map((chunk) => chunk.type)).toEqual(['IHDR', 'iCCP', 'cHRM', 'bKGD', 'IDAT', 'IEND']);
    expect(webpChunks(webpFile).map((chunk) => chunk.type)).toEqual(['VP8X', 'ICCP', 'ALPH', 'VP8 ']);
    expect(secretsIn(pngFile)).toEqual([]);
    expect(secretsIn(webpFile)).toEqual([]);
  });

  it('a picture with nothing to take out goes byte for byte, and nothing is said', async () => {
    const library = await openLibrary();
    const bytes = png(4, 3);
    const stored = await importImage(
      library.context(),
      new File([new Uint8Array(bytes)], 'схема.png', { type: 'image/png' }),
    );
    expect(stored).toEqual({ src: `media/${sha256(bytes)}.png`, width: 4, height: 3, rendition: null });
    expect(await library.mediaFiles()).toEqual({ [`${sha256(bytes)}.png`]: bytes });
  });

  it('a turned photo the browser cannot redraw is refused in words: never stored with its camera data', async () => {
    const library = await openLibrary();
    // The page's picture worker, as a browser that cannot decode this file answers.
    class FailingWorker {
      onmessage: ((event: MessageEvent) => void) | null = null;
      onerror: ((event: ErrorEvent) => void) | null = null;
      postMessage(): void {
        queueMicrotask(() =>
          this.onmessage?.(new MessageEvent('message', { data: { ok: false, reason: 'decode failed' } })),
        );
      }
      terminate(): void {}
    }
    vi.stubGlobal('Worker', FailingWorker);
    const photo = cameraPhoto('camera-turned.jpg');
    await expect(
      importImage(library.context('en'), new File([new Uint8Array(photo)], 'IMG_0413.JPG', { type: 'image/jpeg' })),
    ).rejects.toThrow(
      new ImageImportError(
        'Could not remove the camera data from “IMG_0413.JPG” (decode failed), so the photo was not added: camera and location data must not reach the shared library.',
      ),
    );
    expect(library.api.callsOf('media.import')).toEqual([]);
    expect(await library.mediaFiles()).toEqual({});
  });
});
