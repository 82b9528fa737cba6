import { describe, expect, it } from 'vitest';
import {
  personalWordForm,
  personalWordModel,
  personalWordText,
  withoutPersonalWord,
  withPersonalWord,
} from '../../../../shared/text/spell/personal-words';

describe('personal words', () => {
  it('keeps a word as written, with the outlet’s apostrophe and no stress mark', () => {
    expect(personalWordForm(" Ків'ян ", '\u2019')).toBe('Ків’ян');
    expect(personalWordForm('Ків’ян', '\u02BC')).toBe('Ківʼян');
    expect(personalWordForm('Шпа\u0301льта', '\u2019')).toBe('Шпальта');
  });

  it('adds a word once whatever its apostrophe, in Ukrainian alphabetical order', () => {
    const words = withPersonalWord(['Укренерго', 'Віткофф'], 'ґрунтовка', '\u2019');
    expect(words).toEqual(['Віткофф', 'ґрунтовка', 'Укренерго']);
    expect(withPersonalWord(['Ків’ян'], "Ків'ян", '\u2019')).toEqual(['Ків’ян']);
    expect(withPersonalWord(['Ків’ян'], '   ', '\u2019')).toEqual(['Ків’ян']);
  });

  it('removes a word whatever apostrophe either is written with, and nothing else', () => {
    expect(withoutPersonalWord(['Ківʼян', 'Віткофф'], 'Ків’ян')).toEqual(['Віткофф']);
    expect(withoutPersonalWord(['Віткофф'], 'віткофф')).toEqual(['Віткофф']);
  });

  it('keeps a word with its model; adding it again with another model (or none) replaces the entry', () => {
    const modelled = withPersonalWord(['Укренерго'], 'Виткофф', '\u2019', 'Лакофф');
    expect(modelled).toEqual([{ word: 'Виткофф', model: 'Лакофф' }, 'Укренерго']);
    expect(withPersonalWord(modelled, 'Виткофф', '\u2019', 'Лакофф')).toEqual(modelled);
    expect(withPersonalWord(modelled, 'Виткофф', '\u2019')).toEqual(['Виткофф', 'Укренерго']);
    expect(withPersonalWord(['Виткофф'], 'Виткофф', '\u2019', 'Джефф')).toEqual([{ word: 'Виткофф', model: 'Джефф' }]);
    expect(withoutPersonalWord(modelled, 'Виткофф')).toEqual(['Укренерго']);
    expect(modelled.map(personalWordText)).toEqual(['Виткофф', 'Укренерго']);
    expect(modelled.map(personalWordModel)).toEqual(['Лакофф', null]);
  });
});
