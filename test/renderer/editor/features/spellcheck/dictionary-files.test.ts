import { describe, expect, it } from 'vitest';
import { ukDictionaryFiles } from '../../../../../renderer/src/editor/features/spellcheck/dictionary-files';

describe('ukDictionaryFiles', () => {
  it('finds the dictionary beside the renderer, from the worker in assets/, under both hosts', () => {
    expect(ukDictionaryFiles('app://shpalta/assets/spell-worker-DT2ZitSD.js')).toEqual({
      aff: 'app://shpalta/dictionaries/uk/index.aff',
      dic: 'app://shpalta/dictionaries/uk/index.dic',
    });
    expect(ukDictionaryFiles('http://127.0.0.1:4777/assets/spell-worker-DT2ZitSD.js').dic).toBe(
      'http://127.0.0.1:4777/dictionaries/uk/index.dic',
    );
  });
});
