import { getSchema } from '@tiptap/core';
import { Fragment, Node as PmNode, Slice } from '@tiptap/pm/model';
import { StarterKit } from '@tiptap/starter-kit';
import { describe, expect, it } from 'vitest';
import { BodySuggestionScanner } from '../../../../../renderer/src/editor/features/typography/scan-body';

const schema = getSchema([StarterKit]);
const p = (text: string) => ({ type: 'paragraph', content: [{ type: 'text', text }] });

describe('BodySuggestionScanner', () => {
  it('places each suggestion at its document position, in nested blocks and after line breaks too', () => {
    const doc = PmNode.fromJSON(schema, {
      type: 'doc',
      content: [
        p('Зустріч 19 Грудня у 16:00.'),
        { type: 'bulletList', content: [{ type: 'listItem', content: [p('Ціна 20 грн. за кілограм')] }] },
        {
          type: 'paragraph',
          content: [{ type: 'text', text: 'Рядок' }, { type: 'hardBreak' }, { type: 'text', text: 'новий проект' }],
        },
      ],
    });
    const found = new BodySuggestionScanner().scan(doc);
    expect(found.map((s) => [s.rule, doc.textBetween(s.start, s.end, undefined, '\n'), s.replacement])).toEqual([
      ['month-case', 'Грудня', 'грудня'],
      ['time-preposition', 'у', 'о'],
      ['hryvnia-dot', 'грн.', 'грн'],
      ['spelling-2019', 'проект', 'проєкт'],
    ]);
    for (const s of found) expect(s.original).toBe(doc.textBetween(s.start, s.end, undefined, '\n'));
  });

  it('a paragraph found in the cache is placed where it is now, after an earlier one grew', () => {
    const scanner = new BodySuggestionScanner();
    const doc = PmNode.fromJSON(schema, { type: 'doc', content: [p('Перше'), p('Від 1-го січня')] });
    const [before] = scanner.scan(doc);
    const grown = doc.replace(
      1 + 'Перше'.length,
      1 + 'Перше'.length,
      new Slice(Fragment.from(schema.text(' довше')), 0, 0),
    );
    const inserted = grown.content.size - doc.content.size;
    const [after] = scanner.scan(grown);
    expect(grown.child(1)).toBe(doc.child(1)); // the same node: its suggestions came from the cache
    expect(after?.start).toBe((before?.start ?? 0) + inserted);
    expect(after && grown.textBetween(after.start, after.end)).toBe('1-го');
  });
});
