import { mkdir, readFile, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { beforeEach, describe, expect, it } from 'vitest';
import { LibraryStore } from '../../../../../electron/services/library/library-store';
import { ArticleSchema, type Article } from '../../../../../shared/domain/article';
import { buildVersion, versionOf, type CrashArticlePlan } from '../../../../fixtures/crash/article-versions';
import {
  articleFilePath,
  CrashChecker,
  scanArticleFolders,
  sha256,
  type ArticleExpectation,
} from '../../../../fixtures/crash/check-library';
import { useTempDirs } from '../../../../fixtures/temp-dir';

const pretty = (article: Article): string => `${JSON.stringify(article, null, 2)}\n`;

/** The crash test is only as good as its checker: each way a file can be wrong must be caught. */
describe('the crash-test checker', () => {
  const tempDir = useTempDirs('shpalta-crash-checker-');
  let root: string;
  let file: string;
  let plan: CrashArticlePlan;
  /** The bytes on disk after each acknowledged save, by version. */
  const saved = new Map<number, Buffer>();
  let hashes: Map<number, string>;

  const expectation = (ackedVersion: number, inFlight: number | null = null): ArticleExpectation => ({
    plan,
    acked: { version: ackedVersion, hash: hashes.get(ackedVersion) ?? '' },
    inFlight,
  });

  beforeEach(async () => {
    root = path.join(await tempDir(), 'Шпальта');
    const store = new LibraryStore(root);
    await store.ensure();
    const created = await store.create('Краш-тест');
    plan = { id: created.article.id, createdAt: created.article.createdAt, bytes: 64 * 1024 };
    file = articleFilePath(root, plan.id);
    hashes = new Map();
    saved.clear();
    let hash = created.hash;
    for (const version of [1, 2, 3]) {
      hash = (await store.save(buildVersion(plan, version), hash)).hash;
      hashes.set(version, hash);
      saved.set(version, await readFile(file));
    }
  });

  const verdictOf = (exp: ArticleExpectation) => new CrashChecker(root).check(exp);

  it('accepts the last acknowledged version', async () => {
    expect(await verdictOf(expectation(3))).toMatchObject({ ok: true, version: 3, hash: hashes.get(3) });
  });

  it('accepts the version in flight, and only when one was in flight', async () => {
    const store = new LibraryStore(root);
    await store.save(buildVersion(plan, 4), hashes.get(3) ?? null);
    expect(await verdictOf(expectation(3, 4))).toMatchObject({ ok: true, version: 4 });
    expect(await verdictOf(expectation(3))).toMatchObject({ ok: false, problem: expect.stringMatching(/never saved/) });
  });

  it('rejects an older version than the last acknowledged one', async () => {
    await writeFile(file, saved.get(2) ?? '');
    expect(await verdictOf(expectation(3, 4))).toMatchObject({
      ok: false,
      path: file,
      problem: expect.stringMatching(/version 2 .*older/),
    });
  });

  it('rejects a truncated file', async () => {
    const bytes = saved.get(3) ?? Buffer.alloc(0);
    await writeFile(file, bytes.subarray(0, Math.floor(bytes.length / 2)));
    expect(await verdictOf(expectation(3))).toMatchObject({ ok: false, problem: expect.stringMatching(/not JSON/) });
    await writeFile(file, '');
    expect(await verdictOf(expectation(3))).toMatchObject({ ok: false, problem: expect.stringMatching(/not JSON/) });
  });

  it('rejects a file whose bytes mix two versions', async () => {
    const newer = saved.get(3) ?? Buffer.alloc(0);
    const older = saved.get(2) ?? Buffer.alloc(0);
    const cut = Math.floor(newer.length / 2);
    await writeFile(file, Buffer.concat([newer.subarray(0, cut), older.subarray(cut)]));
    expect(await verdictOf(expectation(3))).toMatchObject({ ok: false });
  });

  it('rejects a well-formed file whose body mixes two versions', async () => {
    const newer = JSON.parse((saved.get(3) ?? '').toString()) as Article;
    const older = JSON.parse((saved.get(2) ?? '').toString()) as Article;
    const content = [...(newer.body.content ?? [])];
    content[10] = older.body.content?.[10] ?? { type: 'paragraph' };
    await writeFile(file, pretty({ ...newer, body: { ...newer.body, content } }));
    expect(await verdictOf(expectation(3))).toMatchObject({
      ok: false,
      problem: expect.stringMatching(/claims version 3 .*body paragraph 10/),
    });
  });

  it('rejects the acknowledged version number with bytes other than the acknowledged ones', async () => {
    const newer = JSON.parse((saved.get(3) ?? '').toString()) as Article;
    await writeFile(file, pretty({ ...newer, updatedAt: '2030-01-01T00:00:00.000Z' }));
    expect(await verdictOf(expectation(3))).toMatchObject({
      ok: false,
      problem: expect.stringMatching(/hash differs/),
    });
  });

  it('rejects a file that is JSON but not an article', async () => {
    const { id: _id, ...withoutId } = JSON.parse((saved.get(3) ?? '').toString()) as Article;
    await writeFile(file, JSON.stringify(withoutId));
    expect(await verdictOf(expectation(3))).toMatchObject({
      ok: false,
      problem: expect.stringMatching(/ArticleSchema: id/),
    });
  });

  it('rejects a missing file', async () => {
    const checker = new CrashChecker(root);
    const missing = { ...expectation(3), plan: { ...plan, id: 'mwyrzzzz-00000000' } };
    expect(await checker.check(missing)).toMatchObject({ ok: false, problem: expect.stringMatching(/ENOENT/) });
  });

  it('remembers verified contents by hash, but still checks the version rule against them', async () => {
    const checker = new CrashChecker(root);
    expect(await checker.check(expectation(3))).toMatchObject({ ok: true });
    expect(await checker.check(expectation(2))).toMatchObject({ ok: false, problem: expect.stringMatching(/never/) });
  });

  it('finds temp files a killed write left in an article folder, and anything else unexpected', async () => {
    const folder = path.dirname(file);
    await writeFile(path.join(folder, '.article.json.0a1b2c3d4e5f.tmp'), 'обрізаний запис');
    await mkdir(path.join(folder, 'media'));
    const { temp, unexpected } = await scanArticleFolders(root);
    expect(temp).toEqual([{ path: path.join(folder, '.article.json.0a1b2c3d4e5f.tmp'), bytes: 29 }]);
    expect(unexpected).toEqual([path.join(folder, 'media')]);
  });
});

describe('crash-test article versions', () => {
  const plan = (bytes: number): CrashArticlePlan => ({
    id: 'mwyrr3k8-3bddbb29',
    createdAt: '2025-12-19T18:44:00.000Z',
    bytes,
  });

  it.each([1024, 64 * 1024, 1024 * 1024, 5 * 1024 * 1024])(
    'an article planned at %i bytes is valid and about that size',
    (bytes) => {
      const article = buildVersion(plan(bytes), 7);
      // The body is attached past newArticle's schema parse, so check here that the whole is an article.
      expect(ArticleSchema.parse(article)).toEqual(article);
      const size = Buffer.byteLength(pretty(article));
      expect(size).toBeGreaterThan(bytes * 0.9);
      expect(size).toBeLessThan(bytes * 1.1 + 200);
    },
  );

  it('rebuilds the same version exactly, and stamps the version in every paragraph', () => {
    const a = buildVersion(plan(64 * 1024), 12);
    expect(buildVersion(plan(64 * 1024), 12)).toEqual(a);
    expect(versionOf(a)).toBe(12);
    const b = buildVersion(plan(64 * 1024), 13);
    const pairs = (a.body.content ?? []).map((node, i) => [node, b.body.content?.[i]]);
    expect(pairs.length).toBeGreaterThan(10);
    for (const [x, y] of pairs) expect(x).not.toEqual(y);
    expect(sha256(pretty(a))).not.toBe(sha256(pretty(b)));
  });
});
