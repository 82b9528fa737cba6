import { act, render, screen } from '@testing-library/react';
import { Profiler } from 'react';
import { describe, expect, it } from 'vitest';
import { StatusBar } from '../../../renderer/src/status/StatusBar';
import { StatusStore } from '../../../renderer/src/status/status-store';
import { ApiError } from '../../../shared/api/errors';
import { message } from '../../../shared/i18n/message';

const NBSP = '\u00A0';

function renderBar(host: 'electron' | 'browser' = 'electron') {
  const store = new StatusStore();
  const view = render(<StatusBar store={store} host={host} />);
  const status = () => screen.getByRole('status');
  return { store, view, status };
}

describe('StatusStore', () => {
  it('update merges the patch, makes a new snapshot and notifies subscribers until they leave', () => {
    const store = new StatusStore();
    const first = store.getSnapshot();
    expect(first).toEqual({ save: null, counts: null, selection: null, hostLost: false });
    let calls = 0;
    const stop = store.subscribe(() => (calls += 1));
    store.update({ counts: { words: 1, characters: 5 } });
    store.update({ save: { kind: 'dirty' } });
    expect(store.getSnapshot()).toEqual({
      save: { kind: 'dirty' },
      counts: { words: 1, characters: 5 },
      selection: null,
      hostLost: false,
    });
    expect(store.getSnapshot()).not.toBe(first);
    expect(calls).toBe(2);
    stop();
    store.update({ save: { kind: 'saving' } });
    expect(calls).toBe(2);
  });
});

describe('StatusBar', () => {
  it('a lost host is said in the save state’s place, whatever that is, and goes when the host is back', () => {
    const { store, status } = renderBar('browser');
    act(() => store.update({ save: { kind: 'saved', at: '2026-03-01T10:00:00Z' } }));
    const saved = status().textContent;
    act(() => store.update({ hostLost: true }));
    expect(status().textContent).toBe(
      'Немає зв’язку з програмою. Зміни збережено в цьому браузері й буде надіслано, щойно вона повернеться.',
    );
    act(() => store.update({ hostLost: false }));
    expect(status().textContent).toBe(saved);
  });

  it('starts empty, then shows each save state', () => {
    const { store, status } = renderBar();
    expect(status().textContent).toBe('');
    expect(status().getAttribute('data-state')).toBe('none');
    act(() => store.update({ save: { kind: 'clean' } }));
    expect(status().textContent).toBe('Відкрито');
    act(() => store.update({ save: { kind: 'dirty' } }));
    expect(status().textContent).toBe('Є незбережені зміни');
    act(() => store.update({ save: { kind: 'saving' } }));
    expect(status().textContent).toBe('Зберігаємо…');
    expect(status().getAttribute('data-state')).toBe('saving');
  });

  it('saved shows «Збережено о» and the Kyiv time of the save, wherever the laptop is', () => {
    const { store, status } = renderBar();
    act(() => store.update({ save: { kind: 'saved', at: '2025-12-19T18:44:00Z' } }));
    expect(status().textContent).toBe('Збережено о 20:44');
    act(() => store.update({ save: { kind: 'saved', at: '2025-07-01T21:05:00Z' } }));
    expect(status().textContent).toBe('Збережено о 00:05'); // summer time: UTC+3
    expect(status().getAttribute('data-state')).toBe('saved');
    expect(screen.queryByRole('button')).toBeNull();
  });

  it('counts: «5 слів» and «3 452 знаки з пробілами» with a no-break space', () => {
    const { store, view } = renderBar();
    expect(view.container.querySelector('.counts')).toBeNull();
    act(() => store.update({ counts: { words: 5, characters: 3452 } }));
    expect(screen.getByText('5 слів')).toBeTruthy();
    expect(screen.getByText(`3${NBSP}452 знаки з пробілами`, { normalizer: (s) => s })).toBeTruthy();
    act(() => store.update({ counts: { words: 21, characters: 1 } }));
    expect(screen.getByText('21 слово')).toBeTruthy();
    expect(screen.getByText('1 знак з пробілами')).toBeTruthy();
  });

  it('reading time at 200 words a minute with Ukrainian plurals, none for an empty article', () => {
    const { store } = renderBar();
    act(() => store.update({ counts: { words: 150, characters: 900 } }));
    expect(screen.getByText('1 хвилина читання')).toBeTruthy();
    act(() => store.update({ counts: { words: 900, characters: 5400 } }));
    expect(screen.getByText('5 хвилин читання')).toBeTruthy();
    act(() => store.update({ counts: { words: 401, characters: 2400 } }));
    expect(screen.getByText('3 хвилини читання')).toBeTruthy();
    act(() => store.update({ counts: { words: 0, characters: 0 } }));
    expect(screen.queryByText(/читання/)).toBeNull();
  });

  it('a selection shows its own words and characters, and goes when the selection does', () => {
    const { store } = renderBar();
    act(() => store.update({ counts: { words: 900, characters: 5400 }, selection: { words: 2, characters: 12 } }));
    expect(screen.getByText('Виділено: 2 слова, 12 знаків з пробілами')).toBeTruthy();
    act(() => store.update({ selection: null }));
    expect(screen.queryByText(/Виділено/)).toBeNull();
  });

  it('a host that went away is said plainly, with no technical message, and that the edits are kept', () => {
    const { store, status } = renderBar('browser');
    const lost = new ApiError('host-unreachable', message('error.host.unreachable'));
    act(() => store.update({ save: { kind: 'error', error: lost } }));
    expect(status().textContent).toContain('Немає зв’язку з програмою. Зміни збережено в цьому браузері');
    expect(status().textContent).not.toContain('сервер режиму браузера');
  });

  it('an error is one line of text, whole in its tooltip; «Зберегти ще раз» is the banner’s', () => {
    const { store, status } = renderBar();
    act(() =>
      store.update({ save: { kind: 'error', error: new ApiError('io-error', message('error.library.notOpen')) } }),
    );
    expect(status().textContent).toBe('Не збережено: Бібліотеку не відкрито.');
    expect(status().getAttribute('title')).toBe('Не збережено: Бібліотеку не відкрито.');
    expect(status().getAttribute('data-state')).toBe('error');
    expect(screen.queryByRole('button')).toBeNull();
  });

  it('a conflict shows the message without a retry button', () => {
    const { store, status } = renderBar();
    act(() =>
      store.update({
        save: { kind: 'conflict', error: new ApiError('conflict', message('error.article.changedOutside')) },
      }),
    );
    expect(status().textContent).toBe(
      'Не збережено: Статтю змінено поза цим вікном (інша програма чи синхронізація). Ваші зміни не записано поверх.',
    );
    expect(screen.queryByRole('button')).toBeNull();
  });

  it('names the host mode', () => {
    renderBar('browser');
    expect(screen.getByText('Режим браузера')).toBeTruthy();
    expect(screen.queryByText('Настільна програма')).toBeNull();
  });

  it('a count update re-renders the bar only, not the component around it', () => {
    const store = new StatusStore();
    let outerRenders = 0;
    let barCommits = 0;
    function Page() {
      outerRenders += 1;
      return (
        <Profiler id="bar" onRender={() => (barCommits += 1)}>
          <StatusBar store={store} host="electron" />
        </Profiler>
      );
    }
    render(<Page />);
    const outerBefore = outerRenders;
    const commitsBefore = barCommits;
    act(() => store.update({ counts: { words: 2, characters: 10 } }));
    act(() => store.update({ counts: { words: 3, characters: 15 } }));
    expect(screen.getByText('3 слова')).toBeTruthy();
    expect(outerRenders).toBe(outerBefore);
    expect(barCommits).toBeGreaterThan(commitsBefore);
  });
});
