import { inflateSync } from 'node:zlib';
import { describe, expect, it } from 'vitest';
import { deskArticleId, deskFiles } from '../../bench/newsroom-desk';
import { countWords } from '../../bench/uk-text';
import { parseArticleFile } from '../../electron/services/library/article-file';
import { mediaReferences } from '../../electron/services/library/media';
import { parseOutletFile } from '../../electron/services/outlet/outlet-file';
import { checkImage } from '../../shared/media/image-check';
import { sha256 } from '../fixtures/sha256';

function files(count: number, images: boolean): Map<string, string | Uint8Array> {
  return new Map(deskFiles(count, { images }));
}

describe('the benchmark newsroom desk', () => {
  it('holds the outlet and articles the app reads as its own, each its own text of a few hundred words', () => {
    const desk = files(3, false);
    expect([...desk.keys()]).toEqual([
      'outlet.json',
      ...[0, 1, 2].map((n) => `articles/${deskArticleId(n)}/article.json`),
    ]);
    expect(parseOutletFile(Buffer.from(desk.get('outlet.json') as string)).ok).toBe(true);
    const texts = [0, 1, 2].map((n) => {
      const parsed = parseArticleFile(
        desk.get(`articles/${deskArticleId(n)}/article.json`) as string,
        deskArticleId(n),
      );
      if (!parsed.ok) throw new Error('the app does not read a desk article');
      const words = (parsed.article.body.content ?? []).flatMap((p) => p.content ?? []).map((t) => t.text ?? '');
      return words.join(' ');
    });
    for (const text of texts) expect(countWords(text)).toBeGreaterThanOrEqual(200);
    for (const text of texts) expect(countWords(text)).toBeLessThan(400);
    expect(new Set(texts).size).toBe(3);
  });

  it('gives each illustrated article a ~150 KB PNG in its media, named by its hash and named as its featured image', () => {
    const desk = files(2, true);
    const images = [...desk].filter(([file]) => file.includes('/media/'));
    expect(images).toHaveLength(2);
    for (const [file, content] of images) {
      const bytes = content as Uint8Array;
      const id = file.split('/')[1] as string;
      expect(file).toBe(`articles/${id}/media/${sha256(bytes)}.png`);
      expect(bytes.byteLength).toBeGreaterThan(100_000);
      expect(bytes.byteLength).toBeLessThan(200_000);
      const image = checkImage('x.png', bytes.byteLength, bytes);
      expect(image).toMatchObject({ ok: true, format: 'png', width: 256, height: 196 });
      const parsed = parseArticleFile(desk.get(`articles/${id}/article.json`) as string, id);
      if (!parsed.ok) throw new Error('the app does not read an illustrated desk article');
      expect(mediaReferences(parsed.article)).toEqual([file.slice(`articles/${id}/`.length)]);
    }
    expect(sha256(images[0]?.[1] as Uint8Array)).not.toBe(sha256(images[1]?.[1] as Uint8Array));
  });

  it('makes pictures that decode whole and do not compress, as a photo does not', () => {
    const [, bytes] = [...deskFiles(1, { images: true })].find(([file]) => file.endsWith('.png')) ?? [];
    const png = Buffer.from(bytes as Uint8Array);
    const length = png.readUInt32BE(33);
    expect(png.toString('latin1', 37, 41)).toBe('IDAT');
    const pixels = inflateSync(png.subarray(41, 41 + length));
    expect(pixels.byteLength).toBe(196 * (1 + 256 * 3));
    expect(length).toBeGreaterThan(pixels.byteLength * 0.99);
  });

  it('is the same on every run', () => {
    const digest = () => [...deskFiles(2, { images: true })].map(([file, content]) => [file, sha256(content)]);
    expect(digest()).toEqual(digest());
  });
});
