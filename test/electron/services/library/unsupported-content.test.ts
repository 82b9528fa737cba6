import { readFile } from 'node:fs/promises';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { LibraryStore } from '../../../../electron/services/library/library-store';
import type { DocNode } from '../../../../shared/domain/doc';
import { docFromParagraphs } from '../../../../shared/domain/doc';
import { expectCode } from '../../../fixtures/api-errors';
import { articleText, writeArticleFile } from '../../../fixtures/hostile-articles';
import { steppingClock } from '../../../fixtures/stepping-clock';
import { useTempDirs } from '../../../fixtures/temp-dir';

const tempDir = useTempDirs('shpalta-unsupported-');

/** What a newer app or another TipTap tool writes and this editor does not know (issue 15, finding 2). */
const FOREIGN: Array<{ name: string; node: DocNode; expected: { nodes: string[]; marks: string[] } }> = [
  {
    name: 'a highlight mark',
    node: { type: 'paragraph', content: [{ type: 'text', text: 'важливо', marks: [{ type: 'highlight' }] }] },
    expected: { nodes: [], marks: ['highlight'] },
  },
  {
    // This version has tables, but a heading in a cell is a table it would have to reshape.
    name: 'a table with a heading in a cell',
    node: {
      type: 'table',
      content: [
        {
          type: 'tableRow',
          content: [{ type: 'tableCell', content: [{ type: 'heading', attrs: { level: 2 } }] }],
        },
      ],
    },
    expected: { nodes: ['table'], marks: [] },
  },
  {
    name: 'a code block',
    node: { type: 'codeBlock', content: [{ type: 'text', text: 'x = 1' }] },
    expected: { nodes: ['codeBlock'], marks: [] },
  },
  {
    name: 'an image',
    node: { type: 'image', attrs: { src: 'https://example.com/a.jpg' } },
    expected: { nodes: ['image'], marks: [] },
  },
  {
    name: 'a task list',
    node: {
      type: 'taskList',
      content: [{ type: 'taskItem', attrs: { checked: true }, content: [{ type: 'paragraph' }] }],
    },
    expected: { nodes: ['taskList', 'taskItem'], marks: [] },
  },
];

async function storeWith(node: DocNode) {
  const root = path.join(await tempDir(), 'Шпальта');
  const store = new LibraryStore(root, steppingClock());
  await store.ensure();
  const text = articleText('foreign', 'Чужий вміст', [
    { type: 'paragraph', content: [{ type: 'text', text: 'Вступ' }] },
    node,
  ]);
  const file = await writeArticleFile(root, 'foreign', text);
  return { store, file, text };
}

describe.each(FOREIGN)('an article with $name', ({ node, expected }) => {
  it('opens with what the editor does not know named', async () => {
    const { store } = await storeWith(node);
    const opened = await store.get('foreign');
    expect(opened.unsupported).toEqual({ ...expected, attributes: [] });
  });

  it('is never written over, not even by a save based on its own hash; the file stays byte-identical', async () => {
    const { store, file, text } = await storeWith(node);
    const opened = await store.get('foreign');
    const emptied = { ...opened.article, body: docFromParagraphs(['']) };
    await expectCode(store.save(emptied, opened.hash), 'damaged-file');
    // A store that never read it (another window, a restart) refuses as well.
    const fresh = new LibraryStore(store.root, steppingClock());
    await expectCode(fresh.save(emptied, opened.hash), 'damaged-file');
    expect(await readFile(file, 'utf8')).toBe(text);
  });
});

describe('a body with types the editor does not know', () => {
  it('is refused by save, and nothing is written', async () => {
    const { store } = await storeWith({ type: 'paragraph' });
    const opened = await store.get('foreign');
    expect(opened.unsupported).toBeNull();
    const foreign = { ...opened.article, body: { type: 'doc' as const, content: [{ type: 'table' }] } };
    await expectCode(store.save(foreign, opened.hash), 'invalid-argument');
    expect((await store.get('foreign')).hash).toBe(opened.hash);
  });
});
