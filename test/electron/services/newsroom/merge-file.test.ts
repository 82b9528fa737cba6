import { describe, expect, it } from 'vitest';
import { parseArticleFile, serializeArticle } from '../../../../electron/services/library/article-file';
import { mergeLibraryFile } from '../../../../electron/services/newsroom/merge-file';
import { serializeNotes } from '../../../../electron/services/notes/notes-parse';
import { serializeOutlet } from '../../../../electron/services/outlet/outlet-file';
import { newArticle, type Article } from '../../../../shared/domain/article';
import { docFromParagraphs } from '../../../../shared/domain/doc';
import { NOTES_SCHEMA_VERSION } from '../../../../shared/notes/notes-file';
import { defaultOutletProfile } from '../../../../shared/outlet/outlet-profile';

const bytes = (text: string) => new TextEncoder().encode(text);
const text = (data: Uint8Array | null) => (data === null ? null : new TextDecoder().decode(data));

const ARTICLE_PATH = 'articles/budget-2027/article.json';
const base = newArticle('budget-2027', '2026-03-01T09:00:00.000Z', {
  headline: 'Рада ухвалила бюджет',
  lead: 'Депутати підтримали документ.',
  body: docFromParagraphs(['Перший абзац про бюджет.', 'Другий абзац про голосування.']),
  updatedAt: '2026-03-01T10:00:00.000Z',
});
const file = (article: Article) => bytes(serializeArticle(article));

describe('mergeLibraryFile', () => {
  it('merges article.json field by field and writes it exactly as the library store does', () => {
    const ours = { ...base, headline: 'Рада ухвалила бюджет-2027', updatedAt: '2026-03-01T11:00:00.000Z' };
    const theirs = { ...base, lead: 'Депутати підтримали документ у цілому.', updatedAt: '2026-03-01T10:30:00.000Z' };
    const merged = mergeLibraryFile(ARTICLE_PATH, file(base), file(ours), file(theirs));
    expect(merged).toEqual({ kind: 'merged', bytes: file({ ...ours, lead: theirs.lead }) });
  });

  it('returns a conflict with ours merged where it could, and what of the article conflicts', () => {
    const ours = { ...base, headline: 'Наш заголовок', lead: 'Наш лід.' };
    const theirs = { ...base, headline: 'Їхній заголовок', slug: 'budget' };
    const merged = mergeLibraryFile(ARTICLE_PATH, file(base), file(ours), file(theirs));
    expect(merged).toEqual({
      kind: 'conflict',
      bytes: file({ ...ours, slug: 'budget' }),
      conflicts: [{ kind: 'field', field: 'headline' }],
    });
  });

  it('keeps ours, as a conflict, when a side does not parse; never throws', () => {
    const ours = file({ ...base, headline: 'Наш' });
    for (const broken of [bytes('{"schemaVersion": 2, "id": '), new Uint8Array([0xff, 0xfe]), bytes('[]')]) {
      expect(mergeLibraryFile(ARTICLE_PATH, file(base), ours, broken)).toEqual({
        kind: 'conflict',
        bytes: ours,
        conflicts: [],
      });
      expect(mergeLibraryFile(ARTICLE_PATH, file(base), broken, ours)).toEqual({
        kind: 'conflict',
        bytes: broken,
        conflicts: [],
      });
    }
    const otherId = file(newArticle('other-id', '2026-03-01T09:00:00.000Z', { headline: 'Інша' }));
    expect(mergeLibraryFile(ARTICLE_PATH, file(base), ours, otherId).kind).toBe('conflict');
  });

  it('reads a side in the old format through the store’s migration, and leaves a file whose steps await the log', () => {
    const { schemaVersion: _version, ...fields } = { ...base, lead: 'Старий формат.' };
    const old = bytes(JSON.stringify({ ...fields, schemaVersion: 1 }));
    const ours = { ...base, headline: 'Новий заголовок' };
    expect(parseArticleFile(old, base.id).ok).toBe(true);
    expect(mergeLibraryFile(ARTICLE_PATH, file(base), file(ours), old)).toEqual({
      kind: 'merged',
      bytes: file({ ...ours, lead: 'Старий формат.' }),
    });
    const history = [{ at: '2026-03-01T09:30:00.000Z', by: 'Олена', from: 'draft', to: 'submitted', note: '' }];
    const withSteps = bytes(JSON.stringify({ ...fields, schemaVersion: 1, history }));
    expect(mergeLibraryFile(ARTICLE_PATH, file(base), file(ours), withSteps)).toEqual({
      kind: 'conflict',
      bytes: file(ours),
      conflicts: [],
    });
  });

  it('keeps a file one side changed and the other deleted; deletes one the other left alone', () => {
    const changed = file({ ...base, headline: 'Змінений' });
    expect(mergeLibraryFile(ARTICLE_PATH, file(base), null, changed)).toEqual({ kind: 'merged', bytes: changed });
    expect(mergeLibraryFile(ARTICLE_PATH, file(base), changed, null)).toEqual({ kind: 'merged', bytes: changed });
    expect(mergeLibraryFile(ARTICLE_PATH, file(base), null, file(base))).toEqual({ kind: 'merged', bytes: null });
    expect(mergeLibraryFile(ARTICLE_PATH, file(base), null, null)).toEqual({ kind: 'merged', bytes: null });
  });

  it('takes media by name: one name is one content, and a deletion loses to a change', () => {
    const path = `articles/budget-2027/media/${'c'.repeat(64)}.jpg`;
    const picture = new Uint8Array([0xff, 0xd8, 0xff, 1, 2, 3]);
    const again = new Uint8Array([0xff, 0xd8, 0xff, 1, 2, 3, 0]);
    expect(mergeLibraryFile(path, null, picture, again)).toEqual({ kind: 'merged', bytes: picture });
    expect(mergeLibraryFile(path, picture, null, picture)).toEqual({ kind: 'merged', bytes: null });
    expect(mergeLibraryFile(path, picture, null, again)).toEqual({ kind: 'merged', bytes: again });
  });

  it('merges notes.json threads and transitions.jsonl lines', () => {
    const thread = (id: string) => ({
      id,
      quote: 'бюджет',
      author: 'Редактор',
      at: '2026-03-01T10:00:00.000Z',
      text: 'Уточніть.',
      replies: [],
      resolutions: [],
    });
    const notes = (...ids: string[]) =>
      bytes(serializeNotes({ schemaVersion: NOTES_SCHEMA_VERSION, threads: ids.map(thread) }));
    expect(
      mergeLibraryFile(
        'articles/budget-2027/notes.json',
        notes('note-aaa001'),
        notes('note-aaa001', 'note-bbb002'),
        notes('note-ccc003'),
      ),
    ).toEqual({
      kind: 'merged',
      bytes: notes('note-bbb002', 'note-ccc003'),
    });
    const line = (at: string) =>
      `${JSON.stringify({ format: 1, at, by: 'Олена', role: null, from: 'draft', to: 'submitted', note: '', contentHash: null })}\n`;
    const [a, b, c] = [
      line('2026-03-01T10:00:00.000Z'),
      line('2026-03-01T11:00:00.000Z'),
      line('2026-03-01T12:00:00.000Z'),
    ];
    const merged = mergeLibraryFile('articles/budget-2027/transitions.jsonl', bytes(a), bytes(a + c), bytes(a + b));
    expect(merged.kind).toBe('merged');
    expect(text(merged.bytes)).toBe(a + b + c);
  });

  it('merges outlet.json field by field, written as the outlet store writes it', () => {
    const profile = defaultOutletProfile();
    const ours = { ...profile, name: 'Новини Дніпра' };
    const theirs = { ...profile, siteUrl: 'https://dnipro.example' };
    expect(
      mergeLibraryFile(
        'outlet.json',
        bytes(serializeOutlet(profile)),
        bytes(serializeOutlet(ours)),
        bytes(serializeOutlet(theirs)),
      ),
    ).toEqual({
      kind: 'merged',
      bytes: bytes(serializeOutlet({ ...ours, siteUrl: 'https://dnipro.example' })),
    });
  });

  it('keeps ours for a file it does not know that both sides changed', () => {
    expect(mergeLibraryFile('articles/budget-2027/readme.txt', bytes('a'), bytes('b'), bytes('c'))).toEqual({
      kind: 'conflict',
      bytes: bytes('b'),
      conflicts: [],
    });
  });
});
