import { fireEvent, screen, within } from '@testing-library/react';
import { afterEach, describe, expect, it } from 'vitest';
import { destroyEditors, mountEditor, settle } from '../support/block-editor';

afterEach(destroyEditors);

describe('embed card', () => {
  it('names the network and shows the address, loading nothing of the provider’s', async () => {
    await mountEditor({
      type: 'doc',
      content: [
        {
          type: 'embed',
          attrs: { provider: 'youtube', url: 'https://www.youtube.com/watch?v=dQw4w9WgXcQ', id: 'dQw4w9WgXcQ' },
        },
        { type: 'paragraph' },
      ],
    });
    const card = screen.getByRole('group', { name: 'Вбудований допис: YouTube' });
    expect(card.textContent).toContain('https://www.youtube.com/watch?v=dQw4w9WgXcQ');
    expect(card.textContent).toContain('На сайті тут буде сам допис');
    expect(document.querySelector('.ProseMirror iframe, .ProseMirror script, .ProseMirror img')).toBeNull();
  });
});

describe('«Читайте також» card', () => {
  it('lists each remembered article with its date in the house style, in order', async () => {
    await mountEditor({
      type: 'doc',
      content: [
        {
          type: 'readAlso',
          attrs: {
            articles: [
              {
                articleId: 'm3k9x2ac-00000001',
                headline: 'Кабмін запускає військовий облік',
                date: '2025-12-14T13:10:00Z',
              },
              { articleId: 'm3k9x2ac-00000002', headline: 'Бізнес у час війни', date: null },
            ],
          },
        },
        { type: 'paragraph' },
      ],
    });
    const card = screen.getByRole('complementary', { name: 'Читайте також' });
    expect(
      within(card)
        .getAllByRole('listitem')
        .map((item) => item.textContent),
    ).toEqual(['14 грудня 2025 року, 15:10 Кабмін запускає військовий облік', 'Бізнес у час війни']);
    expect(card.querySelector('time')?.getAttribute('dateTime')).toBe('2025-12-14T13:10:00Z');
  });
});

describe('quote with attribution', () => {
  it('keeps the quote as editable text and edits who said it in its own field', async () => {
    const editor = await mountEditor({
      type: 'doc',
      content: [
        {
          type: 'blockquote',
          attrs: { attribution: '' },
          content: [{ type: 'paragraph', content: [{ type: 'text', text: 'Цитата' }] }],
        },
        { type: 'paragraph' },
      ],
    });
    expect(document.querySelector('blockquote [data-node-view-content-react] p')?.textContent).toBe('Цитата');
    const field = screen.getByLabelText('Хто це сказав');
    fireEvent.change(field, { target: { value: 'Стивен Виткофф' } });
    await settle();
    expect(editor.getJSON().content?.[0]?.attrs).toEqual({ attribution: 'Стивен Виткофф' });
    fireEvent.keyDown(field, { key: 'Enter' });
    // Back at the end of the quote's text.
    expect(editor.state.selection.$from.parent.textContent).toBe('Цитата');
    expect(editor.state.selection.$from.parentOffset).toBe('Цитата'.length);
  });
});

describe('recap', () => {
  it('shows its label from the node, outside the editable text', async () => {
    await mountEditor({
      type: 'doc',
      content: [
        { type: 'recap', content: [{ type: 'text', text: 'офіційна реакція поки стримана.' }] },
        { type: 'paragraph' },
      ],
    });
    const recap = document.querySelector('p.recap');
    expect(recap?.getAttribute('data-label')).toBe('Нагадаємо,');
    expect(recap?.textContent).toBe('офіційна реакція поки стримана.');
  });
});
