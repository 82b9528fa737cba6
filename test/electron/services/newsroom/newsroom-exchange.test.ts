import { readFile, readdir, rm, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { afterEach, describe, expect, it, vi } from 'vitest';
import type { NewsroomServer } from '../../../fixtures/newsroom-server';
import { person, SEED_ID, startTestNewsroom, type Person } from '../../../fixtures/newsroom-people';
import { runGit, serverGitEnv } from '../../../fixtures/newsroom-repo';
import { newsroomCopyName } from '../../../../electron/services/library/sync-conflicts';
import { useTempDirs } from '../../../fixtures/temp-dir';

const tempDir = useTempDirs('shpalta-newsroom-');

// Real git processes on a busy machine: a step can take seconds.
describe('a newsroom between two machines, through the real Git server', { timeout: 90_000 }, () => {
  const open: Array<{ close(): unknown }> = [];
  afterEach(async () => {
    for (const item of open.splice(0).reverse()) await item.close();
  });

  async function newsroom(): Promise<{ server: NewsroomServer; olena: Person; ivan: Person; root: string }> {
    const root = await tempDir();
    const server = await startTestNewsroom(root);
    open.push(server);
    const olena = await person(root, 'olena');
    const ivan = await person(root, 'ivan');
    open.push(olena, ivan);
    return { server, olena, ivan, root };
  }

  async function titles(who: Person): Promise<Record<string, string>> {
    const { articles } = await who.call('library.list', {});
    return Object.fromEntries(articles.map((a) => [a.headline, a.status]));
  }

  it('joining writes the desk into a new library that then works offline; the token is nowhere but the secrets', async () => {
    const { server, olena } = await newsroom();
    const status = await olena.join(server);
    // The setup check: the server refused her change to the desk.
    expect(status.link).toEqual({ url: server.url, login: 'olena', secretProtection: 'file', deskGuarded: true });
    expect(await server.serverRef('refs/heads/desk')).toBe(server.seedOid);
    expect(await titles(olena)).toEqual({ 'Редакція почала роботу': 'draft' });
    const settings = await readFile(path.join(olena.app.userDataDir, 'settings.json'), 'utf8');
    expect(settings).not.toContain('olena-token-0001');
    expect(JSON.parse(settings).libraryPath).toBe(path.join(path.dirname(olena.app.root), 'olena-newsroom'));
  });

  it("a server that would take a journalist's change to the desk is found out when she joins", async () => {
    const { server, olena, ivan } = await newsroom();
    await rm(path.join(server.repoDir, 'hooks', 'update'));
    expect((await olena.join(server)).link?.deskGuarded).toBe(false);
    expect((await ivan.join(server)).link?.deskGuarded).toBeNull();
    expect(await titles(ivan)).toEqual({ 'Редакція почала роботу': 'draft' });
  });

  it('a wrong token is refused in Ukrainian and leaves no folder behind', async () => {
    const { server, olena, root } = await newsroom();
    const joining = olena.join(server, 'wrong-token');
    await expect(joining).rejects.toMatchObject({ code: 'newsroom-unauthorized' });
    await expect(readdir(path.join(root, 'olena-newsroom'))).rejects.toThrow();
  });

  it('submit, see it on the desk, approve; the journalist sees the approval', async () => {
    const { server, olena, ivan } = await newsroom();
    await olena.join(server);
    await ivan.join(server);
    const created = await olena.call('article.create', { headline: 'Міст відкрили' });
    const submitted = await olena.call('workflow.transition', {
      id: created.article.id,
      to: 'submitted',
      baseHash: created.hash,
    });
    await olena.call('newsroom.syncNow', {});
    expect(await server.serverRef(`refs/heads/j/olena`)).not.toBeNull();

    await ivan.call('newsroom.syncNow', {});
    expect((await titles(ivan))['Міст відкрили']).toBe('submitted');
    const review = await ivan.call('workflow.transition', {
      id: created.article.id,
      to: 'in-review',
      baseHash: submitted.hash,
    });
    await ivan.call('workflow.transition', { id: created.article.id, to: 'approved', baseHash: review.hash });
    const sent = await ivan.call('newsroom.syncNow', {});
    expect(sent.sync).toMatchObject({ kind: 'synced', pending: 0 });

    await olena.call('newsroom.syncNow', {});
    expect((await titles(olena))['Міст відкрили']).toBe('approved');
  });

  it('a status forged in a local file changes only that screen: the editor computes it from the steps', async () => {
    const { server, olena, ivan } = await newsroom();
    await olena.join(server);
    await ivan.join(server);
    const created = await olena.call('article.create', { headline: 'Підроблене схвалення' });
    const file = path.join(olena.app.settings.get().libraryPath, 'articles', created.article.id, 'article.json');
    const forged = JSON.parse(await readFile(file, 'utf8'));
    forged.status = 'approved';
    await writeFile(file, JSON.stringify(forged, null, 2));
    const line = {
      format: 1,
      at: new Date().toISOString(),
      by: 'Іван Петренко',
      role: 'editor',
      from: 'draft',
      to: 'approved',
      note: '',
      contentHash: null,
    };
    await writeFile(path.join(path.dirname(file), 'transitions.jsonl'), `${JSON.stringify(line)}\n`);
    await olena.app.services.handlers['newsroom.syncNow']({});
    await olena.call('newsroom.syncNow', {});
    await ivan.call('newsroom.syncNow', {});
    expect((await titles(ivan))['Підроблене схвалення']).toBe('draft');
  });

  it('a version forged beside the article brings its text at most, never a status, and nothing while it is with the editor', async () => {
    const { server, olena, ivan } = await newsroom();
    await olena.join(server);
    await ivan.join(server);
    const forgeCopy = async (id: string, headline: string) => {
      const folder = path.join(olena.app.settings.get().libraryPath, 'articles', id);
      const forged = JSON.parse(await readFile(path.join(folder, 'article.json'), 'utf8'));
      Object.assign(forged, { headline, status: 'approved' });
      const name = newsroomCopyName('ivan', new Date('2026-12-01T10:00:00Z'));
      await writeFile(path.join(folder, name), JSON.stringify(forged, null, 2));
      // The folder's watch has seen it (and told the exchange) once her own library lists it.
      await vi.waitFor(async () => {
        const { copies } = await olena.call('article.conflicts', { id });
        expect(copies.map((copy) => copy.fileName)).toContain(name);
      });
      return name;
    };

    // A draft: her text may go to the desk, so the copy does; taking it takes its words, not «approved».
    const draft = await olena.call('article.create', { headline: 'Чернетка' });
    const draftCopy = await forgeCopy(draft.article.id, 'Заголовок із копії');
    await olena.call('newsroom.syncNow', {});
    await ivan.call('newsroom.syncNow', {});
    expect((await ivan.call('article.conflicts', { id: draft.article.id })).copies.map((c) => c.fileName)).toEqual([
      draftCopy,
    ]);
    const taken = await ivan.call('article.resolveConflict', {
      id: draft.article.id,
      fileName: draftCopy,
      keep: 'copy',
    });
    expect(taken.article).toMatchObject({ headline: 'Заголовок із копії', status: 'draft' });

    // With the editor: nothing of hers but her steps goes to the desk, a copy beside the text neither.
    const sent = await olena.call('article.create', { headline: 'На перевірці' });
    await olena.call('newsroom.syncNow', {});
    await olena.call('workflow.transition', { id: sent.article.id, to: 'submitted', baseHash: sent.hash });
    await olena.call('newsroom.syncNow', {});
    await ivan.call('newsroom.syncNow', {});
    await olena.call('newsroom.syncNow', {});
    const forged = await forgeCopy(sent.article.id, 'Підмінений заголовок');
    // A note of hers (allowed while it is with the editor) sends the folder, the forged copy in it.
    await olena.call('notes.add', {
      id: sent.article.id,
      noteId: 'note-000777',
      baseHash: null,
      quote: 'На перевірці',
      text: 'Питання до редактора',
    });
    await olena.call('newsroom.syncNow', {});
    const onServer = await runGit(['ls-tree', '-r', '--name-only', 'refs/heads/j/olena'], {
      cwd: server.repoDir,
      env: serverGitEnv(path.dirname(server.repoDir)),
    });
    expect(onServer.split('\n')).toContain(`articles/${sent.article.id}/${forged}`);
    await ivan.call('newsroom.syncNow', {});
    expect((await ivan.call('article.conflicts', { id: sent.article.id })).copies).toEqual([]);
    expect((await titles(ivan))['На перевірці']).toBe('submitted');
  });

  it('a journalist who calls herself an editor is refused by the server, and told why', async () => {
    const { server, olena } = await newsroom();
    await olena.join(server);
    olena.app.settings.update({ user: { name: 'Олена Коваленко', role: 'editor' } });
    await olena.call('article.create', { headline: 'Самоправне схвалення' });
    const status = await olena.call('newsroom.syncNow', {});
    expect(status.sync).toMatchObject({ kind: 'rejected', refusal: 'desk-editors-only' });
    expect(status.sync.pending).toBeGreaterThan(0);
  });

  it('edits of different paragraphs on two machines both land; the same paragraph keeps both versions', async () => {
    const { server, olena, ivan } = await newsroom();
    await olena.join(server);
    await ivan.join(server);
    const paragraphs = (texts: string[]) => ({
      type: 'doc' as const,
      content: texts.map((text) => ({ type: 'paragraph', content: [{ type: 'text', text }] })),
    });
    const edit = async (who: Person, change: (texts: string[]) => string[]) => {
      const { article, hash } = await who.call('article.get', { id: SEED_ID });
      const texts = (article.body.content ?? []).map((p) => p.content?.[0]?.text ?? '');
      await who.call('article.save', { article: { ...article, body: paragraphs(change(texts)) }, baseHash: hash });
    };
    const texts = async (who: Person) =>
      ((await who.call('article.get', { id: SEED_ID })).article.body.content ?? []).map((p) => p.content?.[0]?.text);

    await edit(olena, () => ['Перший абзац.', 'Другий абзац.', 'Третій абзац.']);
    await olena.call('newsroom.syncNow', {});
    await ivan.call('newsroom.syncNow', {});
    expect(await texts(ivan)).toEqual(['Перший абзац.', 'Другий абзац.', 'Третій абзац.']);

    // Offline from each other: each edits another paragraph, then both exchange.
    await edit(olena, ([a, b, c]) => [`${a} Від Олени.`, b as string, c as string]);
    await edit(ivan, ([a, b, c]) => [a as string, b as string, `${c} Від Івана.`]);
    await olena.call('newsroom.syncNow', {});
    await ivan.call('newsroom.syncNow', {});
    await olena.call('newsroom.syncNow', {});
    const both = ['Перший абзац. Від Олени.', 'Другий абзац.', 'Третій абзац. Від Івана.'];
    expect(await texts(ivan)).toEqual(both);
    expect(await texts(olena)).toEqual(both);

    // The same paragraph, two ways: the one who exchanges second keeps theirs and gets the other as a copy.
    await edit(olena, ([a, _b, c]) => [a as string, 'Другий абзац Олени.', c as string]);
    await edit(ivan, ([a, _b, c]) => [a as string, 'Другий абзац Івана.', c as string]);
    await olena.call('newsroom.syncNow', {});
    const after = await ivan.call('newsroom.syncNow', {});
    expect(after.sync.kind).toBe('conflict');
    expect((await texts(ivan))[1]).toBe('Другий абзац Івана.');
    const { copies } = await ivan.call('article.conflicts', { id: SEED_ID });
    expect(copies).toHaveLength(1);
    expect(copies[0]?.fileName).toMatch(/^article \(newsroom copy olena /);
    const versions = await ivan.call('versions.list', { id: SEED_ID });
    expect(versions.versions.some((v) => v.reason === 'conflict-theirs')).toBe(true);

    // «Є розбіжності» lists the article, and says so in every exchange until the person has settled it.
    await ivan.app.services.settled();
    const conflicted = await ivan.call('library.conflicted', {});
    expect(conflicted.articles).toEqual([expect.objectContaining({ id: SEED_ID, copies: 1 })]);
    expect((await ivan.call('newsroom.syncNow', {})).sync.kind).toBe('conflict');

    // The version kept beside the article travels: Olena, whose paragraph did not win, sees it too.
    expect((await olena.call('newsroom.syncNow', {})).sync.kind).toBe('conflict');
    expect((await texts(olena))[1]).toBe('Другий абзац Івана.');
    const hers = await olena.call('article.conflicts', { id: SEED_ID });
    expect(hers.copies.map((copy) => copy.fileName)).toEqual([copies[0]?.fileName]);
    expect((await olena.call('library.conflicted', {})).articles).toEqual([
      expect.objectContaining({ id: SEED_ID, copies: 1 }),
    ]);

    // One of them settles it, for both: Olena takes her paragraph back.
    await olena.call('article.resolveConflict', { id: SEED_ID, fileName: copies[0]?.fileName ?? '', keep: 'copy' });
    await olena.app.services.settled();
    expect((await olena.call('library.conflicted', {})).articles).toEqual([]);
    expect((await olena.call('newsroom.syncNow', {})).sync.kind).toBe('synced');
    expect((await ivan.call('newsroom.syncNow', {})).sync.kind).toBe('synced');
    expect((await ivan.call('library.conflicted', {})).articles).toEqual([]);
    expect((await texts(ivan))[1]).toBe('Другий абзац Олени.');
  });

  it('two computers that merge the same paragraph at once end alike: the desk’s stands, one copy of hers', async () => {
    const { server, olena, ivan } = await newsroom();
    await olena.join(server);
    await ivan.join(server);
    // The middle of three paragraphs: the one both rewrite.
    const setFirst = async (who: Person, text: string) => {
      const { article, hash } = await who.call('article.get', { id: SEED_ID });
      const paragraph = (words: string) => ({ type: 'paragraph', content: [{ type: 'text', text: words }] });
      const body = { type: 'doc' as const, content: [paragraph('Вступ.'), paragraph(text), paragraph('Кінець.')] };
      await who.call('article.save', { article: { ...article, body }, baseHash: hash });
    };
    const state = async (who: Person) => ({
      text: (await who.call('article.get', { id: SEED_ID })).article.body.content?.[1]?.content?.[0]?.text,
      copies: (await who.call('article.conflicts', { id: SEED_ID })).copies.map((copy) => copy.fileName),
    });
    await setFirst(olena, 'Спільний абзац.');
    await olena.call('newsroom.syncNow', {});
    await ivan.call('newsroom.syncNow', {});
    expect((await state(ivan)).text).toBe('Спільний абзац.');
    await setFirst(olena, 'Спільний абзац. Так пише Олена.');
    await setFirst(ivan, 'Спільний абзац. Так пише Іван.');
    // Both send before either has heard of the other, then both merge what the other sent.
    await Promise.all([olena.call('newsroom.syncNow', {}), ivan.call('newsroom.syncNow', {})]);
    for (let round = 0; round < 3; round += 1) {
      await olena.call('newsroom.syncNow', {});
      await ivan.call('newsroom.syncNow', {});
      await olena.app.services.settled();
      await ivan.app.services.settled();
    }
    const [hers, his] = [await state(olena), await state(ivan)];
    expect(his.text).toBe('Спільний абзац. Так пише Іван.');
    expect(hers).toEqual(his);
    expect(his.copies).toHaveLength(1);
    expect(his.copies[0]).toMatch(/^article \(newsroom copy olena /);
  });

  it(
    'return with a note, fix and resubmit, approve, publish, correct: each step reaches the other',
    { timeout: 60_000 },
    async () => {
      const { server, olena, ivan } = await newsroom();
      await olena.join(server);
      await ivan.join(server);
      const exchange = async () => {
        await olena.call('newsroom.syncNow', {});
        await ivan.call('newsroom.syncNow', {});
        await olena.call('newsroom.syncNow', {});
      };
      const statusAt = async (who: Person, id: string) => (await who.call('article.get', { id })).article.status;
      const step = async (
        who: Person,
        id: string,
        to: 'submitted' | 'in-review' | 'returned' | 'approved' | 'published' | 'correction',
        note?: string,
      ) => {
        const { hash } = await who.call('article.get', { id });
        await who.call('workflow.transition', { id, to, baseHash: hash, ...(note ? { note } : {}) });
      };

      const { article } = await olena.call('article.create', { headline: 'Бюджет громади' });
      const id = article.id;
      await step(olena, id, 'submitted');
      await exchange();
      await step(ivan, id, 'in-review');
      await ivan.call('notes.add', {
        id,
        noteId: 'note-000001',
        baseHash: null,
        quote: 'Бюджет',
        text: 'Уточніть суму.',
      });
      await step(ivan, id, 'returned', 'Потрібні цифри.');
      await exchange();
      expect(await statusAt(olena, id)).toBe('returned');
      const notes = await olena.call('notes.list', { id });
      expect(notes.threads.map((t) => t.text)).toEqual(['Уточніть суму.']);

      const mine = await olena.call('article.get', { id });
      await olena.call('article.save', {
        article: { ...mine.article, lead: 'Громада витратить 12 млн грн.' },
        baseHash: mine.hash,
      });
      await olena.call('notes.reply', { id, noteId: 'note-000001', baseHash: null, text: 'Додала суму в лід.' });
      await step(olena, id, 'submitted');
      await exchange();
      expect(await statusAt(ivan, id)).toBe('submitted');
      expect((await ivan.call('article.get', { id })).article.lead).toBe('Громада витратить 12 млн грн.');
      expect((await ivan.call('notes.list', { id })).threads[0]?.replies.map((r) => r.text)).toEqual([
        'Додала суму в лід.',
      ]);

      await step(ivan, id, 'in-review');
      await step(ivan, id, 'approved');
      await step(ivan, id, 'published');
      await exchange();
      expect(await statusAt(olena, id)).toBe('published');
      await step(ivan, id, 'correction');
      await exchange();
      expect(await statusAt(olena, id)).toBe('correction');
      await step(ivan, id, 'published');
      await exchange();
      expect(await statusAt(olena, id)).toBe('published');
      const log = await olena.call('workflow.log', { id });
      expect(log.entries.map((e) => e.to)).toEqual([
        'submitted',
        'in-review',
        'returned',
        'submitted',
        'in-review',
        'approved',
        'published',
        'correction',
        'published',
      ]);
    },
  );
});
