import { describe, expect, it } from 'vitest';
import { message } from '../../../../shared/i18n/message';
import type { ShareWarning } from '../../../../shared/share/warnings';
import { cardWarnings, generalWarnings } from '../../../../renderer/src/preview/cards/card-warnings';

const warning = (code: ShareWarning['code'], field: ShareWarning['field']): ShareWarning => ({
  code,
  field,
  severity: 'warning',
  message: message('share.warning.imageMissing'),
});

const ALL = [
  warning('image.missing', 'image'),
  warning('seoTitle.tooWide', 'seoTitle'),
  warning('shareTitle.tooLong', 'shareTitle'),
  warning('xDescription.tooLong', 'xDescription'),
  warning('telegram.messageTooLong', 'telegramPost'),
  warning('slug.taken', 'slug'),
];

describe('card warnings', () => {
  it('the picture and the address concern every card: they are shown once, above them', () => {
    expect(generalWarnings(ALL).map((w) => w.code)).toEqual(['image.missing', 'slug.taken']);
  });

  it('each card gets the warnings about the fields it shows', () => {
    const codes = (card: Parameters<typeof cardWarnings>[1]) => cardWarnings(ALL, card).map((w) => w.code);
    expect(codes('facebook')).toEqual(['shareTitle.tooLong']);
    expect(codes('telegramLink')).toEqual(['shareTitle.tooLong']);
    expect(codes('telegramPost')).toEqual(['telegram.messageTooLong']);
    expect(codes('x')).toEqual(['xDescription.tooLong']);
    expect(codes('google')).toEqual(['seoTitle.tooWide']);
  });
});
