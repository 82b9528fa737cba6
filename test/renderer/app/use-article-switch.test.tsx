import { act, fireEvent, render, screen, waitFor } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { useArticleSwitch } from '../../../renderer/src/app/use-article-switch';

/** A promise the test settles by hand, standing for the disk. */
function deferred() {
  let resolve!: () => void;
  let reject!: (error: Error) => void;
  const promise = new Promise<void>((res, rej) => {
    resolve = res;
    reject = rej;
  });
  return { promise, resolve, reject };
}

function Shell({ task, onRan }: { task: () => Promise<void>; onRan: (ran: boolean) => void }) {
  const { switching, run } = useArticleSwitch();
  return (
    <>
      <button type="button" onClick={() => void run(task).then(onRan, () => onRan(false))}>
        Нова стаття
      </button>
      <main inert={switching} aria-busy={switching}>
        <input aria-label="Заголовок" />
      </main>
    </>
  );
}

describe('useArticleSwitch', () => {
  it('makes the editor inert and busy while the switch runs, and lets it go after', async () => {
    const disk = deferred();
    const ran: boolean[] = [];
    render(<Shell task={() => disk.promise} onRan={(value) => ran.push(value)} />);
    const main = screen.getByRole('main');
    expect(main.hasAttribute('inert')).toBe(false);

    fireEvent.click(screen.getByRole('button', { name: 'Нова стаття' }));
    expect(main.hasAttribute('inert')).toBe(true);
    expect(main.getAttribute('aria-busy')).toBe('true');

    await act(async () => disk.resolve());
    expect(main.hasAttribute('inert')).toBe(false);
    expect(main.getAttribute('aria-busy')).toBe('false');
    expect(ran).toEqual([true]);
  });

  it('runs one switch at a time: a second click while the first waits does nothing', async () => {
    const disk = deferred();
    let calls = 0;
    const ran: boolean[] = [];
    const task = () => {
      calls++;
      return disk.promise;
    };
    render(<Shell task={task} onRan={(value) => ran.push(value)} />);
    const button = screen.getByRole('button', { name: 'Нова стаття' });
    fireEvent.click(button);
    fireEvent.click(button);
    await waitFor(() => expect(ran).toEqual([false]));
    expect(calls).toBe(1);
    await act(async () => disk.resolve());
    expect(ran).toEqual([false, true]);

    // Once it is over, the next one runs.
    fireEvent.click(button);
    await waitFor(() => expect(ran).toEqual([false, true, true]));
    expect(calls).toBe(2);
  });

  it('a switch that fails still lets the editor go, and gives the focus back where it was', async () => {
    const disk = deferred();
    const ran: boolean[] = [];
    render(<Shell task={() => disk.promise} onRan={(value) => ran.push(value)} />);
    const headline = screen.getByRole('textbox', { name: 'Заголовок' });
    headline.focus();
    // The shortcut runs the switch while the focus is in the headline, as Ctrl+Alt+N does.
    fireEvent.click(screen.getByRole('button', { name: 'Нова стаття' }));
    headline.blur(); // what inert does to the focus in Chromium (jsdom does not)
    expect(document.activeElement).toBe(document.body);

    await act(async () => disk.reject(new Error('диск недоступний')));
    expect(screen.getByRole('main').hasAttribute('inert')).toBe(false);
    await waitFor(() => expect(document.activeElement).toBe(headline));
    expect(ran).toEqual([false]);
  });
});
