import { describe, expect, it } from 'vitest';
import type { Doc, DocNode } from '../../../shared/domain/doc';
import { bodyHtml } from '../../../shared/site/body-html';
import { renderSitePage } from '../../../shared/site/site-page';
import { telegramBodyHtml } from '../../../shared/telegram/telegram-body';
import { seedPageInput } from '../site/seed-page';

const NOTE = 'note-secret7';
const comment = { type: 'comment', attrs: { noteId: NOTE } };
const commented: Doc = {
  type: 'doc',
  content: [
    {
      type: 'paragraph',
      content: [
        { type: 'text', text: 'Уряд ухвалив ' },
        { type: 'text', text: 'бюджет', marks: [comment, { type: 'bold' }] },
        { type: 'text', text: ' на рік', marks: [comment] },
      ],
    },
    { type: 'heading', attrs: { level: 2 }, content: [{ type: 'text', text: 'Деталі', marks: [comment] }] } as DocNode,
  ],
};

/** A review note is the newsroom's: every output keeps the noted text and drops the note's anchor. */
describe('notes never reach a page or a publishing target', () => {
  it('the site body keeps the text and its other marks, without the note', () => {
    const html = bodyHtml(commented, { media: () => null, articleUrl: () => null, dateStyle: 'standard' });
    expect(html).toBe('<p>Уряд ухвалив <strong>бюджет</strong> на рік</p><h2>Деталі</h2>');
  });

  it('the whole site page has no trace of the note', () => {
    const input = seedPageInput();
    const page = renderSitePage({ ...input, article: { ...input.article, body: commented } });
    expect(page).toContain('Уряд ухвалив <strong>бюджет</strong> на рік');
    expect(page).not.toContain(NOTE);
    expect(page).not.toMatch(/note-id|comment/i);
  });

  it('the Telegram post keeps the text, without the note', () => {
    const html = telegramBodyHtml(commented, { pageUrl: 'https://site.example/news/budget' });
    expect(html).toContain('Уряд ухвалив <b>бюджет</b> на рік');
    expect(html).not.toContain(NOTE);
    expect(html).not.toMatch(/note-id|comment/i);
  });
});
