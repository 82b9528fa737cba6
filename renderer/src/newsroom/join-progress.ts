import type { JoinProgress } from '../../../shared/newsroom/newsroom-link';
import type { UiLanguage } from '../../../shared/settings/schema';
import { formatCount, type Translate } from '../i18n/i18n';

/** A join's progress as the dialog shows it: words, the bar's value (null: indeterminate) and a line on size. */
export interface JoinProgressView {
  text: string;
  value: number | null;
  max: number | null;
  /** How much arrived of about how much, or how big the newsroom is before anything arrives; null: nothing known. */
  detail: string | null;
}

/**
 * `connecting` has no count yet, `receiving` counts what the server sends (its total arrives with the first
 * answer), `reconnecting` counts the attempts after a lost connection, `writing` counts the articles written into
 * the folder. A count past its total is shown as the total.
 */
export function describeJoinProgress(progress: JoinProgress, t: Translate, language: UiLanguage): JoinProgressView {
  const count = (n: number) => formatCount(language, n);
  const total = progress.total !== null && progress.total > 0 ? progress.total : null;
  const loaded = total === null ? progress.loaded : Math.min(progress.loaded, total);
  const detail = sizeDetail(progress, t, language);
  switch (progress.phase) {
    case 'connecting':
      return { text: t('newsroom.ui.progress.connecting'), value: null, max: null, detail };
    case 'receiving':
      return total === null
        ? {
            text: t('newsroom.ui.progress.receivingUnknown', { loaded: count(loaded) }),
            value: null,
            max: null,
            detail,
          }
        : {
            text: t('newsroom.ui.progress.receiving', { loaded: count(loaded), total: count(total) }),
            value: loaded,
            max: total,
            detail,
          };
    case 'reconnecting':
      return {
        text: t('newsroom.ui.progress.reconnecting', { attempt: count(loaded), attempts: count(total ?? loaded) }),
        value: null,
        max: null,
        detail,
      };
    case 'writing':
      return {
        text: t('newsroom.ui.progress.writing', { loaded: count(loaded), total: count(total ?? loaded) }),
        value: loaded,
        max: total ?? Math.max(loaded, 1),
        detail: null,
      };
  }
}

function sizeDetail(progress: JoinProgress, t: Translate, language: UiLanguage): string | null {
  const size = progress.estimatedBytes !== null ? formatMegabytes(progress.estimatedBytes, t, language) : null;
  if (progress.bytes === null) return size === null ? null : t('newsroom.ui.progress.estimate', { size });
  const received = formatMegabytes(progress.bytes, t, language);
  return size === null
    ? t('newsroom.ui.progress.bytes', { received })
    : t('newsroom.ui.progress.bytesOf', { received, size });
}

/** Megabytes (10^6 bytes, as a download is told) with one decimal under ten, none above; never «0 МБ» for some bytes. */
export function formatMegabytes(bytes: number, t: Translate, language: UiLanguage): string {
  const megabytes = bytes / 1_000_000;
  const digits = megabytes < 10 ? 1 : 0;
  const shown = bytes > 0 ? Math.max(megabytes, 0.1) : 0;
  const n = new Intl.NumberFormat(language, { maximumFractionDigits: digits, minimumFractionDigits: 0 }).format(shown);
  return t('newsroom.ui.progress.megabytes', { n });
}
