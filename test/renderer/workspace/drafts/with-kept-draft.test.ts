import { afterEach, describe, expect, it } from 'vitest';
import type { ArticleFile } from '../../../../shared/api/contract';
import { newArticle } from '../../../../shared/domain/article';
import { lastCopy } from '../../../../renderer/src/workspace/drafts/last-copy';
import { withKeptDraft } from '../../../../renderer/src/workspace/drafts/with-kept-draft';

const original = newArticle('a1', '2026-12-06T10:00:00.000Z', { headline: 'Заголовок' });
const sent = { ...original, headline: 'Заголовок, надісланий' };
const typedAfter = { ...original, headline: 'Заголовок, надісланий і дописаний' };
const onDisk = (article = original, hash = 'h0'): ArticleFile => ({ article, hash, unsupported: null });

describe('withKeptDraft and the last-resort copy', () => {
  afterEach(() => localStorage.clear());

  it('opens the edits kept as the page went, on their base', async () => {
    lastCopy.keep({ id: 'a1', baseHash: 'h0', article: typedAfter, keptAt: 1 });
    const opened = await withKeptDraft(onDisk());
    expect(opened.restored).toBe(true);
    expect(opened.file.article.headline).toBe('Заголовок, надісланий і дописаний');
    expect(opened.file.hash).toBe('h0');
  });

  it('stands the edits on the disk’s version when a save they were waiting for landed meanwhile', async () => {
    lastCopy.keep({ id: 'a1', baseHash: 'h0', article: typedAfter, unconfirmed: [sent], keptAt: 1 });
    const landed = { ...sent, updatedAt: '2026-12-06T10:05:00.000Z' };
    const opened = await withKeptDraft(onDisk(landed, 'h1'));
    expect(opened.restored).toBe(true);
    expect(opened.file.hash).toBe('h1');
  });

  it('keeps the old base when the disk holds someone else’s version: a conflict stays a conflict', async () => {
    lastCopy.keep({ id: 'a1', baseHash: 'h0', article: typedAfter, unconfirmed: [sent], keptAt: 1 });
    const theirs = { ...original, headline: 'Чужий заголовок' };
    const opened = await withKeptDraft(onDisk(theirs, 'h2'));
    expect(opened.file.hash).toBe('h0');
  });

  it('drops a copy the disk already holds', async () => {
    lastCopy.keep({ id: 'a1', baseHash: 'h0', article: original, keptAt: 1 });
    const opened = await withKeptDraft(onDisk());
    expect(opened.restored).toBe(false);
    expect(lastCopy.read('a1')).toBeNull();
  });
});
