import { readdir, readFile } from 'node:fs/promises';
import path from 'node:path';
import type { Page } from '@playwright/test';
import { thirdPartyNoticesSchema } from '../../shared/about/third-party-notices';
import { severeAxeViolations } from './axe';
import { expect, test } from './browser-mode';

const root = path.resolve('.'); // Playwright runs from the project root, as browser-mode.ts assumes
const out = path.join(root, 'out');

const body = (page: Page) => page.getByRole('textbox', { name: 'Текст статті' });

test('the build’s notices name what it ships, with licence texts, and the dictionary sits beside its GPL', async () => {
  const notices = thirdPartyNoticesSchema.parse(
    JSON.parse(await readFile(path.join(out, 'renderer/third-party-notices.json'), 'utf8')),
  );
  const text = await readFile(path.join(out, 'THIRD-PARTY-NOTICES.txt'), 'utf8');
  const find = (name: string) => notices.components.find((component) => component.name === name);

  expect(notices.app).toMatchObject({ name: 'Шпальта', license: 'MIT' });
  for (const [name, shipped] of [
    ['react', 'bundled'],
    ['react-dom', 'bundled'],
    ['@tiptap/core', 'bundled'],
    ['prosemirror-model', 'bundled'],
    ['prosemirror-view', 'bundled'],
    ['isomorphic-git', 'bundled'],
    ['zod', 'bundled'],
    ['hunspell-asm', 'bundled'],
    ['better-sqlite3', 'runtime'],
    ['bindings', 'runtime'],
    ['dictionary-uk', 'data'],
  ] as const) {
    const component = find(name);
    const manifest = JSON.parse(await readFile(path.join(root, 'node_modules', name, 'package.json'), 'utf8')) as {
      version: string;
      license: string;
    };
    expect(component, name).toMatchObject({ version: manifest.version, license: manifest.license, shipped });
    expect(component?.licenseText, name).toBeTruthy();
    expect(text).toContain(`\n${name} ${manifest.version}\nLicence: ${manifest.license}\n`);
  }
  // Only what the build ships: not Electron (external), not a test or build tool, not the project itself.
  for (const absent of ['electron', 'vite', 'vitest', 'typescript', 'shpalta']) expect(find(absent)).toBeUndefined();

  const dictionary = path.join(out, 'renderer/dictionaries/uk');
  const shipped = path.join(root, 'node_modules/dictionary-uk');
  for (const [file, from] of [
    ['index.aff', 'index.aff'],
    ['index.dic', 'index.dic'],
    ['LICENSE', 'license'],
  ] as const) {
    expect((await readFile(path.join(dictionary, file))).equals(await readFile(path.join(shipped, from))), file).toBe(
      true,
    );
  }
  expect((await readdir(path.join(out, 'renderer/assets'))).filter((file) => /\.(aff|dic)$/.test(file))).toEqual([]);
  expect(text).toMatch(
    /dictionary-uk [\d.]+\nLicence: GPL-3.0\nShipped as: a separate, unmodified data file, not linked into the program\n/,
  );
});

test('«Про програму» lists the components, opens a licence and states the dictionary’s GPL', async ({ page, app }) => {
  await page.goto(app.url);
  await expect(body(page)).toBeVisible();
  const license = await page.request.get(`${app.origin}/dictionaries/uk/LICENSE`);
  expect(license.headers()['content-type']).toBe('text/plain; charset=utf-8');
  expect(await license.text()).toContain('GNU GENERAL PUBLIC LICENSE');

  const opener = page.getByRole('button', { name: 'Про програму' });
  await opener.click();
  const dialog = page.getByRole('dialog', { name: 'Про програму' });
  await expect(dialog).toBeVisible();
  await expect(dialog.getByRole('button', { name: 'Закрити' })).toBeFocused();
  await expect(dialog.getByText('Код Шпальти вільний: ліцензія MIT.')).toBeVisible();
  // Under the version, where its updates stand: in browser mode, that they are the desktop app's.
  await expect(dialog.locator('.about-updates')).toContainText('настільн');
  await expect(dialog.getByRole('region', { name: 'Словник для перевірки правопису' })).toContainText(
    /\(dictionary-uk [\d.]+\) поширюється за ліцензією GPL-3\.0.*окремим незміненим файлом даних/,
  );

  await dialog.getByRole('searchbox', { name: 'Знайти компонент за назвою' }).fill('react');
  const react = dialog
    .getByRole('listitem')
    .filter({ has: page.locator('.about-component-name', { hasText: /^react$/ }) });
  await expect(react).toContainText(/react 19\.[\d.]+ · ліцензія MIT/);
  // From the keyboard: the summary takes the focus and Enter opens the licence in place.
  await react.locator('summary').focus();
  await page.keyboard.press('Enter');
  await expect(react.locator('.license-text')).toContainText('Copyright (c) Meta Platforms, Inc. and affiliates.');

  expect(await severeAxeViolations(page, ['.about-dialog'])).toEqual([]);

  await page.keyboard.press('Escape');
  await expect(dialog).toBeHidden();
  await expect(opener).toBeFocused();
});
