import { describe, expect, it } from 'vitest';
import { docFromParagraphs } from '../../../shared/domain/doc';
import { relatedTeaser } from '../../../shared/domain/related';

describe('relatedTeaser', () => {
  it('is the lead when there is one', () => {
    expect(relatedTeaser({ lead: '  Нацбанк знизив ставку.  ', body: docFromParagraphs(['Текст.']) })).toBe(
      'Нацбанк знизив ставку.',
    );
  });

  it('else the first paragraph, cut at a word to the meta description length', () => {
    const first = 'Слово '.repeat(60).trim();
    const teaser = relatedTeaser({ lead: '', body: docFromParagraphs([first, 'Другий абзац.']) });
    expect(teaser.endsWith('…')).toBe(true);
    expect([...teaser].length).toBeLessThanOrEqual(156);
    expect(teaser).not.toContain('Другий');
    expect(relatedTeaser({ lead: '', body: docFromParagraphs(['Короткий.', 'Другий абзац.']) })).toBe('Короткий.');
  });
});
