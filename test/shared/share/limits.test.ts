import { describe, expect, it } from 'vitest';
import { SHARE_LIMITS, measure } from '../../../shared/share/limits';

describe('SHARE_LIMITS (UKRAINIAN.md §5)', () => {
  it('holds the platforms’ numbers', () => {
    expect(SHARE_LIMITS.telegramMessage.max).toBe(4096);
    expect(SHARE_LIMITS.telegramCaption.max).toBe(1024);
    expect(SHARE_LIMITS.seoTitle).toMatchObject({ unit: 'pixels', max: 600 });
    expect(SHARE_LIMITS.seoDescription).toMatchObject({ min: 120, max: 156 });
    expect(SHARE_LIMITS.shareTitle.max).toBe(60);
    expect(SHARE_LIMITS.xTitle.max).toBe(70);
    expect(SHARE_LIMITS.xDescription.max).toBe(200);
  });
});

describe('measure', () => {
  it('judges Google’s title by its width in Arial 20px, not by its characters', () => {
    // W is 1933/2048 em, i is 455/2048 em: 32 W are over 600 px, 135 i are not.
    expect(measure('seoTitle', 'W'.repeat(31))).toMatchObject({ length: 586, limit: 600, over: false, severity: 'ok' });
    expect(measure('seoTitle', 'W'.repeat(32))).toMatchObject({ length: 605, over: true, severity: 'warning' });
    expect(measure('seoTitle', 'i'.repeat(135))).toMatchObject({ length: 600, over: false });
    expect(measure('seoTitle', 'i'.repeat(136)).over).toBe(true);
  });

  it('measures a Ukrainian title in pixels too', () => {
    const title = 'НБУ підвищив облікову ставку до 15,5%: що це означає для кредитів і депозитів українців';
    const { length, over } = measure('seoTitle', title);
    expect(length).toBeGreaterThan(600);
    expect(over).toBe(true);
    expect(measure('seoTitle', 'НБУ підвищив облікову ставку до 15,5%').over).toBe(false);
  });

  it('counts characters as code points for the soft limits', () => {
    expect(measure('shareTitle', 'я'.repeat(60))).toMatchObject({ length: 60, over: false, severity: 'ok' });
    expect(measure('shareTitle', 'я'.repeat(61))).toMatchObject({ length: 61, over: true, severity: 'warning' });
    expect(measure('xTitle', '😀'.repeat(70)).over).toBe(false);
    expect(measure('xDescription', 'a'.repeat(201)).severity).toBe('warning');
  });

  it('warns about a description shorter than 120 or longer than 156 characters, not an empty one', () => {
    expect(measure('seoDescription', 'а'.repeat(119))).toMatchObject({ under: true, over: false, severity: 'warning' });
    expect(measure('seoDescription', 'а'.repeat(120))).toMatchObject({ min: 120, under: false, severity: 'ok' });
    expect(measure('seoDescription', 'а'.repeat(156)).severity).toBe('ok');
    expect(measure('seoDescription', 'а'.repeat(157))).toMatchObject({ over: true, severity: 'warning' });
    expect(measure('seoDescription', '')).toMatchObject({ under: false, severity: 'ok' });
  });

  it('over Telegram’s limits is an error, counted in UTF-16 code units', () => {
    expect(measure('telegramCaption', 'я'.repeat(1024))).toMatchObject({ length: 1024, severity: 'ok' });
    expect(measure('telegramCaption', 'я'.repeat(1023) + '😀')).toMatchObject({ length: 1025, severity: 'error' });
    expect(measure('telegramMessage', 'я'.repeat(4097))).toMatchObject({ over: true, severity: 'error' });
  });
});
