import type { StyleAdvice } from '../../../../../shared/text/spell/style-advice';
import type { Translate } from '../../../i18n/i18n';

/** The menu's explanation of a style suggestion: «Стильова порада: …» with the preferred words. */
export function styleAdviceText(word: string, advice: StyleAdvice, t: Translate): string {
  const preferred = advice.preferred.map((p) => `«${p}»`).join(', ');
  if (advice.kind === 'avoid') return t('spell.style.avoid', { word, preferred });
  const rewrite = advice.rewrite ?? '';
  return preferred
    ? t('spell.style.participleOr', { word, rewrite, preferred })
    : t('spell.style.participle', { word, rewrite });
}
