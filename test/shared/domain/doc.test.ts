import { describe, expect, it } from 'vitest';
import { docFromParagraphs, DocSchema, emptyDoc, withTrailingParagraph, type Doc } from '../../../shared/domain/doc';

describe('DocSchema', () => {
  it('accepts the empty document', () => {
    expect(DocSchema.safeParse(emptyDoc()).success).toBe(true);
  });

  it('rejects documents that are not docs or hold malformed nodes', () => {
    expect(DocSchema.safeParse({ type: 'paragraph' }).success).toBe(false);
    expect(DocSchema.safeParse({ type: 'doc', content: 'text' }).success).toBe(false);
    expect(DocSchema.safeParse({ type: 'doc', content: [{ type: '' }] }).success).toBe(false);
    expect(
      DocSchema.safeParse({ type: 'doc', content: [{ type: 'paragraph', content: [{ text: 'x' }] }] }).success,
    ).toBe(false);
    expect(DocSchema.safeParse({ type: 'doc', content: [{ type: 'paragraph', marks: [{ type: 1 }] }] }).success).toBe(
      false,
    );
  });
});

describe('withTrailingParagraph', () => {
  it('adds an empty paragraph after a last block that is not a paragraph, and nothing otherwise', () => {
    const recapLast: Doc = { type: 'doc', content: [{ type: 'recap', content: [{ type: 'text', text: 'x' }] }] };
    expect(withTrailingParagraph(recapLast).content?.map((n) => n.type)).toEqual(['recap', 'paragraph']);
    const paragraphLast = docFromParagraphs(['Текст.']);
    expect(withTrailingParagraph(paragraphLast)).toBe(paragraphLast);
    expect(withTrailingParagraph({ type: 'doc' }).content).toEqual([{ type: 'paragraph' }]);
  });
});
