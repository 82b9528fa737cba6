import { getSchema } from '@tiptap/core';
import { Fragment, Node as PmNode, Slice } from '@tiptap/pm/model';
import { StarterKit } from '@tiptap/starter-kit';
import { describe, expect, it } from 'vitest';
import { type Doc, docFromParagraphs } from '../../../shared/domain/doc';
import { docToPlainText } from '../../../shared/domain/doc-text';
import { countText } from '../../../shared/text/counts';
import { DocCounter } from '../../../renderer/src/workspace/doc-counts';
import { Recap } from '../../../renderer/src/editor/nodes/recap/recap';

const schema = getSchema([StarterKit]);
const toNode = (paragraphs: string[]) => PmNode.fromJSON(schema, docFromParagraphs(paragraphs));

describe('DocCounter', () => {
  it('counts a document as the plain text of its blocks, one line break between blocks', () => {
    const paragraphs = [
      'Ціни зросли — і це дивно.',
      'Південно-східний регіон отримав 1 500 000 грн.',
      'П’ять слів у цьому реченні.',
    ];
    const counts = new DocCounter().count(toNode(paragraphs));
    const plain = paragraphs.join('\n');
    expect(counts).toEqual(countText(plain));
    expect(counts.words).toBe(5 + 5 + 5);
  });

  it('adds the headline and lead as blocks of their own', () => {
    const doc = toNode(['Перший абзац.']);
    const counts = new DocCounter().count(doc, ['Заголовок статті', '', 'Лід статті']);
    expect(counts).toEqual(countText('Заголовок статті\nЛід статті\nПерший абзац.'));
  });

  it('stays right across edits: unchanged blocks come from the cache, changed ones are recounted', () => {
    const counter = new DocCounter();
    const before = toNode(['Один два три.', 'Чотири пʼять.', 'Шість.']);
    expect(counter.count(before).words).toBe(6);
    // Replace the middle paragraph the way an edit does: the other two nodes are shared.
    const middle = schema.node('paragraph', null, [schema.text('Чотири пʼять шість сім.')]);
    const after = before.replace(
      before.child(0).nodeSize,
      before.child(0).nodeSize + before.child(1).nodeSize,
      new Slice(Fragment.from(middle), 0, 0),
    );
    expect(after.child(0)).toBe(before.child(0));
    expect(counter.count(after)).toEqual(countText(docToPlainText(after.toJSON()).replace(/\n\n/g, '\n')));
    expect(counter.count(after).words).toBe(8);
  });

  it('counts an empty document as nothing', () => {
    expect(new DocCounter().count(toNode(['']))).toEqual({ words: 0, characters: 0 });
  });
});

describe('DocCounter.countRange', () => {
  const doc = toNode(['Один два три.', 'Чотири пʼять.', 'Шість сім.']);
  const start = (index: number) => {
    let pos = 0;
    for (let i = 0; i < index; i += 1) pos += doc.child(i).nodeSize;
    return pos + 1;
  };

  it('counts a selection inside one paragraph', () => {
    // «два три» in the first paragraph.
    const from = start(0) + 'Один '.length;
    expect(new DocCounter().countRange(doc, from, from + 'два три'.length)).toEqual(countText('два три'));
  });

  it('counts a selection across paragraphs as their plain text, a line break between them', () => {
    const from = start(0) + 'Один два '.length;
    const to = start(2) + 'Шість'.length;
    expect(new DocCounter().countRange(doc, from, to)).toEqual(countText('три.\nЧотири пʼять.\nШість'));
  });

  it('counts select-all as the whole document', () => {
    const counter = new DocCounter();
    expect(counter.countRange(doc, 0, doc.content.size)).toEqual(counter.count(doc));
  });

  it('counts nothing for an empty range', () => {
    expect(new DocCounter().countRange(doc, 3, 3)).toEqual({ words: 0, characters: 0 });
  });
});

describe('DocCounter and the recap label', () => {
  it('counts «Нагадаємо,» of a recap block as the page prints it, like the plain text does', () => {
    const withRecap = getSchema([StarterKit, Recap]);
    const json: Doc = {
      type: 'doc',
      content: [
        { type: 'paragraph', content: [{ type: 'text', text: 'Перший абзац.' }] },
        { type: 'recap', content: [{ type: 'text', text: 'раніше уряд схвалив проєкт.' }] },
      ],
    };
    const counts = new DocCounter().count(PmNode.fromJSON(withRecap, json));
    expect(counts).toEqual(countText(docToPlainText(json).replace('\n\n', '\n')));
    expect(counts.words).toBe(2 + 5);
  });
});
