import { mkdir, symlink, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { beforeEach, describe, expect, it } from 'vitest';
import { mediaContentType, readArticleMedia } from '../../../../electron/services/library/media';
import { useTempDirs } from '../../../fixtures/temp-dir';
import { sha256 } from '../../../fixtures/sha256';

const PNG = Buffer.from('89504e470d0a1a0a0000000d4948445200000001', 'hex');

describe('mediaContentType', () => {
  it('names the type of each stored image kind', () => {
    const hash = sha256('x');
    expect(mediaContentType(`media/${hash}.jpg`)).toBe('image/jpeg');
    expect(mediaContentType(`media/${hash}.png`)).toBe('image/png');
    expect(mediaContentType(`media/${hash}.gif`)).toBe('image/gif');
    expect(mediaContentType(`media/${hash}.webp`)).toBe('image/webp');
    expect(mediaContentType(`media/${hash}.avif`)).toBe('image/avif');
    expect(mediaContentType(`media/${hash}.svg`)).toBe('image/svg+xml');
  });

  it('has no type for anything that is not a media name', () => {
    const hash = sha256('x');
    expect(mediaContentType(`media/${hash}.html`)).toBeNull();
    expect(mediaContentType(`media/${hash}.js`)).toBeNull();
    expect(mediaContentType('article.json')).toBeNull();
    expect(mediaContentType(`media/../${hash}.png`)).toBeNull();
  });
});

describe('readArticleMedia', () => {
  const tempDir = useTempDirs('shpalta-media-read-');
  let articleDir: string;
  let outside: string;
  const hash = sha256(PNG);
  const src = `media/${hash}.png`;

  beforeEach(async () => {
    const root = await tempDir();
    articleDir = path.join(root, 'articles', 'm3k9x2ab-5f1c9e0d');
    await mkdir(path.join(articleDir, 'media'), { recursive: true });
    await writeFile(path.join(articleDir, src), PNG);
    outside = path.join(root, 'secret.png');
    await writeFile(outside, 'not for the page');
  });

  it('reads a stored image with its type', async () => {
    const file = await readArticleMedia(articleDir, src);
    expect(file?.contentType).toBe('image/png');
    expect(Buffer.compare(file?.bytes ?? Buffer.alloc(0), PNG)).toBe(0);
  });

  it('answers null for a missing file', async () => {
    expect(await readArticleMedia(articleDir, `media/${sha256('nothing')}.png`)).toBeNull();
  });

  it('never reads outside the media folder, whatever the name', async () => {
    expect(await readArticleMedia(articleDir, '../secret.png')).toBeNull();
    expect(await readArticleMedia(articleDir, 'media/../../secret.png')).toBeNull();
    expect(await readArticleMedia(articleDir, 'article.json')).toBeNull();
    expect(await readArticleMedia(articleDir, outside)).toBeNull();
  });

  it('does not follow a symbolic link a synced folder may carry', async () => {
    const linked = `media/${sha256('link')}.png`;
    await symlink(outside, path.join(articleDir, linked));
    expect(await readArticleMedia(articleDir, linked)).toBeNull();
  });

  it('answers null for a folder of a media name', async () => {
    const folder = `media/${sha256('folder')}.png`;
    await mkdir(path.join(articleDir, folder));
    expect(await readArticleMedia(articleDir, folder)).toBeNull();
  });
});
