import { describe, expect, it } from 'vitest';
import {
  ImageImportError,
  importFileName,
  importImage,
  isImageFile,
} from '../../../../renderer/src/editor/blocks/image-import';
import { ApiError } from '../../../../shared/api/errors';
import { blockContext, FakeEditorApi } from './support/block-editor';

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

  it('sends the bytes as base64 and returns the stored src', async () => {
    const api = new FakeEditorApi();
    const src = await importImage(blockContext(api), new File([new Uint8Array([1, 2, 3])], '', { type: 'image/gif' }));
    expect(src).toMatch(/^media\/[0-9a-f]{64}\.gif$/);
    expect(api.imports[0]?.fileName).toBe('image.gif');
    expect([...(api.imports[0]?.bytes ?? [])]).toEqual([1, 2, 3]);
  });

  it('turns the library’s refusals into messages for people', async () => {
    const api = new FakeEditorApi();
    const context = blockContext(api, 'en');
    api.failNextImport(new ApiError('invalid-argument', 'x'));
    await expect(importImage(context, new File(['x'], 'a.png', { type: 'image/png' }))).rejects.toThrow(
      new ImageImportError('The file “a.png” does not look like an image. JPG, PNG, GIF, WebP, AVIF and SVG will do.'),
    );
    api.failNextImport(new ApiError('host-unreachable', 'Немає зв’язку з програмою.'));
    await expect(importImage(context, new File(['x'], 'a.png', { type: 'image/png' }))).rejects.toThrow(
      '“a.png” could not be added: Немає зв’язку з програмою.',
    );
  });
});
