import type { MenuItemConstructorOptions } from 'electron';
import { describe, expect, it, vi } from 'vitest';
import { isAppCommand } from '../../../shared/api/bridge';
import { COMMAND_CHANNEL } from '../../../shared/api/channels';
import {
  NEW_ARTICLE_ACCELERATOR,
  buildMenuTemplate,
  type MenuTemplateOptions,
} from '../../../electron/main/menu-template';
import { createTranslator } from '../../../shared/i18n/translate';

function build(overrides: Partial<MenuTemplateOptions> = {}) {
  const sendCommand = vi.fn();
  const template = buildMenuTemplate({
    platform: 'linux',
    isPackaged: true,
    appName: 'Шпальта',
    t: createTranslator('uk'),
    sendCommand,
    ...overrides,
  });
  return { template, sendCommand };
}

function submenu(item: MenuItemConstructorOptions | undefined): MenuItemConstructorOptions[] {
  const items = item?.submenu;
  if (!Array.isArray(items)) throw new Error(`no submenu in ${item?.label}`);
  return items;
}

function find(template: MenuItemConstructorOptions[], label: string): MenuItemConstructorOptions | undefined {
  return template.find((item) => item.label === label);
}

function labels(items: MenuItemConstructorOptions[]): string[] {
  return items.filter((item) => item.type !== 'separator').map((item) => item.label ?? `(${item.role})`);
}

const fakeClick = (item: MenuItemConstructorOptions) => (item.click as unknown as () => void)();

describe('buildMenuTemplate on Windows and Linux', () => {
  it('has the Ukrainian top-level menus in order', () => {
    const { template } = build();
    expect(template.map((item) => item.label)).toEqual(['Файл', 'Правка', 'Вигляд', 'Довідка']);
  });

  it('offers Нова стаття with Ctrl/Cmd+N, sending the new-article command', () => {
    const { template, sendCommand } = build();
    const newArticle = submenu(find(template, 'Файл')).find((item) => item.label === 'Нова стаття');
    expect(newArticle?.accelerator).toBe('CmdOrCtrl+N');
    expect(NEW_ARTICLE_ACCELERATOR).toBe('CmdOrCtrl+N');
    fakeClick(newArticle as MenuItemConstructorOptions);
    expect(sendCommand).toHaveBeenCalledWith('new-article');
  });

  it('sends save and open-settings with the usual shortcuts', () => {
    const { template, sendCommand } = build();
    const file = submenu(find(template, 'Файл'));
    const save = file.find((item) => item.label === 'Зберегти') as MenuItemConstructorOptions;
    const settings = file.find((item) => item.label === 'Налаштування…') as MenuItemConstructorOptions;
    expect(save.accelerator).toBe('CmdOrCtrl+S');
    expect(settings.accelerator).toBe('CmdOrCtrl+,');
    fakeClick(save);
    fakeClick(settings);
    expect(sendCommand.mock.calls).toEqual([['save'], ['open-settings']]);
  });

  it('lists Файл, Правка and Вигляд items in Ukrainian with platform roles', () => {
    const { template } = build();
    expect(labels(submenu(find(template, 'Файл')))).toEqual([
      'Нова стаття',
      'Зберегти',
      'Налаштування…',
      'Закрити вікно',
      'Вийти',
    ]);
    const edit = submenu(find(template, 'Правка'));
    expect(labels(edit)).toEqual(['Скасувати', 'Повторити', 'Вирізати', 'Копіювати', 'Вставити', 'Виділити все']);
    expect(edit.map((item) => item.role).filter(Boolean)).toEqual([
      'undo',
      'redo',
      'cut',
      'copy',
      'paste',
      'selectAll',
    ]);
    expect(labels(submenu(find(template, 'Вигляд')))).toEqual([
      'Перезавантажити',
      'Збільшити масштаб',
      'Зменшити масштаб',
      'Скинути масштаб',
      'На весь екран',
    ]);
  });

  it('offers developer tools only when not packaged', () => {
    const packaged = submenu(find(build({ isPackaged: true }).template, 'Вигляд'));
    expect(packaged.some((item) => item.role === 'toggleDevTools')).toBe(false);
    const dev = submenu(find(build({ isPackaged: false }).template, 'Вигляд'));
    expect(dev.find((item) => item.role === 'toggleDevTools')?.label).toBe('Інструменти розробника');
  });

  it('opens the page’s Про програму from Довідка', () => {
    const { template, sendCommand } = build();
    const about = submenu(find(template, 'Довідка')).find((item) => item.label === 'Про програму');
    fakeClick(about as MenuItemConstructorOptions);
    expect(sendCommand.mock.calls).toEqual([['open-about']]);
  });

  it("has no item without a label (every string is Ukrainian, none falls back to the platform's English)", () => {
    const walk = (items: MenuItemConstructorOptions[]): void => {
      for (const item of items) {
        if (item.type === 'separator') continue;
        expect(item.label, JSON.stringify(item)).toMatch(/^[А-ЩЬЮЯҐЄІЇа-щьюяґєії’ ]+/);
        if (Array.isArray(item.submenu)) walk(item.submenu);
      }
    };
    walk(build({ isPackaged: false }).template);
    walk(build({ platform: 'darwin', isPackaged: false }).template);
  });
});

describe('buildMenuTemplate in English', () => {
  const english = (overrides: Partial<MenuTemplateOptions> = {}) => build({ t: createTranslator('en'), ...overrides });

  it('has the English top-level menus, on macOS the application menu first', () => {
    expect(english().template.map((item) => item.label)).toEqual(['File', 'Edit', 'View', 'Help']);
    expect(english({ platform: 'darwin' }).template.map((item) => item.label)).toEqual([
      'Шпальта',
      'File',
      'Edit',
      'View',
      'Window',
      'Help',
    ]);
  });

  it('words every item in English with the same commands and shortcuts', () => {
    const { template, sendCommand } = english();
    const file = submenu(find(template, 'File'));
    expect(labels(file)).toEqual(['New Article', 'Save', 'Settings…', 'Close Window', 'Quit']);
    expect(file.find((item) => item.label === 'Save')?.accelerator).toBe('CmdOrCtrl+S');
    fakeClick(file.find((item) => item.label === 'New Article') as MenuItemConstructorOptions);
    expect(sendCommand).toHaveBeenCalledWith('new-article');
    expect(labels(submenu(find(template, 'Edit')))).toEqual(['Undo', 'Redo', 'Cut', 'Copy', 'Paste', 'Select All']);
    expect(labels(submenu(english({ platform: 'darwin' }).template[0]))).toEqual([
      'About Шпальта',
      'Settings…',
      'Services',
      'Hide Шпальта',
      'Hide Others',
      'Show All',
      'Quit',
    ]);
  });

  it("has no Cyrillic word besides the app's own name", () => {
    const walk = (items: MenuItemConstructorOptions[]): void => {
      for (const item of items) {
        if (item.type === 'separator') continue;
        expect(item.label?.replace('Шпальта', ''), JSON.stringify(item)).not.toMatch(/[А-ЩЬЮЯҐЄІЇа-щьюяґєії]/);
        if (Array.isArray(item.submenu)) walk(item.submenu);
      }
    };
    walk(english({ isPackaged: false }).template);
    walk(english({ platform: 'darwin', isPackaged: false }).template);
  });
});

describe('buildMenuTemplate on macOS', () => {
  it('puts the application menu first and keeps Вийти there', () => {
    const { template } = build({ platform: 'darwin' });
    expect(template[0]?.label).toBe('Шпальта');
    expect(template.map((item) => item.label)).toEqual(['Шпальта', 'Файл', 'Правка', 'Вигляд', 'Вікно', 'Довідка']);
    expect(submenu(template[0]).some((item) => item.role === 'quit')).toBe(true);
    expect(submenu(find(template, 'Файл')).some((item) => item.role === 'quit')).toBe(false);
  });

  it('keeps Налаштування… in the application menu, as macOS users expect', () => {
    const { template } = build({ platform: 'darwin' });
    expect(labels(submenu(template[0]))).toContain('Налаштування…');
    expect(labels(submenu(find(template, 'Файл')))).toEqual(['Нова стаття', 'Зберегти', 'Закрити вікно']);
  });

  it('opens the page’s Про програму from the application menu too', () => {
    const { template, sendCommand } = build({ platform: 'darwin' });
    const about = submenu(template[0]).find((item) => item.label === 'Про програму Шпальта');
    fakeClick(about as MenuItemConstructorOptions);
    expect(sendCommand.mock.calls).toEqual([['open-about']]);
  });
});

describe('app commands', () => {
  it('travel on one channel and are checked by name', () => {
    expect(COMMAND_CHANNEL).toBe('shpalta:command');
    expect(isAppCommand('new-article')).toBe(true);
    expect(isAppCommand('save')).toBe(true);
    expect(isAppCommand('open-settings')).toBe(true);
    expect(isAppCommand('open-about')).toBe(true);
    expect(isAppCommand('delete-everything')).toBe(false);
    expect(isAppCommand(42)).toBe(false);
  });
});
