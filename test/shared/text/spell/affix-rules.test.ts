import { describe, expect, it } from 'vitest';
import { inflect, parseSuffixRules } from '../../../../shared/text/spell/affix-rules';

// The uk dictionary's own groups, cut down: flag 1 (singular of a masculine noun), : (genitive), $ (plural).
const AFF = `SET UTF-8
SFX : Y 3
SFX : й я й
SFX : ь я ь
SFX : 0 а [^аєиійоуьюя]
SFX 1 Y 4
SFX 1 0 ові [^аеєиійоуьюяжчшщ]
SFX 1 0 ом [^аеєиійоуьюяжчшщ]
SFX 1 о у [^лрь]о
SFX 1 0 у [^аеєиійоуьюя]
SFX $ Y 1
SFX $ 0 и [^аєиіїйоуьюяжчшщ]
`;

describe('suffix rules of a Hunspell .aff', () => {
  const rules = parseSuffixRules(AFF);

  it('reads each group’s rules, its header left out', () => {
    expect([...rules.keys()]).toEqual([':', '1', '$']);
    expect(rules.get(':')).toHaveLength(3);
    expect(rules.get(':')?.[2]).toMatchObject({ strip: '', add: 'а' });
  });

  it('gives a word the forms of its flags whose condition its ending meets, the word first, each once', () => {
    expect(inflect('Трамп', '1:$', rules)).toEqual(['Трамп', 'Трампові', 'Трампом', 'Трампу', 'Трампа', 'Трампи']);
    expect(inflect('Андрій', ':', rules)).toEqual(['Андрій', 'Андрія']);
    expect(inflect('Трамп', '', rules)).toEqual(['Трамп']);
    expect(inflect('Трамп', 'Z', rules)).toEqual(['Трамп']);
  });
});
