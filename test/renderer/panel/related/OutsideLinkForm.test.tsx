import { fireEvent, render, screen } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { OutsideLinkForm } from '../../../../renderer/src/panel/related/OutsideLinkForm';
import type { RelatedArticle } from '../../../../renderer/src/panel/related/related-list';

function renderForm(related: RelatedArticle[] = []) {
  const added: RelatedArticle[] = [];
  render(<OutsideLinkForm related={related} disabled={false} onAdd={(item) => added.push(item)} />);
  const url = screen.getByRole('textbox', { name: 'Адреса (URL)' });
  const title = screen.getByRole('textbox', { name: 'Назва статті' });
  return { added, url, title };
}

describe('OutsideLinkForm', () => {
  it('adds an outside article on Enter and empties its fields', () => {
    const { added, url, title } = renderForm();
    fireEvent.change(url, { target: { value: 'https://example.com/news' } });
    fireEvent.change(title, { target: { value: 'Новина партнерів' } });
    fireEvent.keyDown(title, { key: 'Enter' });
    expect(added).toEqual([{ url: 'https://example.com/news', headline: 'Новина партнерів', teaser: '' }]);
    expect((url as HTMLInputElement).value).toBe('');
  });

  it('says what is wrong beside the field, and takes the focus there', () => {
    const { added, url, title } = renderForm();
    fireEvent.change(url, { target: { value: 'example.com' } });
    fireEvent.change(title, { target: { value: 'Новина' } });
    fireEvent.click(screen.getByRole('button', { name: 'Додати зовнішнє посилання' }));
    expect(added).toEqual([]);
    expect(url.getAttribute('aria-invalid')).toBe('true');
    expect(document.activeElement).toBe(url);
    const problem = document.getElementById(url.getAttribute('aria-describedby') ?? '');
    expect(problem?.textContent).toBe('Адреса має починатися з http:// або https://.');
    expect(title.getAttribute('aria-invalid')).toBeNull();
  });
});
