import { useI18n } from '../../../i18n/i18n';

/**
 * Past about 110 characters a news headline stops fitting where readers meet it: search results and
 * news aggregators cut it, and a social card's title runs to a third line. Under that the counter stays away.
 */
export const HEADLINE_GUIDANCE = 110;

/** The headline's length, shown only once it is longer than a news headline should be. */
export function HeadlineLength({ id, length }: { id: string; length: number }) {
  const { t } = useI18n();
  return (
    <p id={id} className="headline-length" aria-live="polite">
      {length > HEADLINE_GUIDANCE
        ? t('editor.headlineLength', { count: length, recommended: HEADLINE_GUIDANCE })
        : null}
    </p>
  );
}
