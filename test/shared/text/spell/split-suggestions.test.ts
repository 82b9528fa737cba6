import { describe, expect, it } from 'vitest';
import { isSplitOf, withoutSplits } from '../../../../shared/text/spell/split-suggestions';

describe('split suggestions', () => {
  it('knows a word split by a space or a hyphen from a different word', () => {
    expect(isSplitOf('поліцейські', 'по ліцейські')).toBe(true);
    expect(isSplitOf('поліцейські', 'по-ліцейські')).toBe(true);
    expect(isSplitOf('Зростаючого', 'зростаю чого')).toBe(true);
    expect(isSplitOf('поліцейські', 'ліцейські')).toBe(false);
    expect(isSplitOf('поліцейські', 'по лі цейські')).toBe(false);
    expect(isSplitOf('поліцейські', ' поліцейські')).toBe(false);
  });

  it('drops splits, unless the pair is a known phrase or a hyphenated word of a known shape', () => {
    expect(withoutSplits('поліцейські', ['по ліцейські', 'по-ліцейські', 'антиполіцейські', 'ліцейські'])).toEqual([
      'антиполіцейські',
      'ліцейські',
    ]);
    expect(withoutSplits('зростаючого', ['зростаю чого', 'зростаю-чого', 'ростючого'])).toEqual(['ростючого']);
    expect(withoutSplits('минулорічний', ['минуло річний', 'минуло-річний', 'цілорічний'])).toEqual(['цілорічний']);
    expect(withoutSplits('нажаль', ['нажало', 'на жаль', 'жаль'])).toEqual(['нажало', 'на жаль', 'жаль']);
    expect(withoutSplits('будьякий', ['будь-який'])).toEqual(['будь-який']);
    expect(withoutSplits('поукраїнськи', ['проукраїнськи', 'по-українськи'])).toEqual([
      'проукраїнськи',
      'по-українськи',
    ]);
    expect(withoutSplits('хтонебудь', ['хто-небудь'])).toEqual(['хто-небудь']);
  });
});
