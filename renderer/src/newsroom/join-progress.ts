import type { JoinProgress } from '../../../shared/newsroom/newsroom-link';
import type { UiLanguage } from '../../../shared/settings/schema';
import { formatCount, type Translate } from '../i18n/i18n';

/** A join's progress as the dialog shows it: words, and the bar's value (null: indeterminate). */
export interface JoinProgressView {
  text: string;
  value: number | null;
  max: number | null;
}

/**
 * `connecting` has no count yet, `receiving` counts what the server sends (its total arrives with the first
 * answer), `writing` counts the articles written into the folder. A count past its total is shown as the total.
 */
export function describeJoinProgress(progress: JoinProgress, t: Translate, language: UiLanguage): JoinProgressView {
  const count = (n: number) => formatCount(language, n);
  const total = progress.total !== null && progress.total > 0 ? progress.total : null;
  const loaded = total === null ? progress.loaded : Math.min(progress.loaded, total);
  switch (progress.phase) {
    case 'connecting':
      return { text: t('newsroom.ui.progress.connecting'), value: null, max: null };
    case 'receiving':
      return total === null
        ? { text: t('newsroom.ui.progress.receivingUnknown', { loaded: count(loaded) }), value: null, max: null }
        : {
            text: t('newsroom.ui.progress.receiving', { loaded: count(loaded), total: count(total) }),
            value: loaded,
            max: total,
          };
    case 'writing':
      return {
        text: t('newsroom.ui.progress.writing', { loaded: count(loaded), total: count(total ?? loaded) }),
        value: loaded,
        max: total ?? Math.max(loaded, 1),
      };
  }
}
