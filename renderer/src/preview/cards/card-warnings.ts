import type { ShareWarning, ShareWarningField } from '../../../../shared/share/warnings';

export type CardName = 'facebook' | 'telegramLink' | 'telegramPost' | 'x' | 'google';

/** The fields each card shows; a warning about the picture or the address concerns them all. */
const CARD_FIELDS: Readonly<Record<CardName, readonly ShareWarningField[]>> = {
  facebook: ['shareTitle', 'shareDescription'],
  telegramLink: ['shareTitle', 'shareDescription'],
  telegramPost: ['telegramPost'],
  x: ['xTitle', 'xDescription'],
  google: ['seoTitle', 'seoDescription'],
};

const GENERAL_FIELDS: readonly ShareWarningField[] = ['image', 'slug'];

/** The warnings shown above the cards, for all of them at once. */
export const generalWarnings = (warnings: readonly ShareWarning[]): ShareWarning[] =>
  warnings.filter((warning) => GENERAL_FIELDS.includes(warning.field));

/** The warnings shown above one card: about the fields it shows. */
export const cardWarnings = (warnings: readonly ShareWarning[], card: CardName): ShareWarning[] =>
  warnings.filter((warning) => CARD_FIELDS[card].includes(warning.field));
