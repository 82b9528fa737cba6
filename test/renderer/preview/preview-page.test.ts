import { describe, expect, it } from 'vitest';
import type { OutletState } from '../../../shared/api/contract';
import { newArticle } from '../../../shared/domain/article';
import { defaultOutletProfile } from '../../../shared/outlet/outlet-profile';
import { previewPage } from '../../../renderer/src/preview/preview-page';

const LOGO = 'data:image/png;base64,iVBORw0KGgo=';

function outlet(changes: Partial<OutletState['profile']> = {}, logoDataUrl: string | null = LOGO): OutletState {
  const profile = { ...defaultOutletProfile(), ...changes };
  return { profile, hash: 'h', problem: null, logoDataUrl };
}

const page = (state: OutletState) =>
  new DOMParser().parseFromString(
    previewPage(newArticle('a-1', '2025-12-19T18:44:00.000Z', { headline: 'Бюджет ухвалено' }), state, () => null),
    'text/html',
  );

describe('previewPage', () => {
  it('shows the library profile’s logo (as given, a data: URL) and subscribe call, linked to its Telegram', () => {
    const doc = page(
      outlet({
        name: 'Економічна правда',
        subscribeText: 'Підписуйтесь на наш Telegram-канал',
        social: { ...defaultOutletProfile().social, telegram: 'https://t.me/epravda' },
      }),
    );
    expect(doc.querySelector('.site-header img')?.getAttribute('src')).toBe(LOGO);
    expect(doc.querySelector('.subscribe')?.textContent).toBe('Підписуйтесь на наш Telegram-канал');
    expect(doc.querySelector('.subscribe a')?.getAttribute('href')).toBe('https://t.me/epravda');
  });

  it('without a logo or a subscribe call, the page has neither', () => {
    const doc = page(outlet({ name: 'НВ' }, null));
    expect(doc.querySelector('.site-header')?.textContent).toBe('НВ');
    expect(doc.querySelector('.site-header img')).toBeNull();
    expect(doc.querySelector('.subscribe')).toBeNull();
  });
});
