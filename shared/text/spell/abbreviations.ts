/**
 * Graphic abbreviations a news text writes with a period (`вул. Хрещатик`, `Київської обл.`, `проф.`,
 * `англ.`). The uk dictionary has none of them, so without this list each would be underlined. Only
 * accepted right before a period: `вул` alone is still a misspelling.
 */
export const ABBREVIATIONS_BEFORE_PERIOD: ReadonlySet<string> = new Set(
  [
    // addresses and places
    'вул просп пров пл бульв наб буд кв корп обл р-н смт',
    // dates, numbers, money, units
    'рр ст тис млн млрд трлн грн коп дол хв год сек шт',
    // people and titles
    'ім акад проф доц канд д-р ген полк нар',
    // references and editing
    'напр див табл рис мал розд пп вид зб ін інш пор прим ред авт упоряд перекл зокр тел',
    // languages
    'англ нім франц фр лат укр рос пол ісп італ кит япон гр',
  ].flatMap((group) => group.split(' ')),
);
