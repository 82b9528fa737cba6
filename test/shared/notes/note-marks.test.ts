import { describe, expect, it } from 'vitest';
import type { Doc, DocNode } from '../../../shared/domain/doc';
import { differsOnlyInNoteMarks, withoutNoteMarks } from '../../../shared/notes/note-marks';

const text = (value: string, marks?: DocNode['marks']): DocNode => ({
  type: 'text',
  text: value,
  ...(marks ? { marks } : {}),
});
const doc = (...content: DocNode[]): Doc => ({ type: 'doc', content: [{ type: 'paragraph', content }] });
const note = { type: 'comment', attrs: { noteId: 'note-aaaa01' } };

describe('note marks in a body', () => {
  const plain = doc(text('Уряд ухвалив бюджет', [{ type: 'bold' }]), text(' на рік'));
  const noted = doc(
    text('Уряд ухвалив ', [{ type: 'bold' }]),
    text('бюджет', [{ type: 'bold' }, note]),
    text(' на', [note]),
    text(' рік'),
  );

  it('strips the anchors and keeps every other mark', () => {
    expect(withoutNoteMarks(noted)).toEqual(
      doc(text('Уряд ухвалив ', [{ type: 'bold' }]), text('бюджет', [{ type: 'bold' }]), text(' на'), text(' рік')),
    );
  });

  it('tells a note from an edit: an anchor added is a note, a changed word or mark is not', () => {
    expect(differsOnlyInNoteMarks(plain, noted)).toBe(true);
    expect(differsOnlyInNoteMarks(noted, plain)).toBe(true);
    expect(
      differsOnlyInNoteMarks(plain, doc(text('Уряд ухвалив бюджет', [{ type: 'bold' }]), text(' на два роки'))),
    ).toBe(false);
    expect(differsOnlyInNoteMarks(plain, doc(text('Уряд ухвалив бюджет на рік')))).toBe(false);
  });
});
