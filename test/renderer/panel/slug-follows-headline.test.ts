import { describe, expect, it } from 'vitest';
import { withFollowingSlug } from '../../../renderer/src/panel/slug-follows-headline';

const none = new Set<string>();

describe('the slug follows the headline', () => {
  it('while it is the headline’s own or empty', () => {
    const draft = { headline: 'Кабмін ухвалив', slug: 'kabmin-ukhvalyv', status: 'draft' as const };
    expect(withFollowingSlug(draft, { headline: 'Кабмін ухвалив бюджет' }, none)).toEqual({
      headline: 'Кабмін ухвалив бюджет',
      slug: 'kabmin-ukhvalyv-biudzhet',
    });
    expect(withFollowingSlug({ ...draft, slug: '' }, { headline: 'Згарище' }, none).slug).toBe('zgharyshche');
  });

  it('stays unique within the library', () => {
    const draft = { headline: '', slug: '', status: 'draft' as const };
    const taken = new Set(['biudzhet', 'biudzhet-2']);
    expect(withFollowingSlug(draft, { headline: 'Бюджет' }, taken).slug).toBe('biudzhet-3');
  });

  it('keeps a slug typed by hand, and a published article’s address', () => {
    const edited = { headline: 'Кабмін ухвалив', slug: 'biudzhet-2027', status: 'draft' as const };
    expect(withFollowingSlug(edited, { headline: 'Кабмін ухвалив бюджет' }, none)).toEqual({
      headline: 'Кабмін ухвалив бюджет',
    });
    const published = { headline: 'Кабмін ухвалив', slug: 'kabmin-ukhvalyv', status: 'published' as const };
    expect(withFollowingSlug(published, { headline: 'Кабмін ухвалив бюджет' }, none)).toEqual({
      headline: 'Кабмін ухвалив бюджет',
    });
  });

  it('leaves other changes and a change of the slug itself alone', () => {
    const draft = { headline: 'Кабмін', slug: 'kabmin', status: 'draft' as const };
    expect(withFollowingSlug(draft, { lead: 'Лід' }, none)).toEqual({ lead: 'Лід' });
    expect(withFollowingSlug(draft, { headline: 'Рада', slug: 'x' }, none)).toEqual({ headline: 'Рада', slug: 'x' });
  });
});
