import { describe, expect, it } from 'vitest';
import { transliterate } from '../../../shared/text/transliterate';

// UKRAINIAN.md §1, "Examples from the resolution's table": every pair, as written there.
const RESOLUTION_TABLE: ReadonlyArray<readonly [string, string]> = [
  ['Алушта', 'Alushta'],
  ['Андрій', 'Andrii'],
  ['Борщагівка', 'Borshchahivka'],
  ['Вінниця', 'Vinnytsia'],
  ['Гадяч', 'Hadiach'],
  ['Згурський', 'Zghurskyi'],
  ['Ґалаґан', 'Galagan'],
  ['Донецьк', 'Donetsk'],
  ['Єнакієве', 'Yenakiieve'],
  ['Гаєвич', 'Haievych'],
  ['Короп’є', 'Koropie'],
  ['Житомир', 'Zhytomyr'],
  ['Їжакевич', 'Yizhakevych'],
  ['Кадиївка', 'Kadyivka'],
  ['Йосипівка', 'Yosypivka'],
  ['Стрий', 'Stryi'],
  ['Олексій', 'Oleksii'],
  ['Київ', 'Kyiv'],
  ['Миколаїв', 'Mykolaiv'],
  ['Наталія', 'Nataliia'],
  ['Ужгород', 'Uzhhorod'],
  ['Уляна', 'Uliana'],
  ['Харків', 'Kharkiv'],
  ['Біла Церква', 'Bila Tserkva'],
  ['Щербухи', 'Shcherbukhy'],
  ['Юрій', 'Yurii'],
  ['Корюківка', 'Koriukivka'],
  ['Яготин', 'Yahotyn'],
  ['Знам’янка', 'Znamianka'],
  ['Згорани', 'Zghorany'],
  ['Розгон', 'Rozghon'],
];

// UKRAINIAN.md §1, "Derived from the rules".
const DERIVED: ReadonlyArray<readonly [string, string]> = [
  ["Знам'янка", 'Znamianka'],
  ['Знамʼянка', 'Znamianka'],
  ['з’їзд', 'zizd'],
  ['ЗГОРАНИ', 'ZGHORANY'],
  ['«Яготин»', '«Yahotyn»'],
  ['(Юрій)', '(Yurii)'],
  ['Ярослав-Юрій', 'Yaroslav-Yurii'],
  ['п’ятою', 'piatoiu'],
  ['зобов’язальний', 'zoboviazalnyi'],
  ['Запоріжжя', 'Zaporizhzhia'],
];

describe('transliterate (KMU-55, 2010)', () => {
  it.each(RESOLUTION_TABLE)('%s → %s (the resolution’s table)', (ukrainian, latin) => {
    expect(transliterate(ukrainian)).toBe(latin);
  });

  it.each(DERIVED)('%s → %s (derived from the rules)', (ukrainian, latin) => {
    expect(transliterate(ukrainian)).toBe(latin);
  });

  it('covers every letter of the alphabet in lower case', () => {
    expect(transliterate('а б в г ґ д е є ж з и і ї й к л м н о п р с т у ф х ц ч ш щ ь ю я')).toBe(
      'a b v h g d e ye zh z y i yi y k l m n o p r s t u f kh ts ch sh shch  yu ya',
    );
    expect(transliterate('аєаїайаюая')).toBe('aieaiaiaiuaia');
  });

  it('a digit, a hyphen or a quote starts a new word; an apostrophe does not', () => {
    expect(transliterate('5ярдів')).toBe('5yardiv');
    expect(transliterate('пів-яблука')).toBe('piv-yabluka');
    expect(transliterate('п’ять')).toBe('piat');
    expect(transliterate("'ява")).toBe('yava');
  });

  it('keeps the case: a capital alone is title case, inside capitals all caps', () => {
    expect(transliterate('ЩЕРБУХИ')).toBe('SHCHERBUKHY');
    expect(transliterate('ЮРІЙ ЄНАКІЄВЕ')).toBe('YURII YENAKIIEVE');
    expect(transliterate('НБУ')).toBe('NBU');
    expect(transliterate('Щ.')).toBe('Shch.');
    expect(transliterate('ЗНАМ’ЯНКА')).toBe('ZNAMIANKA');
  });

  it('normalises to NFC and strips stress marks', () => {
    expect(transliterate('Кии\u0306в')).toBe('Kyiv'); // й as и + combining breve
    expect(transliterate('Ки\u0456\u0308в')).toBe('Kyiv'); // ї as і + combining diaeresis
    expect(transliterate('\u0456\u0308жак')).toBe('yizhak');
    expect(transliterate('за\u0301мок')).toBe('zamok');
  });

  it('leaves Latin, digits and punctuation as they are', () => {
    expect(transliterate('iPhone 15, 2025 р.')).toBe('iPhone 15, 2025 r.');
    expect(transliterate('')).toBe('');
  });
});
