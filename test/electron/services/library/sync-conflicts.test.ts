import { describe, expect, it } from 'vitest';
import { isWireMessage } from '../../../../shared/api/errors';
import { createTranslator } from '../../../../shared/i18n/translate';
import type { UiLanguage } from '../../../../shared/settings/schema';
import { newArticleId } from '../../../../electron/services/library/article-id';
import {
  classifyArticleFolderEntry,
  classifyArticlesEntry,
  describeConflictSource,
  type ConflictDetail,
  type SyncSource,
} from '../../../../electron/services/library/sync-conflicts';

const ID = 'm3k9x2ab-5f1c9e0d';

function conflict(source: SyncSource, detail: ConflictDetail) {
  return { kind: 'conflict', source, detail };
}

describe('classifyArticleFolderEntry: what lies inside articles/<id>/', () => {
  it('article.json is the article, and only that exact name', () => {
    expect(classifyArticleFolderEntry('article.json')).toEqual({ kind: 'article' });
    for (const name of ['Article.json', 'ARTICLE.JSON', 'article.JSON', 'article.json ', ' article.json']) {
      expect(classifyArticleFolderEntry(name).kind, name).not.toBe('article');
    }
  });

  it('a save’s lock is the lock: never a conflict copy, never a temp file to sweep', () => {
    expect(classifyArticleFolderEntry('.article.json.lock')).toEqual({ kind: 'lock' });
  });

  it('temp files of our atomic writes and of sync tools are temp, with their writer', () => {
    const cases: [string, string][] = [
      ['.article.json.0a1b2c3d4e5f.tmp', 'shpalta'],
      ['.library.json.ffffffffffff.tmp', 'shpalta'],
      ['.syncthing.article.json.tmp', 'syncthing'],
      ['~syncthing~article.json.tmp', 'syncthing'],
      ['~syncthing~.article.json.tmp', 'syncthing'],
      // Syncthing hashes long names with md5: not to be taken for ours.
      ['.syncthing.9e107d9d372bb6826bd81d3542a419d6.tmp', 'syncthing'],
      ['.article.json.~1a2b3c4d', 'nextcloud'],
      ['.dropbox.cache', 'dropbox'],
      ['.dropbox', 'dropbox'],
      ['.tmp.drivedownload', 'google-drive'],
      ['article.json.!sync', 'resilio'],
    ];
    for (const [name, writer] of cases)
      expect(classifyArticleFolderEntry(name), name).toEqual({ kind: 'temp', writer });
  });

  it('a bare *.tmp is nobody known: other, never temp (nothing is called disposable on a guess)', () => {
    for (const name of [
      'article.json.tmp',
      'article.tmp',
      '~WRL0001.tmp',
      '.article.json.XYZ.tmp',
      '.article.json.tmp',
    ]) {
      expect(classifyArticleFolderEntry(name), name).toEqual({ kind: 'other' });
    }
  });

  it('Dropbox conflicted copies, with or without the name and the date, numbered inside or after', () => {
    expect(classifyArticleFolderEntry('article (conflicted copy).json')).toEqual(
      conflict('dropbox', { marker: ' (conflicted copy)' }),
    );
    expect(classifyArticleFolderEntry('article (conflicted copy 2025-12-19).json')).toEqual(
      conflict('dropbox', { marker: ' (conflicted copy 2025-12-19)', date: '2025-12-19' }),
    );
    expect(classifyArticleFolderEntry("article (Olena Kovalenko's conflicted copy 2025-12-19).json")).toEqual(
      conflict('dropbox', {
        marker: " (Olena Kovalenko's conflicted copy 2025-12-19)",
        who: 'Olena Kovalenko',
        date: '2025-12-19',
      }),
    );
    expect(classifyArticleFolderEntry("article (DESKTOP-UMS014A's conflicted copy 2019-04-24).json")).toMatchObject({
      kind: 'conflict',
      source: 'dropbox',
      detail: { who: 'DESKTOP-UMS014A', date: '2019-04-24' },
    });
    expect(classifyArticleFolderEntry("article (Olena's conflicted copy).json")).toMatchObject({
      source: 'dropbox',
      detail: { who: 'Olena' },
    });
    expect(classifyArticleFolderEntry('article (Олена’s conflicted copy 2025-12-19).json')).toMatchObject({
      source: 'dropbox',
      detail: { who: 'Олена', date: '2025-12-19' },
    });
    expect(classifyArticleFolderEntry("article (O'Brien's conflicted copy 2025-12-19).json")).toMatchObject({
      source: 'dropbox',
      detail: { who: "O'Brien" },
    });
    expect(classifyArticleFolderEntry('article (conflicted copy 2025-12-19) (1).json')).toEqual(
      conflict('dropbox', { marker: ' (conflicted copy 2025-12-19) (1)', date: '2025-12-19', copyNumber: 1 }),
    );
    expect(classifyArticleFolderEntry("article (Olena's conflicted copy 2025-12-19 (2)).json")).toMatchObject({
      source: 'dropbox',
      detail: { who: 'Olena', date: '2025-12-19', copyNumber: 2 },
    });
    expect(classifyArticleFolderEntry('article (Conflicted Copy 2025-12-19).json')).toMatchObject({
      source: 'dropbox',
    });
  });

  it("Dropbox's other renames: case, Unicode, white space, selective sync", () => {
    expect(classifyArticleFolderEntry('article (Case Conflict).json')).toEqual(
      conflict('dropbox', { marker: ' (Case Conflict)', reason: 'case' }),
    );
    expect(classifyArticleFolderEntry('article (Unicode Encoding Conflict).json')).toMatchObject({
      detail: { reason: 'unicode' },
    });
    expect(classifyArticleFolderEntry('article (white space conflict).json')).toMatchObject({
      detail: { reason: 'white-space' },
    });
    expect(classifyArticleFolderEntry('article (selective sync conflict).json')).toMatchObject({
      detail: { reason: 'selective-sync' },
    });
  });

  it('Syncthing sync-conflict copies, with the device id and, as before v0.14, without', () => {
    expect(classifyArticleFolderEntry('article.sync-conflict-20251219-204455-ABCDEF7.json')).toEqual(
      conflict('syncthing', {
        marker: '.sync-conflict-20251219-204455-ABCDEF7',
        who: 'ABCDEF7',
        date: '2025-12-19',
        time: '20:44:55',
      }),
    );
    expect(classifyArticleFolderEntry('article.sync-conflict-20251219-204455.json')).toEqual(
      conflict('syncthing', { marker: '.sync-conflict-20251219-204455', date: '2025-12-19', time: '20:44:55' }),
    );
  });

  it('OneDrive: a computer name with an upper-case letter appended with a hyphen', () => {
    expect(classifyArticleFolderEntry('article-DESKTOP-7K2L9QF.json')).toEqual(
      conflict('onedrive', { marker: '-DESKTOP-7K2L9QF', who: 'DESKTOP-7K2L9QF' }),
    );
    expect(classifyArticleFolderEntry('article-Olenas-MacBook-Pro.json')).toEqual(
      conflict('onedrive', { marker: '-Olenas-MacBook-Pro', who: 'Olenas-MacBook-Pro' }),
    );
    expect(classifyArticleFolderEntry('article-DESKTOP-7K2L9QF-1.json')).toMatchObject({
      source: 'onedrive',
      detail: { who: 'DESKTOP-7K2L9QF-1' },
    });
    expect(classifyArticleFolderEntry('article-PC01.json')).toMatchObject({ source: 'onedrive' });
  });

  it('OneDrive rule, the other side: no upper-case letter, or not a computer name, is not a conflict', () => {
    for (const name of [
      'article-final.json',
      'article-laptop.json', // a lower-case computer name: a known limit, see the module
      'article-2.json',
      'article-.json',
      'article--PC.json',
      'article-PC-.json',
      'article-MY PC.json',
      'article-PC.json.bak',
    ]) {
      expect(classifyArticleFolderEntry(name), name).toEqual({ kind: 'other' });
    }
    // The documented price of the rule: a hand-made name with a capital reads as OneDrive's.
    expect(classifyArticleFolderEntry('article-Final.json')).toMatchObject({ kind: 'conflict', source: 'onedrive' });
  });

  it('Google Drive: a numbered duplicate (1), (2), …; not (0) or (01)', () => {
    expect(classifyArticleFolderEntry('article (1).json')).toEqual(
      conflict('google-drive', { marker: ' (1)', copyNumber: 1 }),
    );
    expect(classifyArticleFolderEntry('article (2).json')).toMatchObject({ detail: { copyNumber: 2 } });
    expect(classifyArticleFolderEntry('article (12).json')).toMatchObject({ detail: { copyNumber: 12 } });
    for (const name of ['article (0).json', 'article (01).json', 'article (1000).json', 'article(1).json']) {
      expect(classifyArticleFolderEntry(name), name).toEqual({ kind: 'other' });
    }
  });

  it('Nextcloud/ownCloud, the current form with and without a user, and the old _conflict- form', () => {
    expect(classifyArticleFolderEntry('article (conflicted copy 2025-12-19 204455).json')).toEqual(
      conflict('nextcloud', { marker: ' (conflicted copy 2025-12-19 204455)', date: '2025-12-19', time: '20:44:55' }),
    );
    expect(classifyArticleFolderEntry('article (conflicted copy Olena Kovalenko 2025-12-19 204455).json')).toEqual(
      conflict('nextcloud', {
        marker: ' (conflicted copy Olena Kovalenko 2025-12-19 204455)',
        who: 'Olena Kovalenko',
        date: '2025-12-19',
        time: '20:44:55',
      }),
    );
    expect(classifyArticleFolderEntry('article_conflict-20251219-204455.json')).toEqual(
      conflict('nextcloud', { marker: '_conflict-20251219-204455', date: '2025-12-19', time: '20:44:55' }),
    );
    expect(classifyArticleFolderEntry('article_conflict_olena-20251219-204455.json')).toMatchObject({
      source: 'nextcloud',
      detail: { who: 'olena', date: '2025-12-19' },
    });
  });

  it('iCloud/macOS "article 2.json" and other mentions of a conflict are conflicts of unknown source', () => {
    expect(classifyArticleFolderEntry('article 2.json')).toEqual(conflict('unknown', { marker: ' 2', copyNumber: 2 }));
    expect(classifyArticleFolderEntry('article 1.json')).toEqual({ kind: 'other' });
    expect(classifyArticleFolderEntry('article.conflict.json')).toEqual(conflict('unknown', { marker: '.conflict' }));
    expect(classifyArticleFolderEntry('article-conflict.json')).toMatchObject({ kind: 'conflict', source: 'unknown' });
    // A localised Dropbox name is not parsed, but it is still not an article.
    expect(classifyArticleFolderEntry('article (In Konflikt stehende Kopie von Olena 2025-12-19).json')).toEqual(
      conflict('unknown', { marker: ' (In Konflikt stehende Kopie von Olena 2025-12-19)', date: '2025-12-19' }),
    );
    expect(classifyArticleFolderEntry('article (конфліктна копія Олена 2025-12-19).json')).toMatchObject({
      source: 'unknown',
    });
    // Malformed Syncthing and chained Dropbox copies fall back here.
    expect(classifyArticleFolderEntry('article.sync-conflict-2025-ABC.json')).toMatchObject({ source: 'unknown' });
    expect(
      classifyArticleFolderEntry("article (conflicted copy 2025-12-19) (Olena's conflicted copy 2025-12-20).json"),
    ).toMatchObject({ kind: 'conflict', source: 'unknown', detail: { date: '2025-12-19' } });
  });

  it('everything else is other: backups, other files, drafts, media, conflicts of other files', () => {
    for (const name of [
      'article.json.bak',
      'article.json~',
      'notes.json',
      'articles.json',
      'article (draft).json',
      'article copy.json',
      'article - Copy.json',
      'media',
      '.DS_Store',
      'desktop.ini',
      'notes (conflicted copy 2025-12-19).json',
      'notes.sync-conflict-20251219-204455-ABCDEF7.json',
      'article.sync-conflict-20251219-204455-ABCDEF7.json.bak',
      'media/article (1).json',
      '',
    ]) {
      expect(classifyArticleFolderEntry(name), JSON.stringify(name)).toEqual({ kind: 'other' });
    }
  });

  it('a decomposed (macOS NFD) name is read as its composed form', () => {
    const nfd = "article (Олена Й's conflicted copy 2025-12-19).json".normalize('NFD');
    expect(classifyArticleFolderEntry(nfd)).toMatchObject({ detail: { who: 'Олена Й' } });
  });
});

describe('classifyArticlesEntry: what lies directly inside articles/', () => {
  it('a valid id is an article folder, hyphens and all, even when it looks like a copy', () => {
    for (const id of [ID, 'a', 'sample-1', 'my-article-final', 'article-2025-12-19', `${ID}-desktop-7k2l9qf`, 'x-']) {
      expect(classifyArticlesEntry(id), id).toEqual({ kind: 'article-folder', id });
    }
    const fresh = newArticleId(new Date('2025-12-19T18:44:00Z'));
    expect(classifyArticlesEntry(fresh)).toEqual({ kind: 'article-folder', id: fresh });
  });

  it('Dropbox copies of a whole folder', () => {
    expect(classifyArticlesEntry(`${ID} (conflicted copy 2025-12-19)`)).toEqual({
      kind: 'folder-conflict',
      id: ID,
      source: 'dropbox',
      detail: { marker: ' (conflicted copy 2025-12-19)', date: '2025-12-19' },
    });
    expect(classifyArticlesEntry(`${ID} (Olena's conflicted copy 2025-12-19)`)).toEqual({
      kind: 'folder-conflict',
      id: ID,
      source: 'dropbox',
      detail: { marker: " (Olena's conflicted copy 2025-12-19)", who: 'Olena', date: '2025-12-19' },
    });
    expect(classifyArticlesEntry(`${ID} (selective sync conflict)`)).toMatchObject({
      kind: 'folder-conflict',
      id: ID,
      detail: { reason: 'selective-sync' },
    });
  });

  it('Syncthing, Google Drive and Nextcloud copies of a whole folder', () => {
    expect(classifyArticlesEntry(`${ID}.sync-conflict-20251219-204455-ABCDEF7`)).toEqual({
      kind: 'folder-conflict',
      id: ID,
      source: 'syncthing',
      detail: {
        marker: '.sync-conflict-20251219-204455-ABCDEF7',
        who: 'ABCDEF7',
        date: '2025-12-19',
        time: '20:44:55',
      },
    });
    expect(classifyArticlesEntry(`${ID} (1)`)).toEqual({
      kind: 'folder-conflict',
      id: ID,
      source: 'google-drive',
      detail: { marker: ' (1)', copyNumber: 1 },
    });
    expect(classifyArticlesEntry(`${ID} (conflicted copy 2025-12-19 204455)`)).toMatchObject({
      id: ID,
      source: 'nextcloud',
    });
    expect(classifyArticlesEntry(`${ID}_conflict-20251219-204455`)).toMatchObject({ id: ID, source: 'nextcloud' });
    expect(classifyArticlesEntry(`${ID} 2`)).toMatchObject({ id: ID, source: 'unknown', detail: { copyNumber: 2 } });
  });

  it('OneDrive: <id>-<COMPUTER>; upper case marks where the computer name starts, since ids are lower case', () => {
    expect(classifyArticlesEntry(`${ID}-DESKTOP-7K2L9QF`)).toEqual({
      kind: 'folder-conflict',
      id: ID,
      source: 'onedrive',
      detail: { marker: '-DESKTOP-7K2L9QF', who: 'DESKTOP-7K2L9QF' },
    });
    expect(classifyArticlesEntry(`${ID}-Olenas-MacBook-Pro`)).toMatchObject({
      id: ID,
      source: 'onedrive',
      detail: { who: 'Olenas-MacBook-Pro' },
    });
    // The same name in lower case is a valid id, so it is an article folder, not a copy.
    expect(classifyArticlesEntry(`${ID}-olenas-macbook-pro`)).toEqual({
      kind: 'article-folder',
      id: `${ID}-olenas-macbook-pro`,
    });
  });

  it('OneDrive: a computer name that starts lower case is split wrongly without knownIds, rightly with them', () => {
    expect(classifyArticlesEntry(`${ID}-my-PC`)).toMatchObject({ id: `${ID}-my`, detail: { who: 'PC' } });
    expect(classifyArticlesEntry(`${ID}-my-PC`, new Set([ID]))).toMatchObject({
      id: ID,
      source: 'onedrive',
      detail: { marker: '-my-PC', who: 'my-PC' },
    });
    // The longest known id wins; unknown ids fall back to the upper-case rule.
    expect(classifyArticlesEntry('a-b-PC', new Set(['a', 'a-b']))).toMatchObject({ id: 'a-b', detail: { who: 'PC' } });
    expect(classifyArticlesEntry(`${ID}-DESKTOP-7K2L9QF`, new Set(['other-id']))).toMatchObject({
      id: ID,
      detail: { who: 'DESKTOP-7K2L9QF' },
    });
  });

  it('hidden names are hidden; anything else is other', () => {
    for (const name of ['.shpalta', '.DS_Store', '.dropbox.cache', '.stversions', '.sync-conflict-20251219-204455']) {
      expect(classifyArticlesEntry(name), name).toEqual({ kind: 'hidden' });
    }
    for (const name of [
      'M3K9X2AB-5F1C9E0D',
      'Нова стаття',
      `${ID} copy`,
      `${ID} - Copy`,
      `${ID} (draft)`,
      `${ID} (0)`,
      `${ID}.bak`,
      'article.json',
      '-leading-hyphen',
      `${'a'.repeat(65)} (1)`,
      `${ID}/x`,
      'desktop.ini',
      '',
    ]) {
      expect(classifyArticlesEntry(name), JSON.stringify(name)).toEqual({ kind: 'other' });
    }
  });
});

describe('describeConflictSource', () => {
  const describeIn = (language: UiLanguage, name: string): string => {
    const result = classifyArticleFolderEntry(name);
    if (result.kind !== 'conflict') throw new Error(`${name} is not a conflict`);
    return createTranslator(language).message(describeConflictSource(result));
  };
  const describeFile = (name: string): string => describeIn('uk', name);

  it('says in Ukrainian what the name says', () => {
    expect(describeFile("article (Olena Kovalenko's conflicted copy 2025-12-19).json")).toBe(
      'Конфліктна копія Dropbox (Olena Kovalenko, 2025-12-19)',
    );
    expect(describeFile('article (conflicted copy).json')).toBe('Конфліктна копія Dropbox');
    expect(describeFile('article (conflicted copy 2025-12-19) (1).json')).toBe(
      'Конфліктна копія Dropbox (2025-12-19, № 1)',
    );
    expect(describeFile('article (Case Conflict).json')).toBe(
      'Конфліктна копія Dropbox (назви різняться лише регістром літер)',
    );
    expect(describeFile('article.sync-conflict-20251219-204455-ABCDEF7.json')).toBe(
      'Конфліктна копія Syncthing (пристрій ABCDEF7, 2025-12-19 20:44:55)',
    );
    expect(describeFile('article-DESKTOP-7K2L9QF.json')).toBe('Конфліктна копія OneDrive (комп’ютер DESKTOP-7K2L9QF)');
    expect(describeFile('article (1).json')).toBe('Конфліктна копія, імовірно Google Drive (№ 1)');
    expect(describeFile('article (conflicted copy Olena 2025-12-19 204455).json')).toBe(
      'Конфліктна копія Nextcloud/ownCloud (Olena, 2025-12-19 20:44:55)',
    );
    expect(describeFile('article.conflict.json')).toBe('Схоже на конфліктну копію невідомої програми синхронізації');
    expect(describeFile('article 2.json')).toBe('Схоже на конфліктну копію невідомої програми синхронізації (№ 2)');
  });

  it('describes folder copies the same way', () => {
    const result = classifyArticlesEntry(`${ID} (Olena's conflicted copy 2025-12-19)`);
    if (result.kind !== 'folder-conflict') throw new Error('not a folder conflict');
    expect(createTranslator('uk').message(describeConflictSource(result))).toBe(
      'Конфліктна копія Dropbox (Olena, 2025-12-19)',
    );
  });

  it('is worded in English for an English UI', () => {
    expect(describeIn('en', "article (Olena Kovalenko's conflicted copy 2025-12-19).json")).toBe(
      'Conflict copy from Dropbox (Olena Kovalenko, 2025-12-19)',
    );
    expect(describeIn('en', 'article (Case Conflict).json')).toBe(
      'Conflict copy from Dropbox (the names differ only in letter case)',
    );
    expect(describeIn('en', 'article.sync-conflict-20251219-204455-ABCDEF7.json')).toBe(
      'Conflict copy from Syncthing (device ABCDEF7, 2025-12-19 20:44:55)',
    );
    expect(describeIn('en', 'article (1).json')).toBe('Conflict copy, probably from Google Drive (no. 1)');
    expect(describeIn('en', 'article 2.json')).toBe('Looks like a conflict copy from an unknown sync program (no. 2)');
  });

  it('nests no deeper than a message from the wire may, even with every detail in the name', () => {
    const full = describeConflictSource({
      source: 'dropbox',
      detail: { marker: '', reason: 'case', who: 'Olena', date: '2025-12-19', time: '20:44:55', copyNumber: 3 },
    });
    expect(isWireMessage(full)).toBe(true);
    expect(createTranslator('uk').message(full)).toBe(
      'Конфліктна копія Dropbox (назви різняться лише регістром літер, Olena, 2025-12-19 20:44:55, № 3)',
    );
  });
});
