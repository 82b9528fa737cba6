import { describe, expect, it } from 'vitest';
import { docFromParagraphs } from '../../../shared/domain/doc';
import { unsupportedContent } from '../../../shared/domain/editor-schema';

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
    const cell = {
      type: 'tableCell',
      content: [{ type: 'paragraph', content: [{ type: 'text', text: 'x', marks: [{ type: 'highlight' }] }] }],
    };
    const doc = {
      type: 'doc' as const,
      content: [
        { type: 'table', content: [{ type: 'tableRow', content: [cell, cell] }] },
        {
          type: 'paragraph',
          attrs: { textAlign: 'center' },
          content: [{ type: 'text', text: 'y', marks: [{ type: 'highlight' }] }],
        },
        { type: 'blockquote', content: [{ type: 'codeBlock' }] },
      ],
    };
    expect(unsupportedContent(doc)).toEqual({
      nodes: ['table', 'tableRow', 'tableCell', 'codeBlock'],
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
