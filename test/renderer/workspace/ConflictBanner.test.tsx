import { fireEvent, render, screen } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { createTranslator, I18nContext } from '../../../renderer/src/i18n/i18n';
import { ConflictBanner } from '../../../renderer/src/workspace/ConflictBanner';

describe('ConflictBanner', () => {
  it('says the article changed elsewhere and offers the three choices', () => {
    const chosen: string[] = [];
    render(
      <ConflictBanner
        elsewhere={false}
        onCompare={() => chosen.push('compare')}
        onTakeTheirs={() => chosen.push('theirs')}
        onKeepMine={() => chosen.push('mine')}
      />,
    );
    expect(screen.getByRole('alert').textContent).toContain('Статтю змінено поза цим вікном');
    fireEvent.click(screen.getByRole('button', { name: 'Порівняти' }));
    fireEvent.click(screen.getByRole('button', { name: 'Відкрити версію з диска' }));
    fireEvent.click(screen.getByRole('button', { name: 'Записати мою версію' }));
    expect(chosen).toEqual(['compare', 'theirs', 'mine']);
  });

  it('names another window of the app, not other programs, when the article is open in one', () => {
    render(<ConflictBanner elsewhere onCompare={() => {}} onTakeTheirs={() => {}} onKeepMine={() => {}} />);
    const text = screen.getByRole('alert').textContent;
    expect(text).toContain('в іншому вікні чи вкладці Шпальти');
    expect(text).not.toContain('інша програма');
  });

  it('speaks the UI language', () => {
    render(
      <I18nContext.Provider value={{ language: 'en', t: createTranslator('en') }}>
        <ConflictBanner elsewhere={false} onCompare={() => {}} onTakeTheirs={() => {}} onKeepMine={() => {}} />
      </I18nContext.Provider>,
    );
    expect(screen.getByRole('alert').textContent).toContain(createTranslator('en')('conflict.title'));
    expect(screen.getByRole('button', { name: createTranslator('en')('conflict.keepMine') })).toBeTruthy();
  });
});
