import { fireEvent, render, screen } from '@testing-library/react';
import { useState } from 'react';
import { describe, expect, it } from 'vitest';
import { RelatedList } from '../../../../renderer/src/panel/related/RelatedList';
import type { RelatedArticle } from '../../../../renderer/src/panel/related/related-list';

const entry = (articleId: string, headline: string): RelatedArticle => ({
  articleId,
  headline,
  publishedAt: '2025-12-19T18:44:00.000Z',
  teaser: '',
});

function Harness({ initial, said }: { initial: RelatedArticle[]; said: string[] }) {
  const [related, setRelated] = useState(initial);
  return (
    <>
      <h3 id="title">Читайте також</h3>
      <RelatedList
        related={related}
        labelledBy="title"
        onChange={setRelated}
        onSay={(text) => said.push(text)}
        onEmptied={() => said.push('emptied')}
      />
    </>
  );
}

const headlines = () => screen.getAllByRole('listitem').map((item) => item.querySelector('span')?.textContent);

describe('RelatedList', () => {
  it('moves an entry with the focus kept on it, the other button at an end', () => {
    const said: string[] = [];
    render(<Harness initial={[entry('a', 'Перша'), entry('b', 'Друга'), entry('c', 'Третя')]} said={said} />);
    expect(screen.getByRole('list', { name: 'Читайте також' })).toBeTruthy();
    expect(screen.getAllByRole('listitem')[0]?.textContent).toContain('19 грудня 2025');

    fireEvent.click(screen.getByRole('button', { name: 'Нижче: Перша' }));
    expect(headlines()).toEqual(['Друга', 'Перша', 'Третя']);
    expect(document.activeElement).toBe(screen.getByRole('button', { name: 'Нижче: Перша' }));
    expect(said.at(-1)).toBe('Переставлено: Перша, тепер 2 з 3');

    fireEvent.click(screen.getByRole('button', { name: 'Нижче: Перша' }));
    expect(headlines()).toEqual(['Друга', 'Третя', 'Перша']);
    expect(document.activeElement).toBe(screen.getByRole('button', { name: 'Вище: Перша' }));
  });

  it('after a removal the focus goes to the next entry, and past the last one out of the list', () => {
    const said: string[] = [];
    render(<Harness initial={[entry('a', 'Перша'), entry('b', 'Друга')]} said={said} />);
    fireEvent.click(screen.getByRole('button', { name: 'Прибрати: Перша' }));
    expect(headlines()).toEqual(['Друга']);
    expect(document.activeElement).toBe(screen.getByRole('button', { name: 'Прибрати: Друга' }));
    fireEvent.click(screen.getByRole('button', { name: 'Прибрати: Друга' }));
    expect(screen.getByText('Ще не додано жодної статті.')).toBeTruthy();
    expect(said).toEqual(['Прибрано: Перша', 'Прибрано: Друга', 'emptied']);
  });
});
