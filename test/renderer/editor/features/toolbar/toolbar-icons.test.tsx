import { render } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { TOOLBAR_ICONS } from '../../../../../renderer/src/editor/features/toolbar/toolbar-icons';
import { createTranslator, I18nContext } from '../../../../../renderer/src/i18n/i18n';
import type { UiLanguage } from '../../../../../shared/settings/schema';

const MARKS = ['bold', 'italic', 'underline', 'strike'] as const;

function letters(language: UiLanguage): string[] {
  return MARKS.map((mark) => {
    const { container, unmount } = render(
      <I18nContext.Provider value={{ language, t: createTranslator(language) }}>
        {TOOLBAR_ICONS[mark]}
      </I18nContext.Provider>,
    );
    const text = container.textContent ?? '';
    unmount();
    return text;
  });
}

describe('toolbar icons: the mark letters follow the interface language', () => {
  it('Ж К П З in Ukrainian', () => {
    expect(letters('uk')).toEqual(['Ж', 'К', 'П', 'З']);
  });

  it('B I U S in English', () => {
    expect(letters('en')).toEqual(['B', 'I', 'U', 'S']);
  });
});
