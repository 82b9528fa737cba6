import { describe, expect, it } from 'vitest';
import { NOTES_SCHEMA_VERSION, type NoteThread, type NotesFile } from '../../../shared/notes/notes-file';
import { mergeNotes } from '../../../shared/sync/merge-notes';
import { Random } from '../../fixtures/merge-edits';

const file = (...threads: NoteThread[]): NotesFile => ({ schemaVersion: NOTES_SCHEMA_VERSION, threads });

function thread(id: string, fields: Partial<NoteThread> = {}): NoteThread {
  return {
    id,
    quote: 'ухвалила бюджет',
    author: 'Редактор',
    at: '2026-03-01T10:00:00.000Z',
    text: 'Уточніть цифру.',
    replies: [],
    resolutions: [],
    ...fields,
  };
}

const reply = (author: string, at: string, text: string) => ({ author, at, text });

describe('mergeNotes', () => {
  const base = file(thread('note-aaa001'), thread('note-bbb002'));

  it('keeps threads either side started, in both orders of merging', () => {
    const ours = file(...base.threads, thread('note-ccc003'));
    const theirs = file(...base.threads, thread('note-ddd004'));
    const ids = (notes: NotesFile) => notes.threads.map((one) => one.id);
    expect(ids(mergeNotes(base, ours, theirs))).toEqual(['note-aaa001', 'note-bbb002', 'note-ccc003', 'note-ddd004']);
    expect(ids(mergeNotes(base, theirs, ours))).toEqual(['note-aaa001', 'note-bbb002', 'note-ddd004', 'note-ccc003']);
  });

  it('deletes a thread one side deleted and the other left alone', () => {
    const ours = file(thread('note-bbb002'));
    expect(mergeNotes(base, ours, base)).toEqual(ours);
    expect(mergeNotes(base, base, ours)).toEqual(ours);
  });

  it('keeps a thread one side deleted while the other answered it', () => {
    const deleted = file(thread('note-bbb002'));
    const answered = file(
      thread('note-aaa001', { replies: [reply('Авторка', '2026-03-01T11:00:00.000Z', 'Виправила.')] }),
      thread('note-bbb002'),
    );
    expect(mergeNotes(base, deleted, answered)).toEqual(answered);
    expect(mergeNotes(base, answered, deleted)).toEqual(answered);
  });

  it('joins both sides’ replies and resolutions in time order, each once', () => {
    const early = reply('Авторка', '2026-03-01T11:00:00.000Z', 'Виправила.');
    const late = reply('Редактор', '2026-03-01T12:00:00.000Z', 'Дякую.');
    const middle = reply('Коректорка', '2026-03-01T11:30:00+00:00', 'Ще кома.');
    const resolved = { resolved: true, by: 'Редактор', at: '2026-03-01T12:05:00.000Z' };
    const ours = file(
      thread('note-aaa001', { replies: [early, late], resolutions: [resolved] }),
      thread('note-bbb002'),
    );
    const theirs = file(thread('note-aaa001', { replies: [early, middle] }), thread('note-bbb002'));
    const merged = mergeNotes(base, ours, theirs);
    expect(merged.threads[0]?.replies).toEqual([early, middle, late]);
    expect(merged.threads[0]?.resolutions).toEqual([resolved]);
    expect(mergeNotes(base, theirs, ours).threads[0]?.replies).toEqual([early, middle, late]);
  });

  it('merges threads both sides started without a common file', () => {
    const merged = mergeNotes(null, file(thread('note-aaa001')), file(thread('note-bbb002')));
    expect(merged.threads.map((one) => one.id)).toEqual(['note-aaa001', 'note-bbb002']);
  });

  it('on generated edits: merge(base, x, x) and merge(base, base, x) are x; neither side’s reply is lost', () => {
    const random = new Random(20_101);
    const at = (minute: number) => new Date(Date.parse('2026-03-01T10:00:00.000Z') + minute * 60_000).toISOString();
    let made = 0;
    const edit = (notes: NotesFile, start: number): NotesFile => {
      let threads = notes.threads.map((one) => ({
        ...one,
        replies: [...one.replies],
        resolutions: [...one.resolutions],
      }));
      for (let step = 0; step < 1 + random.int(4); step += 1) {
        const roll = random.int(4);
        const target = threads.length > 0 ? random.pick(threads) : undefined;
        made += 1;
        if (roll === 0 || !target)
          threads.push(thread(`note-gen${String(made).padStart(4, '0')}`, { at: at(start + step) }));
        else if (roll === 1) target.replies.push(reply(`Людина ${made}`, at(start + step), `Відповідь ${made}`));
        else if (roll === 2)
          target.resolutions.push({ resolved: random.chance(0.5), by: 'Редактор', at: at(start + step) });
        else if (target.replies.length === 0) threads = threads.filter((one) => one !== target);
      }
      return file(...threads);
    };
    for (let index = 0; index < 300; index += 1) {
      const base = edit(file(), 0);
      const ours = edit(base, 100);
      const theirs = edit(base, 200);
      expect({ index, merged: mergeNotes(base, ours, ours) }).toEqual({ index, merged: ours });
      expect({ index, merged: mergeNotes(base, base, theirs) }).toEqual({ index, merged: theirs });
      const merged = mergeNotes(base, ours, theirs);
      const replies = (notes: NotesFile) =>
        new Set(notes.threads.flatMap((one) => one.replies.map((r) => `${one.id}/${r.text}`)));
      for (const kept of [...replies(ours), ...replies(theirs)])
        expect({ index, kept: replies(merged).has(kept) }).toEqual({ index, kept: true });
    }
  });
});
