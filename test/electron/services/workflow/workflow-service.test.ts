import { readFile } from 'node:fs/promises';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { dispatch } from '../../../../electron/services/api/dispatch';
import { LibraryStore } from '../../../../electron/services/library/library-store';
import { contentHash } from '../../../../electron/services/workflow/content-hash';
import { transitionLogPath } from '../../../../electron/services/workflow/transition-log';
import { WorkflowService } from '../../../../electron/services/workflow/workflow-service';
import type { TransitionWritten } from '../../../../electron/services/app-services';
import { ARTICLE_STATUSES, type ArticleStatus } from '../../../../shared/domain/article';
import { docFromParagraphs } from '../../../../shared/domain/doc';
import { ROLES, type Role } from '../../../../shared/settings/schema';
import { transitionAllowed, transitionExists } from '../../../../shared/workflow/status-machine';
import { expectCode, inUkrainian, rejection } from '../../../fixtures/api-errors';
import { useTempDirs } from '../../../fixtures/temp-dir';
import { createTestApp, type TestApp } from '../../../fixtures/test-app';
import { GIF_1x1 } from '../../../fixtures/images';

const tempDir = useTempDirs('shpalta-workflow-');

async function appAs(role: Role, name: string, onTransition?: (t: TransitionWritten) => void): Promise<TestApp> {
  const app = await createTestApp(await tempDir(), 'browser', onTransition ? { onTransition } : {});
  await app.services.handlers['settings.update']({ user: { name, role } });
  return app;
}

describe('workflow.transition through the app services', () => {
  it('takes the step as the settings say, logs who, when, from, to, note and content hash, and writes the status', async () => {
    const seen: TransitionWritten[] = [];
    const app = await appAs('journalist', 'Олена Коваленко', (t) => seen.push(t));
    const events: string[] = [];
    app.services.bus.subscribe((name) => events.push(name));
    const created = await app.services.handlers['article.create']({ headline: 'Бюджет' });
    const id = created.article.id;

    const done = await app.services.handlers['workflow.transition']({
      id,
      to: 'submitted',
      note: '  Готово до перевірки  ',
      baseHash: created.hash,
      view: 'view-journalist-1',
    });
    expect(done.status).toBe('submitted');
    expect(done.entry).toMatchObject({
      format: 1,
      by: 'Олена Коваленко',
      role: 'journalist',
      from: 'draft',
      to: 'submitted',
      note: 'Готово до перевірки',
      contentHash: contentHash(created.article),
    });
    const file = await app.services.handlers['article.get']({ id });
    expect(file.article.status).toBe('submitted');
    expect(file.hash).toBe(done.hash);
    expect(contentHash(file.article)).toBe(done.entry.contentHash); // the status is not content
    expect(await app.services.handlers['workflow.log']({ id })).toEqual({ entries: [done.entry], problems: [] });
    const logText = await readFile(transitionLogPath(path.join(app.libraryPath, 'articles', id)), 'utf8');
    expect(logText).toBe(`${JSON.stringify(done.entry)}\n`);
    expect(seen).toEqual([{ id, from: 'draft', to: 'submitted', entry: done.entry }]);
    expect(events).toContain('article.changed');
    await expect.poll(() => events.includes('library.changed')).toBe(true);
    app.services.dispose();
  });

  it('refuses a journalist’s approval with the role and the step named in Ukrainian; nothing is written', async () => {
    const app = await appAs('editor', 'Редактор');
    const created = await app.services.handlers['article.create']({ headline: 'Бюджет' });
    const id = created.article.id;
    const submitted = await app.services.handlers['workflow.transition']({
      id,
      to: 'submitted',
      baseHash: created.hash,
    });
    const inReview = await app.services.handlers['workflow.transition']({
      id,
      to: 'in-review',
      baseHash: submitted.hash,
    });
    await app.services.handlers['settings.update']({ user: { role: 'journalist' } });

    const error = await expectCode(
      app.services.handlers['workflow.transition']({ id, to: 'approved', baseHash: inReview.hash }),
      'workflow-forbidden',
    );
    expect(inUkrainian(error)).toBe('Схвалити статтю може лише редактор. Ваша роль у налаштуваннях — журналіст.');
    expect((await app.services.handlers['article.get']({ id })).hash).toBe(inReview.hash);
    expect((await app.services.handlers['workflow.log']({ id })).entries).toHaveLength(2);

    // The same through the wire, as a forged request from the page would come.
    const wire = await dispatch(app.services.handlers, 'workflow.transition', {
      id,
      to: 'approved',
      baseHash: inReview.hash,
    });
    expect(wire).toMatchObject({ ok: false, error: { code: 'workflow-forbidden' } });
    app.services.dispose();
  });

  it('refuses a step that does not exist, a return without a note, and a step on a changed file', async () => {
    const app = await appAs('editor', 'Редактор');
    const created = await app.services.handlers['article.create']({ headline: 'Бюджет' });
    const id = created.article.id;
    const invalid = await expectCode(
      app.services.handlers['workflow.transition']({ id, to: 'published', baseHash: created.hash }),
      'workflow-invalid',
    );
    expect(inUkrainian(invalid)).toBe('Статтю зі статусом «Чернетка» не можна перевести в статус «Опубліковано».');

    const submitted = await app.services.handlers['workflow.transition']({
      id,
      to: 'submitted',
      baseHash: created.hash,
    });
    const inReview = await app.services.handlers['workflow.transition']({
      id,
      to: 'in-review',
      baseHash: submitted.hash,
    });
    const noNote = await expectCode(
      app.services.handlers['workflow.transition']({ id, to: 'returned', note: '   ', baseHash: inReview.hash }),
      'invalid-argument',
    );
    expect(noNote.reason.key).toBe('workflow.error.noteRequired');
    // A stale base: the file changed since the page read it.
    await expectCode(
      app.services.handlers['workflow.transition']({ id, to: 'returned', note: 'Виправте', baseHash: created.hash }),
      'conflict',
    );
    expect((await app.services.handlers['article.get']({ id })).article.status).toBe('in-review');
    app.services.dispose();
  });
});

describe('every step of every role through the real service', () => {
  it('allows exactly the table’s pairs, and refuses each other one with its kind of error', async () => {
    const store = new LibraryStore(path.join(await tempDir(), 'Шпальта'));
    await store.ensure();
    const workflow = new WorkflowService(store);
    const created = await store.create('Стаття');
    let hash = created.hash;
    const outcomes: string[] = [];
    for (const role of ROLES) {
      for (const from of ARTICLE_STATUSES) {
        for (const to of ARTICLE_STATUSES) {
          const current = await store.get(created.article.id);
          hash = (await store.save({ ...current.article, status: from }, current.hash)).hash;
          const attempt = workflow.transition(
            { name: 'Тест', role },
            { id: created.article.id, to, note: 'Примітка', baseHash: hash },
          );
          const expected = transitionAllowed(role, from, to)
            ? 'ok'
            : transitionExists(from, to)
              ? 'workflow-forbidden'
              : 'workflow-invalid';
          const got = await attempt.then(
            (done) => (done.status === to ? 'ok' : 'wrong status'),
            (error: { code?: string }) => error.code ?? 'thrown',
          );
          outcomes.push(`${role} ${from}→${to}: ${got === expected ? 'as expected' : `${got}, not ${expected}`}`);
        }
      }
    }
    expect(outcomes.filter((line) => !line.endsWith('as expected'))).toEqual([]);
    expect(outcomes).toHaveLength(ROLES.length * ARTICLE_STATUSES.length ** 2);
  });
});

describe('read-only while with the editor', () => {
  async function articleIn(app: TestApp, status: ArticleStatus) {
    const created = await app.services.handlers['article.create']({ headline: 'Бюджет' });
    const steps: ArticleStatus[] = status === 'submitted' ? ['submitted'] : ['submitted', 'in-review'];
    let hash = created.hash;
    await app.services.handlers['settings.update']({ user: { role: 'editor' } });
    for (const to of steps)
      hash = (await app.services.handlers['workflow.transition']({ id: created.article.id, to, baseHash: hash })).hash;
    return { article: (await app.services.handlers['article.get']({ id: created.article.id })).article, hash };
  }

  it.each(['submitted', 'in-review'] as const)(
    'a journalist’s save of an article %s is refused with a stable code, the file untouched; an editor’s goes through',
    async (status) => {
      const app = await appAs('journalist', 'Олена');
      const { article, hash } = await articleIn(app, status);
      await app.services.handlers['settings.update']({ user: { role: 'journalist' } });
      const error = await rejection(
        app.services.handlers['article.save']({ article: { ...article, headline: 'Змінено' }, baseHash: hash }),
      );
      expect(error.code).toBe('workflow-read-only');
      expect(inUkrainian(error)).toContain('не можна правити в ролі «журналіст»');
      expect((await app.services.handlers['article.get']({ id: article.id })).hash).toBe(hash);
      await expectCode(
        app.services.handlers['media.import']({
          articleId: article.id,
          fileName: 'a.gif',
          base64: GIF_1x1.toString('base64'),
        }),
        'workflow-read-only',
      );

      await app.services.handlers['settings.update']({ user: { role: 'editor' } });
      const saved = await app.services.handlers['article.save']({
        article: { ...article, headline: 'Змінено' },
        baseHash: hash,
      });
      expect((await app.services.handlers['article.get']({ id: article.id })).hash).toBe(saved.hash);
      app.services.dispose();
    },
  );

  it('a journalist may anchor a note in an article with the editor, and nothing else rides along', async () => {
    const app = await appAs('journalist', 'Олена');
    const inReview = await articleIn(app, 'in-review');
    // The editor (articleIn leaves the role at editor) gives it a paragraph to note.
    const withText = { ...inReview.article, body: docFromParagraphs(['Рада ухвалила бюджет.']) };
    const hash = (await app.services.handlers['article.save']({ article: withText, baseHash: inReview.hash })).hash;
    const article = (await app.services.handlers['article.get']({ id: withText.id })).article;
    await app.services.handlers['settings.update']({ user: { role: 'journalist' } });
    const noted = structuredClone(article);
    const paragraph = noted.body.content![0]!;
    const text = paragraph.content?.[0]?.text ?? '';
    paragraph.content = [
      { type: 'text', text: text.slice(0, 4), marks: [{ type: 'comment', attrs: { noteId: 'note-1' } }] },
      { type: 'text', text: text.slice(4) },
    ];
    const saved = await app.services.handlers['article.save']({ article: noted, baseHash: hash });
    const file = await app.services.handlers['article.get']({ id: article.id });
    expect(file.hash).toBe(saved.hash);
    expect(file.article.status).toBe('in-review');
    expect(JSON.stringify(file.article.body)).toContain('note-1');
    expect(contentHash(file.article)).toBe(contentHash(article));

    // Anything else riding along with a note is an edit, and refused: the text, or the headline.
    const edited = structuredClone(noted);
    edited.body.content![0]!.content![1]!.text = ' інший текст';
    await expectCode(
      app.services.handlers['article.save']({ article: edited, baseHash: saved.hash }),
      'workflow-read-only',
    );
    await expectCode(
      app.services.handlers['article.save']({ article: { ...noted, headline: 'Підкинуто' }, baseHash: saved.hash }),
      'workflow-read-only',
    );
    app.services.dispose();
  });

  it('an ordinary save never changes the status: only a step does', async () => {
    const app = await appAs('journalist', 'Олена');
    const created = await app.services.handlers['article.create']({ headline: 'Бюджет' });
    const saved = await app.services.handlers['article.save']({
      article: { ...created.article, status: 'approved', headline: 'Підроблено' },
      baseHash: created.hash,
    });
    const file = await app.services.handlers['article.get']({ id: created.article.id });
    expect(file.hash).toBe(saved.hash);
    expect(file.article).toMatchObject({ status: 'draft', headline: 'Підроблено' });
    app.services.dispose();
  });
});
