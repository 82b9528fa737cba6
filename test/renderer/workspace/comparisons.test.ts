import { describe, expect, it } from 'vitest';
import { createTranslator } from '../../../renderer/src/i18n/i18n';
import { backupComparison, copyComparison, diskComparison } from '../../../renderer/src/workspace/comparisons';
import { message } from '../../../shared/i18n/message';
import { articleFile } from './support/article-file';

const t = createTranslator('uk');
const mine = articleFile({ headline: 'Моя' }).article;

describe('comparisons', () => {
  it('in a conflict, «Записати мою версію» writes over the very version the journalist saw', () => {
    const chosen: string[] = [];
    const disk = { ...articleFile({ headline: 'З диска' }), hash: 'seen-hash' };
    const pair = diskComparison(t, mine, disk, {
      keepMine: (theirs) => chosen.push(`mine over ${theirs}`),
      takeTheirs: () => chosen.push('theirs'),
    });
    expect([pair.left.label, pair.right.label]).toEqual([t('compare.mine'), t('compare.disk')]);
    expect(pair.right.article.headline).toBe('З диска');
    pair.left.choose?.onChoose();
    pair.right.choose?.onChoose();
    expect(chosen).toEqual(['mine over seen-hash', 'theirs']);
  });

  it('a backup: discard on the current side, restore on the backup’s', () => {
    const chosen: string[] = [];
    const backup = { savedAt: '2026-01-01T10:00:00.000Z', article: articleFile({ headline: 'Копія' }).article };
    const pair = backupComparison(t, mine, backup, {
      discard: () => chosen.push('discard'),
      restore: () => chosen.push('restore'),
    });
    expect(pair.left.choose?.label).toBe(t('backup.discard'));
    expect(pair.right.choose?.label).toBe(t('backup.restore'));
    pair.left.choose?.onChoose();
    pair.right.choose?.onChoose();
    expect(chosen).toEqual(['discard', 'restore']);
  });

  it('a sync copy is named as the tool left it; one that could not be read has nothing to compare', () => {
    const chosen: string[] = [];
    const copy = {
      fileName: 'article (1).json',
      description: message('syncCopy.googleDrive', { details: '' }),
      hash: 'copy-hash',
      article: articleFile().article,
      reason: null,
    };
    const pair = copyComparison(t, mine, copy, (keep) => chosen.push(keep));
    expect(pair?.right.label).toBe('Конфліктна копія, імовірно Google Drive');
    pair?.left.choose?.onChoose();
    pair?.right.choose?.onChoose();
    expect(chosen).toEqual(['current', 'copy']);
    expect(copyComparison(t, mine, { ...copy, article: null }, () => {})).toBeNull();
  });
});
