import { describe, expect, it } from 'vitest';
import { spellKey, withApostrophe } from '../../../../shared/text/spell/spell-key';

describe('spellKey', () => {
  it('makes the three apostrophes (and a typed backtick) the dictionary’s one', () => {
    for (const word of ['п’ять', "п'ять", 'пʼять', 'п`ять']) expect(spellKey(word)).toBe("п'ять");
  });

  it('drops the stress mark and composes letters', () => {
    expect(spellKey('безпе\u0301ка')).toBe('безпека');
    expect(spellKey('и\u0306о\u0301г')).toBe('йог');
  });

  it('writes non-breaking and Unicode hyphens as the hyphen-minus', () => {
    expect(spellKey('південно\u2011східний')).toBe('південно-східний');
    expect(spellKey('будь\u2010який')).toBe('будь-який');
  });

  it('leaves case and everything else as written', () => {
    expect(spellKey('Зеленський')).toBe('Зеленський');
    expect(spellKey('пареговори')).toBe('пареговори');
  });
});

describe('withApostrophe', () => {
  it('writes the dictionary’s apostrophe as the outlet’s', () => {
    expect(withApostrophe("п'ять", '\u2019')).toBe('п’ять');
    expect(withApostrophe("м'ясо", '\u02BC')).toBe('мʼясо');
    expect(withApostrophe('переговори', '\u2019')).toBe('переговори');
  });
});
