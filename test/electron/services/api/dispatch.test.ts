import { readFile, rm, writeFile } from 'node:fs/promises';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { HandlerTable } from '../../../../shared/api/contract';
import { ApiError, toApiError, type ApiErrorShape } from '../../../../shared/api/errors';
import { createTranslator } from '../../../../shared/i18n/translate';
import { message } from '../../../../shared/i18n/message';
import { newArticle } from '../../../../shared/domain/article';
import type { DocNode } from '../../../../shared/domain/doc';
import type { Envelope } from '../../../../shared/api/result';
import { dispatch, type DispatchLogger } from '../../../../electron/services/api/dispatch';
import { settingsFilePath } from '../../../../electron/services/settings/paths';
import { createTestApp, type TestApp } from '../../../fixtures/test-app';
import { useTempDirs } from '../../../fixtures/temp-dir';

class RecordingLogger implements DispatchLogger {
  readonly entries: { message: string; error: unknown }[] = [];
  error(message: string, error: unknown): void {
    this.entries.push({ message, error });
  }
}

const ukrainian = createTranslator('uk');

/** The failure as the Ukrainian UI words it (`message`), and as it crossed the wire. */
function errorOf(envelope: Envelope<unknown>): { code: string; message: string; wire: ApiErrorShape } {
  if (envelope.ok) throw new Error(`expected a failure, got ${JSON.stringify(envelope.value)}`);
  const wire = envelope.error;
  return { code: wire.code, message: ukrainian.message(toApiError(wire).reason), wire };
}

function valueOf<T = Record<string, unknown>>(envelope: Envelope<unknown>): T {
  if (!envelope.ok) throw new Error(`expected success, got ${JSON.stringify(envelope.error)}`);
  return envelope.value as T;
}

const CYRILLIC = /[а-яіїєґ]/i;

describe('dispatch', () => {
  const tempDir = useTempDirs('shpalta-dispatch-');
  let app: TestApp;
  let handlers: HandlerTable;
  let logger: RecordingLogger;

  beforeEach(async () => {
    app = await createTestApp(await tempDir());
    handlers = app.services.handlers;
    logger = new RecordingLogger();
  });

  afterEach(() => app.services.dispose());

  describe('unknown methods', () => {
    it.each([['article.delete'], [''], ['toString'], ['constructor'], ['__proto__'], ['hasOwnProperty'], ['events']])(
      '%j answers unknown-method',
      async (method) => {
        const error = errorOf(await dispatch(handlers, method, {}, logger));
        expect(error.code).toBe('unknown-method');
        expect(error.message).toMatch(CYRILLIC);
        expect(logger.entries).toEqual([]);
      },
    );

    it('does not echo an unbounded method name back', async () => {
      const error = errorOf(await dispatch(handlers, 'x'.repeat(10_000), {}, logger));
      expect(error.code).toBe('unknown-method');
      expect(error.message.length).toBeLessThan(300);
    });
  });

  describe('invalid arguments', () => {
    it('a body nested too deep for the recursive schema is refused, not thrown (issue 15)', async () => {
      let node: DocNode = { type: 'paragraph' };
      for (let level = 0; level < 20_000; level += 1) node = { type: 'blockquote', content: [node] };
      const article = { ...newArticle('deep-save', '2025-12-01T09:00:00Z'), body: { type: 'doc', content: [node] } };
      const error = errorOf(await dispatch(handlers, 'article.save', { article, baseHash: null }, logger));
      expect(error.code).toBe('invalid-argument');
      expect(error.message).toMatch(/^Неприпустимий аргумент методу «article.save»/);
      expect(error.message).not.toMatch(/stack|RangeError/i);
    });

    it('names the method and the field in Ukrainian', async () => {
      const error = errorOf(await dispatch(handlers, 'article.get', { id: '../etc' }, logger));
      expect(error.code).toBe('invalid-argument');
      expect(error.message).toContain('«article.get»');
      expect(error.message).toMatch(/\bid: /);
      expect(error.message).toMatch(/^Неприпустимий аргумент/);
      expect(error.message).toContain('ідентифікатор статті має містити лише латинські літери');
    });

    it('does not double the final full stop', async () => {
      const error = errorOf(await dispatch(handlers, 'article.get', { id: '../etc' }, logger));
      expect(error.message).not.toMatch(/\.\.$/);
    });

    it('names a missing field', async () => {
      const error = errorOf(await dispatch(handlers, 'article.get', undefined, logger));
      expect(error.code).toBe('invalid-argument');
      expect(error.message).toMatch(/\bid: /);
    });

    it('says in plain words which article field is too long, without the validator’s terms', async () => {
      const created = valueOf<{ article: Record<string, unknown>; hash: string }>(
        await dispatch(handlers, 'article.create', { headline: 'Коротко' }),
      );
      const article = { ...created.article, headline: 'з'.repeat(1001), tags: Array.from({ length: 101 }, () => 'т') };
      const error = errorOf(await dispatch(handlers, 'article.save', { article, baseHash: created.hash }, logger));
      expect(error.code).toBe('invalid-argument');
      expect(error.message).toBe(
        'Статтю не збережено: заголовок задовгий: понад 1000 знаків; тегів забагато: понад 100.',
      );
      // The same reason, worded for an English UI.
      expect(createTranslator('en').message(toApiError(error.wire).reason)).toBe(
        'The article was not saved: the headline is too long: over 1000 characters; too many tags: over 100.',
      );
      expect(error.wire.message).toBe(
        'The article was not saved: the headline is too long: over 1000 characters; too many tags: over 100.',
      );
    });

    it('names nested fields with a dotted path', async () => {
      const error = errorOf(await dispatch(handlers, 'settings.update', { user: { role: 'admin' } }, logger));
      expect(error.code).toBe('invalid-argument');
      expect(error.message).toContain('user.role');
    });

    it('rejects unknown keys and non-object input', async () => {
      expect(errorOf(await dispatch(handlers, 'settings.update', { isAdmin: true }, logger)).code).toBe(
        'invalid-argument',
      );
      expect(errorOf(await dispatch(handlers, 'app.info', 'hello', logger)).code).toBe('invalid-argument');
      expect(errorOf(await dispatch(handlers, 'article.get', [], logger)).code).toBe('invalid-argument');
    });

    it('explains type errors in Ukrainian, not with the validator’s English defaults', async () => {
      const error = errorOf(await dispatch(handlers, 'article.create', { headline: 5 }, logger));
      expect(error.code).toBe('invalid-argument');
      expect(error.message).toContain('headline: ');
      const detail = error.message.split('headline: ')[1] ?? '';
      expect(detail).toMatch(CYRILLIC);
      expect(detail).not.toMatch(/Invalid input|expected|received/);
    });

    it('does not run the handler when the argument is invalid', async () => {
      const before = valueOf<{ articles: unknown[] }>(await dispatch(handlers, 'library.list', {}));
      await dispatch(handlers, 'article.create', { headline: 'x'.repeat(1001) }, logger);
      const after = valueOf<{ articles: unknown[] }>(await dispatch(handlers, 'library.list', {}));
      expect(after.articles).toHaveLength(before.articles.length);
    });
  });

  describe('handler failures', () => {
    it('passes an ApiError’s code and message through (not-found)', async () => {
      const error = errorOf(await dispatch(handlers, 'article.get', { id: 'no-such-article' }, logger));
      expect(error.code).toBe('not-found');
      expect(error.message).toBe('Статтю не знайдено: можливо, її видалено або перенесено.');
      expect(error.wire).toEqual({
        code: 'not-found',
        key: 'error.article.notFound',
        message: 'Article not found: it may have been deleted or moved.',
      });
      expect(logger.entries).toEqual([]);
    });

    it('passes an ApiError’s code through (conflict on a stale save)', async () => {
      const created = valueOf<{ article: { id: string }; hash: string }>(
        await dispatch(handlers, 'article.create', { headline: 'Перша версія' }),
      );
      const file = `${app.libraryPath}/articles/${created.article.id}/article.json`;
      await writeFile(file, (await readFile(file, 'utf8')).replace('Перша версія', 'Змінено деінде'));
      const error = errorOf(
        await dispatch(handlers, 'article.save', { article: created.article, baseHash: created.hash }, logger),
      );
      expect(error.code).toBe('conflict');
      expect(await readFile(file, 'utf8')).toContain('Змінено деінде');
    });

    it('turns a plain Error from a real service into internal, logged but not exposed', async () => {
      // The settings folder became a file: conf fails with a Node error that names the path.
      await rm(app.userDataDir, { recursive: true, force: true });
      await writeFile(app.userDataDir, 'not a folder');
      const envelope = await dispatch(handlers, 'settings.update', { user: { name: 'Олена' } }, logger);
      const error = errorOf(envelope);
      expect(error.code).toBe('internal');
      expect(Object.keys(error.wire).sort()).toEqual(['code', 'key', 'message']);
      expect(JSON.stringify(envelope)).not.toContain(app.userDataDir);
      expect(JSON.stringify(envelope)).not.toMatch(/ENOTDIR|Error:|\n\s+at /);
      expect(logger.entries).toHaveLength(1);
      expect(logger.entries[0]?.message).toContain('settings.update');
      expect(String(logger.entries[0]?.error)).toContain('ENOTDIR');
    });

    it('never sends the original message or stack of an unexpected error', async () => {
      const secret = new Error('DB password hunter2 at /work/main/electron/services/secret.ts:12');
      const failing: HandlerTable = {
        ...handlers,
        'library.list': async () => {
          throw secret;
        },
      };
      const envelope = await dispatch(failing, 'library.list', {}, logger);
      const text = JSON.stringify(envelope);
      expect(errorOf(envelope).code).toBe('internal');
      expect(text).not.toContain('hunter2');
      expect(text).not.toContain('secret.ts');
      expect(text).not.toMatch(/\n\s+at |Error:/);
      expect(logger.entries).toEqual([{ message: expect.stringContaining('library.list'), error: secret }]);
    });

    it('a non-Error throw is internal too', async () => {
      const failing: HandlerTable = {
        ...handlers,
        'app.info': () => Promise.reject('string thrown'),
      };
      expect(errorOf(await dispatch(failing, 'app.info', {}, logger)).code).toBe('internal');
      expect(logger.entries).toHaveLength(1);
    });

    it('an ApiError subclass-like object is not trusted: only real ApiError instances pass', async () => {
      const failing: HandlerTable = {
        ...handlers,
        'app.info': () => Promise.reject({ code: 'conflict', message: 'fake' }),
      };
      const error = errorOf(await dispatch(failing, 'app.info', {}, logger));
      expect(error.code).toBe('internal');
      expect(error.message).not.toBe('fake');
      const real: HandlerTable = {
        ...handlers,
        'app.info': () => Promise.reject(new ApiError('io-error', message('error.library.notOpen'))),
      };
      expect(errorOf(await dispatch(real, 'app.info', {}, logger)).wire).toEqual({
        code: 'io-error',
        key: 'error.library.notOpen',
        message: 'The library is not open.',
      });
    });
  });

  describe('success', () => {
    it('returns the handler’s value in an ok envelope', async () => {
      const info = valueOf(await dispatch(handlers, 'app.info', {}, logger));
      expect(info).toMatchObject({ name: 'Шпальта', host: 'browser', version: '0.0.0-test', startupNotices: [] });
      expect(logger.entries).toEqual([]);
    });

    it('treats a missing argument of an argument-less method as {}', async () => {
      expect((await dispatch(handlers, 'app.info', undefined, logger)).ok).toBe(true);
      expect((await dispatch(handlers, 'settings.get', null, logger)).ok).toBe(true);
    });

    it('lists the sample article of the new library, creates and reads an article', async () => {
      const listing = valueOf<{ libraryPath: string; articles: { id: string }[]; damaged: unknown[] }>(
        await dispatch(handlers, 'library.list', {}, logger),
      );
      expect(listing.libraryPath).toBe(app.libraryPath);
      expect(listing.articles).toHaveLength(1);
      expect(listing.damaged).toEqual([]);

      const created = valueOf<{ article: { id: string; headline: string }; hash: string }>(
        await dispatch(handlers, 'article.create', { headline: 'Курс гривні' }, logger),
      );
      const read = valueOf<{ article: { headline: string }; hash: string }>(
        await dispatch(handlers, 'article.get', { id: created.article.id }, logger),
      );
      expect(read.article.headline).toBe('Курс гривні');
      expect(read.hash).toBe(created.hash);
    });

    it('settings.update returns and persists the merged settings', async () => {
      const next = valueOf<{ user: { name: string; role: string } }>(
        await dispatch(handlers, 'settings.update', { user: { role: 'editor' } }, logger),
      );
      expect(next.user).toEqual({ name: '', role: 'editor' });
      const stored = JSON.parse(await readFile(settingsFilePath(app.userDataDir), 'utf8')) as {
        user: { role: string };
      };
      expect(stored.user.role).toBe('editor');
    });
  });
});
