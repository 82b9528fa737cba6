import { fireEvent, render, screen, within } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { newArticle, type Article, type ArticleInput } from '../../../shared/domain/article';
import { docFromParagraphs } from '../../../shared/domain/doc';
import { createTranslator, I18nContext } from '../../../renderer/src/i18n/i18n';
import { VersionsCompare } from '../../../renderer/src/versions/VersionsCompare';

const PARAGRAPHS = [
  'Кабінет міністрів ухвалив зміни до бюджету на 2026 рік.',
  'Додаткові 12,5 млрд грн підуть на закупівлю дронів.',
  'Опозиція критикує рішення уряду.',
  'Експерти кажуть, що будь-який перерозподіл має пройти комітет.',
  'Нагадаємо, минулого тижня Рада ухвалила п’ятирічний план.',
];

function article(paragraphs: string[], fields: Partial<ArticleInput> = {}): Article {
  return newArticle('m3k9x2ab-budget01', '2025-12-19T18:44:00+02:00', {
    headline: 'Уряд збільшив видатки на оборону',
    lead: 'Зміни ухвалено в п’ятницю.',
    tags: ['бюджет', 'оборона'],
    body: docFromParagraphs(paragraphs),
    ...fields,
  });
}

function show(older: Article, newer: Article, language: 'uk' | 'en' = 'uk') {
  render(
    <I18nContext.Provider value={{ language, t: createTranslator(language) }}>
      <VersionsCompare older={{ label: 'Надіслано', article: older }} newer={{ label: 'Зараз', article: newer }} />
    </I18nContext.Provider>,
  );
  return screen.getByRole('table');
}

describe('VersionsCompare', () => {
  it('marks the changed word with <del> and <ins>, said in words, and folds the unchanged paragraphs', () => {
    const edited = [...PARAGRAPHS];
    edited[2] = 'Опозиція різко критикує рішення уряду.';
    const table = show(article(PARAGRAPHS), article(edited, { tags: ['оборона', 'дрони'] }));

    const inserted = table.querySelectorAll('ins');
    expect([...inserted].map((node) => node.textContent)).toEqual(['додано: різко ']);
    expect(table.querySelectorAll('del')).toHaveLength(0);
    expect(screen.getByRole('status').textContent).toContain('Абзаців змінено: 1');
    // Two unchanged paragraphs before the edit and two after, each run folded behind a button.
    const unfold = within(table).getAllByRole('button', { name: 'Показати ще 2 незмінні абзаци' });
    expect(unfold).toHaveLength(2);
    expect(table.textContent).not.toContain(PARAGRAPHS[0]);
    fireEvent.click(unfold[0] as HTMLElement);
    expect(table.textContent).toContain(PARAGRAPHS[0]);
    expect(within(table).getAllByRole('button', { name: /Показати ще/ })).toHaveLength(1);

    const metadata = screen.getByRole('region', { name: 'Метадані' });
    expect(metadata.textContent).toContain('Теги: додано: «дрони»');
    expect(metadata.querySelector('del')?.textContent).toBe('«бюджет»');
  });

  it('«Усе» shows every paragraph and the unchanged headline; «Лише зміни» folds them again', () => {
    const edited = PARAGRAPHS.filter((_, i) => i !== 3);
    const table = show(article(PARAGRAPHS), article(edited));
    expect(table.textContent).not.toContain('Уряд збільшив видатки');
    const removed = table.querySelector('del');
    expect(removed?.textContent).toBe(`вилучено: ${PARAGRAPHS[3]}`);
    expect(within(table).getByRole('cell', { name: 'Цього блока в цій версії немає' })).toBeTruthy();

    fireEvent.click(screen.getByRole('button', { name: 'Усе' }));
    expect(screen.getByRole('button', { name: 'Усе' }).getAttribute('aria-pressed')).toBe('true');
    expect(table.textContent).toContain('Уряд збільшив видатки');
    for (const text of PARAGRAPHS) expect(table.textContent).toContain(text);
    expect(within(table).queryAllByRole('button', { name: /Показати ще/ })).toHaveLength(0);

    fireEvent.click(screen.getByRole('button', { name: 'Лише зміни' }));
    expect(within(table).getAllByRole('button', { name: /Показати ще/ })).toHaveLength(2);
  });

  it('says so when the versions are the same', () => {
    show(article(PARAGRAPHS), article(PARAGRAPHS));
    expect(screen.getByRole('status').textContent).toBe('Версії однакові: ні текст, ні метадані не змінено.');
    expect(screen.getByRole('region', { name: 'Метадані' }).textContent).toContain('Метадані не змінено.');
  });

  it('speaks English in an English interface, marks included', () => {
    const edited = [...PARAGRAPHS];
    edited[0] = 'Кабінет міністрів скасував зміни до бюджету на 2026 рік.';
    const table = show(article(PARAGRAPHS), article(edited, { headline: 'Уряд зменшив видатки на оборону' }), 'en');
    expect(table.querySelector('del')?.textContent).toMatch(/^removed: /);
    expect(table.querySelector('ins')?.textContent).toMatch(/^added: /);
    expect(screen.getByRole('button', { name: 'Show 4 more unchanged paragraphs' })).toBeTruthy();
    expect(screen.getByRole('status').textContent).toContain('Paragraphs changed: 2');
  });
});
