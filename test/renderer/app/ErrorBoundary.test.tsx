import { render, screen } from '@testing-library/react';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { ErrorBoundary } from '../../../renderer/src/app/ErrorBoundary';
import { createTranslator, I18nContext } from '../../../renderer/src/i18n/i18n';

function Broken(): never {
  throw new Error('розбитий компонент');
}

describe('ErrorBoundary', () => {
  // React reports caught render errors on the console; keep the test output readable.
  beforeEach(() => {
    vi.spyOn(console, 'error').mockImplementation(() => undefined);
  });
  afterEach(() => {
    vi.restoreAllMocks();
  });

  it('shows its children while they render', () => {
    render(
      <ErrorBoundary>
        <p>Усе гаразд</p>
      </ErrorBoundary>,
    );
    expect(screen.getByText('Усе гаразд')).toBeTruthy();
  });

  it('replaces a failing part with a Ukrainian alert and a reload button, keeping the rest', () => {
    render(
      <div>
        <p>Бічна панель</p>
        <ErrorBoundary>
          <Broken />
        </ErrorBoundary>
      </div>,
    );
    const alert = screen.getByRole('alert');
    expect(alert.textContent).toContain('Щось пішло не так');
    expect(alert.textContent).toContain('розбитий компонент');
    expect(screen.getByRole('button', { name: 'Перезавантажити вікно' })).toBeTruthy();
    expect(screen.getByText('Бічна панель')).toBeTruthy();
  });

  it('speaks the chosen interface language', () => {
    render(
      <I18nContext.Provider value={{ language: 'en', t: createTranslator('en') }}>
        <ErrorBoundary>
          <Broken />
        </ErrorBoundary>
      </I18nContext.Provider>,
    );
    expect(screen.getByRole('alert').textContent).toContain('Something went wrong');
  });
});
