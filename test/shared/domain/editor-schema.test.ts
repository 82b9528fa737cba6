import { describe, expect, it } from 'vitest';
import { docFromParagraphs } from '../../../shared/domain/doc';
import type { DocNode } from '../../../shared/domain/doc';
import { showablePart, unsupportedContent } from '../../../shared/domain/editor-schema';

describe('unsupportedContent', () => {
  it('is null for a body the editor can show whole', () => {
    const doc = docFromParagraphs(['Перший абзац.', 'Другий.']);
    doc.content?.push({
      type: 'blockquote',
      attrs: { attribution: 'Олена' },
      content: [{ type: 'paragraph', content: [{ type: 'text', text: 'Цитата', marks: [{ type: 'bold' }] }] }],
    });
    expect(unsupportedContent(doc)).toBeNull();
  });

  it('names each unknown node, mark and attribute once, however deep', () => {
    const item = {
      type: 'taskItem',
      content: [{ type: 'paragraph', content: [{ type: 'text', text: 'x', marks: [{ type: 'highlight' }] }] }],
    };
    const doc = {
      type: 'doc' as const,
      content: [
        { type: 'taskList', content: [item, item] },
        {
          type: 'paragraph',
          attrs: { textAlign: 'center' },
          content: [{ type: 'text', text: 'y', marks: [{ type: 'highlight' }] }],
        },
        { type: 'blockquote', content: [{ type: 'codeBlock' }] },
      ],
    };
    expect(unsupportedContent(doc)).toEqual({
      nodes: ['taskList', 'taskItem', 'codeBlock'],
      marks: ['highlight'],
      attributes: ['paragraph.textAlign'],
    });
  });

  it('does not take names from Object.prototype for node types', () => {
    expect(
      unsupportedContent({ type: 'doc', content: [{ type: 'constructor' }, { type: 'toString' }] })?.nodes,
    ).toEqual(['constructor', 'toString']);
  });
});

const paragraph = (text: string): DocNode => ({ type: 'paragraph', content: [{ type: 'text', text }] });
const cell = (content: DocNode[], type = 'tableCell'): DocNode => ({ type, content });
const tableOf = (...rows: DocNode[][]): DocNode => ({
  type: 'table',
  attrs: { caption: 'Явка' },
  content: rows.map((cells) => ({ type: 'tableRow', content: cells })),
});

describe('tables and the editor schema', () => {
  it('takes a well-formed table with a header row and marks in its cells', () => {
    const bold = { type: 'text', text: '52%', marks: [{ type: 'bold' }] };
    const table = tableOf(
      [cell([paragraph('Область')], 'tableHeader'), cell([paragraph('Явка')], 'tableHeader')],
      [cell([paragraph('Київська')]), cell([{ type: 'paragraph', content: [bold] }])],
    );
    expect(unsupportedContent({ type: 'doc', content: [table] })).toBeNull();
  });

  it('names a table the editor would reshape (a heading in a cell, a ragged row) and its unknown attributes', () => {
    const heading = { type: 'heading', attrs: { level: 2 }, content: [{ type: 'text', text: 'Так' }] };
    const withHeading = tableOf([cell([heading])]);
    const ragged = tableOf([cell([paragraph('a')]), cell([paragraph('b')])], [cell([paragraph('c')])]);
    const styled = tableOf([{ type: 'tableCell', attrs: { colwidth: [120] }, content: [paragraph('a')] }]);
    expect(unsupportedContent({ type: 'doc', content: [withHeading] })?.nodes).toEqual(['table']);
    expect(unsupportedContent({ type: 'doc', content: [ragged] })?.nodes).toEqual(['table']);
    expect(unsupportedContent({ type: 'doc', content: [styled] })?.attributes).toEqual(['tableCell.colwidth']);
  });

  it('names a row or a cell found outside a table', () => {
    const stray = { type: 'tableRow', content: [cell([paragraph('a')])] };
    expect(unsupportedContent({ type: 'doc', content: [stray] })?.nodes).toEqual(['table']);
    const inQuote = { type: 'blockquote', content: [cell([paragraph('b')])] };
    expect(unsupportedContent({ type: 'doc', content: [inQuote] })?.nodes).toEqual(['table']);
  });

  it('shows a table it cannot take as the blocks of its cells, and keeps a good one whole', () => {
    const heading = { type: 'heading', attrs: { level: 2 }, content: [{ type: 'text', text: 'Так' }] };
    const good = tableOf([cell([paragraph('a')])]);
    const bad = tableOf([cell([heading]), cell([paragraph('b')])]);
    expect(showablePart({ type: 'doc', content: [good, bad] }).content?.map((node) => node.type)).toEqual([
      'table',
      'heading',
      'paragraph',
    ]);
  });
});
