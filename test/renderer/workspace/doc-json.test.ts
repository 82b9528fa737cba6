import { getSchema } from '@tiptap/core';
import { Fragment, Node as PmNode, Slice } from '@tiptap/pm/model';
import { StarterKit } from '@tiptap/starter-kit';
import { describe, expect, it } from 'vitest';
import { docFromParagraphs } from '../../../shared/domain/doc';
import { DocJsonCache } from '../../../renderer/src/workspace/doc-json';

const schema = getSchema([StarterKit]);

describe('DocJsonCache', () => {
  it('gives exactly what ProseMirror’s toJSON gives, marks and nesting included', () => {
    const doc = PmNode.fromJSON(schema, {
      type: 'doc',
      content: [
        { type: 'heading', attrs: { level: 2 }, content: [{ type: 'text', text: 'Підзаголовок' }] },
        {
          type: 'paragraph',
          content: [
            { type: 'text', text: 'Звичайний ' },
            { type: 'text', text: 'жирний', marks: [{ type: 'bold' }] },
          ],
        },
        { type: 'bulletList', content: [{ type: 'listItem', content: [{ type: 'paragraph' }] }] },
      ],
    });
    expect(new DocJsonCache().toJSON(doc)).toEqual(doc.toJSON());
  });

  it('after an edit, only the changed block is serialised again', () => {
    const cache = new DocJsonCache();
    const before = PmNode.fromJSON(schema, docFromParagraphs(['Один.', 'Два.', 'Три.']));
    const first = cache.toJSON(before);
    const at = before.child(0).nodeSize + 1 + 'Два'.length;
    const after = before.replace(at, at, new Slice(Fragment.from(schema.text(' і пів')), 0, 0));
    const second = cache.toJSON(after);
    expect(second).toEqual(after.toJSON());
    expect(second.content?.[0]).toBe(first.content?.[0]);
    expect(second.content?.[2]).toBe(first.content?.[2]);
    expect(second.content?.[1]).not.toBe(first.content?.[1]);
  });
});
