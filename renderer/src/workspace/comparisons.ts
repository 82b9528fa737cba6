import type { ArticleFile, ConflictCopy } from '../../../shared/api/contract';
import type { Article } from '../../../shared/domain/article';
import type { CompareSide } from '../conflicts/CompareDialog';
import type { Translate } from '../i18n/i18n';
import type { Backup } from './use-backup';

/** Two versions side by side, each with the choice that keeps it. */
export interface Comparison {
  left: CompareSide;
  right: CompareSide;
}

/** The window's version against the disk's, in a conflict. */
export function diskComparison(
  t: Translate,
  mine: Article,
  disk: ArticleFile,
  choose: { keepMine(theirs: string): void; takeTheirs(): void },
): Comparison {
  return {
    left: {
      label: t('compare.mine'),
      article: mine,
      choose: { label: t('conflict.keepMine'), onChoose: () => choose.keepMine(disk.hash) },
    },
    right: {
      label: t('compare.disk'),
      article: disk.article,
      choose: { label: t('conflict.takeTheirs'), onChoose: choose.takeTheirs },
    },
  };
}

/** The article now against the edits an earlier failed save kept. */
export function backupComparison(
  t: Translate,
  current: Article,
  backup: Backup,
  choose: { discard(): void; restore(): void },
): Comparison {
  return {
    left: {
      label: t('compare.current'),
      article: current,
      choose: { label: t('backup.discard'), onChoose: choose.discard },
    },
    right: {
      label: t('compare.backup'),
      article: backup.article,
      choose: { label: t('backup.restore'), onChoose: choose.restore },
    },
  };
}

/** The article now against a copy a sync tool left; null for a copy that could not be read. */
export function copyComparison(
  t: Translate,
  current: Article,
  copy: ConflictCopy,
  resolve: (keep: 'current' | 'copy') => void,
): Comparison | null {
  if (!copy.article) return null;
  return {
    left: {
      label: t('compare.current'),
      article: current,
      choose: { label: t('copies.keepCurrent'), onChoose: () => resolve('current') },
    },
    right: {
      label: t.message(copy.description),
      article: copy.article,
      choose: { label: t('copies.takeCopy'), onChoose: () => resolve('copy') },
    },
  };
}
