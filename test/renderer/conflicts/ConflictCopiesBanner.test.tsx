import { fireEvent, render, screen, within } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import type { ConflictCopy } from '../../../shared/api/contract';
import { message } from '../../../shared/i18n/message';
import { ConflictCopiesBanner } from '../../../renderer/src/conflicts/ConflictCopiesBanner';
import { createTranslator, I18nContext } from '../../../renderer/src/i18n/i18n';
import { articleFile } from '../workspace/support/article-file';

/** As the service describes them (electron/services/library/sync-conflicts.ts): messages, worded here. */
const COPIES: ConflictCopy[] = [
  {
    fileName: "article (Olena's conflicted copy 2025-12-19).json",
    description: message('syncCopy.known', {
      tool: 'Dropbox',
      details: message('syncCopy.details', { parts: message('syncCopy.list', { first: 'Olena', rest: '2025-12-19' }) }),
    }),
    hash: 'h1',
    article: articleFile().article,
    reason: null,
  },
  {
    fileName: 'article (1).json',
    description: message('syncCopy.googleDrive', {
      details: message('syncCopy.details', { parts: message('syncCopy.number', { number: 1 }) }),
    }),
    hash: '',
    article: null,
    reason: message('damaged.notJson'),
  },
];

function renderBanner(language: 'uk' | 'en', chosen: string[] = []) {
  render(
    <I18nContext.Provider value={{ language, t: createTranslator(language) }}>
      <ConflictCopiesBanner
        copies={COPIES}
        busy={false}
        onCompare={(copy) => chosen.push(`compare ${copy.hash}`)}
        onKeepCurrent={(copy) => chosen.push(`current ${copy.hash}`)}
        onTakeCopy={(copy) => chosen.push(`copy ${copy.hash}`)}
      />
    </I18nContext.Provider>,
  );
  return within(screen.getByRole('alert')).getAllByRole('listitem');
}

describe('ConflictCopiesBanner', () => {
  it('names each copy and why a damaged one cannot be compared, in Ukrainian', () => {
    const chosen: string[] = [];
    const [dropbox, google] = renderBanner('uk', chosen);
    expect(dropbox?.textContent).toContain('Конфліктна копія Dropbox (Olena, 2025-12-19)');
    expect(google?.textContent).toContain('Конфліктна копія, імовірно Google Drive (№ 1)');
    expect(google?.textContent).toContain('Копію пошкоджено: файл не є коректним JSON');
    fireEvent.click(within(dropbox as HTMLElement).getByRole('button', { name: 'Порівняти' }));
    expect(chosen).toEqual(['compare h1']);
  });

  it('words the same copies in English for an English UI', () => {
    const [dropbox, google] = renderBanner('en');
    expect(dropbox?.textContent).toContain('Conflict copy from Dropbox (Olena, 2025-12-19)');
    expect(google?.textContent).toContain('Conflict copy, probably from Google Drive (no. 1)');
    expect(google?.textContent).toContain('the file is not valid JSON');
    expect(screen.getByRole('alert').textContent).not.toMatch(/[а-яіїєґ]/i);
  });
});
