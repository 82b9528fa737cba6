import { readFile } from 'node:fs/promises';
import path from 'node:path';
import { fireEvent, render, screen, waitFor, within } from '@testing-library/react';
import { useState } from 'react';
import { beforeAll, describe, expect, it } from 'vitest';
import { AboutDialog } from '../../../renderer/src/about/AboutDialog';
import { collectComponents, noticesOf } from '../../../scripts/third-party-notices.mjs';
import type { ThirdPartyNotices } from '../../../shared/about/third-party-notices';
import { installDialogPolyfill } from '../library/dialog-polyfill';

beforeAll(installDialogPolyfill);

const root = path.resolve(import.meta.dirname, '../../..');
const modules = path.join(root, 'node_modules');

/** Real notices of a small build: React and zod bundled, diff3 (no licence file), better-sqlite3 beside them. */
const notices: ThirdPartyNotices = noticesOf({
  projectRoot: root,
  components: collectComponents({
    projectRoot: root,
    bundledFiles: ['react/index.js', 'zod/index.js', 'diff3/diff3.js'].map((file) => path.join(modules, file)),
    runtimeRoots: ['better-sqlite3'],
  }),
});

async function openDialog(): Promise<{ dialog: HTMLElement }> {
  render(
    <AboutDialog
      app={{ name: 'Шпальта', version: '1.2.3' }}
      onClose={() => undefined}
      loadNotices={() => Promise.resolve(notices)}
    />,
  );
  const dialog = screen.getByRole('dialog', { name: 'Про програму' });
  await within(dialog).findByRole('list');
  return { dialog };
}

/** Opens a licence the way a click on its summary does; <details> says it toggled a task later. */
async function openLicense(item: HTMLElement, summaryText: string): Promise<string | null | undefined> {
  fireEvent.click(within(item).getByText(summaryText));
  await waitFor(() => expect(item.querySelector('.license-text')).not.toBeNull());
  return item.querySelector('.license-text')?.textContent;
}

const component = (dialog: HTMLElement, name: string) =>
  within(dialog)
    .getAllByRole('listitem')
    .find((item) => item.querySelector('.about-component-name')?.textContent === name);

describe('«Про програму»', () => {
  it('is a modal dialog with the focus inside: the app, its version and its MIT licence', async () => {
    const { dialog } = await openDialog();
    expect(dialog.tagName).toBe('DIALOG');
    expect((dialog as HTMLDialogElement).open).toBe(true);
    expect(dialog.contains(document.activeElement)).toBe(true);
    expect(within(dialog).getByText('Шпальта')).toBeTruthy();
    expect(within(dialog).getByText(/Версія 1\.2\.3/)).toBeTruthy();
    expect(within(dialog).getByText('Код Шпальти вільний: ліцензія MIT.')).toBeTruthy();
    expect(await openLicense(dialog, 'Текст ліцензії Шпальти')).toBe(
      (await readFile(path.join(root, 'LICENSE'), 'utf8')).trim(),
    );
  });

  it('says the dictionary is GPL-3.0, a separate unmodified data file, and where its source is', async () => {
    const { dialog } = await openDialog();
    const section = within(dialog).getByRole('region', { name: 'Словник для перевірки правопису' });
    expect(section.textContent).toMatch(/dictionary-uk 4\.\d+\.\d+/);
    expect(section.textContent).toContain('за ліцензією GPL-3.0');
    expect(section.textContent).toContain('окремим незміненим файлом даних');
    expect(section.textContent).toContain('https://github.com/wooorm/dictionaries/tree/main/dictionaries/uk');
  });

  it('lists every component with its version and licence, and opens one licence text in place', async () => {
    const { dialog } = await openDialog();
    const list = within(dialog).getByRole('list');
    expect(within(list).getAllByRole('listitem')).toHaveLength(notices.components.length);
    const react = component(dialog, 'react');
    expect(react?.textContent).toMatch(/^react 19\.\d+\.\d+ · ліцензія MIT$/);
    expect(react?.querySelector('.license-text')).toBeNull(); // put in the page only once opened
    expect(await openLicense(react as HTMLElement, 'react')).toMatch(/^MIT License\n\nCopyright \(c\) Meta Platforms/);
    expect(react?.textContent).toContain('Джерело: https://github.com/');
  });

  it('says so when a package has no licence file of its own', async () => {
    const { dialog } = await openDialog();
    const diff3 = component(dialog, 'diff3') as HTMLElement;
    expect(await openLicense(diff3, 'diff3')).toBe(
      'Пакет не містить власного файлу з текстом ліцензії; у його описі зазначено ліцензію MIT.',
    );
  });

  it('finds components by name and says how many it shows', async () => {
    const { dialog } = await openDialog();
    const search = within(dialog).getByRole('searchbox', { name: 'Знайти компонент за назвою' });
    fireEvent.change(search, { target: { value: ' SQLite ' } });
    const names = within(dialog)
      .getAllByRole('listitem')
      .map((item) => item.querySelector('.about-component-name')?.textContent);
    expect(names).toEqual(['better-sqlite3']);
    expect(within(dialog).getByRole('status').textContent).toBe(`Показано 1 з ${notices.components.length}`);
    fireEvent.change(search, { target: { value: 'leftpad' } });
    expect(within(dialog).queryAllByRole('listitem')).toHaveLength(0);
    expect(within(dialog).getByRole('status').textContent).toBe('Немає компонента з такою назвою.');
  });

  it('closes on Escape and on its button, and gives the focus back to what opened it', async () => {
    function Opener() {
      const [open, setOpen] = useState(false);
      return (
        <>
          <button type="button" onClick={() => setOpen(true)}>
            Відкрити
          </button>
          {open ? (
            <AboutDialog
              app={{ name: 'Шпальта', version: '1.2.3' }}
              onClose={() => setOpen(false)}
              loadNotices={() => Promise.resolve(notices)}
            />
          ) : null}
        </>
      );
    }
    render(<Opener />);
    const opener = screen.getByRole('button', { name: 'Відкрити' });
    for (const close of [
      (dialog: HTMLElement) => fireEvent(dialog, new Event('cancel', { cancelable: true })),
      (dialog: HTMLElement) => fireEvent.click(within(dialog).getByRole('button', { name: 'Закрити' })),
    ]) {
      opener.focus();
      fireEvent.click(opener);
      const dialog = screen.getByRole('dialog', { name: 'Про програму' });
      await within(dialog).findByRole('list');
      expect(dialog.contains(document.activeElement)).toBe(true);
      close(dialog);
      expect(screen.queryByRole('dialog')).toBeNull();
      expect(document.activeElement).toBe(opener);
    }
  });

  it('says where the list is when it cannot be loaded, and keeps room for a line about updates', async () => {
    render(
      <AboutDialog
        app={{ name: 'Шпальта', version: '1.2.3' }}
        onClose={() => undefined}
        loadNotices={() => Promise.reject(new Error('HTTP 404'))}
        updates={<p>Оновлень немає</p>}
      />,
    );
    const alert = await screen.findByRole('alert');
    expect(alert.textContent).toBe(
      'Не вдалося завантажити список компонентів (HTTP 404). Він є також у файлі THIRD-PARTY-NOTICES.txt поруч із програмою.',
    );
    expect(screen.getByText('Оновлень немає').closest('.about-updates')).not.toBeNull();
  });
});
