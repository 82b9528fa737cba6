import { NBSP } from './chars';

/**
 * A one- or two-letter Cyrillic word (і, в, у, з, а, до, на, по, за, та, що, як, це, ми…) is tied to the
 * next word with a no-break space, so it never ends a line. A dash after it is handled by the dash rule.
 */
export function bindShortWords(text: string): string {
  return text.replace(/(?<=^|[\s(«„"[])(\p{Script=Cyrillic}{1,2})[ \t]+(?=[^\s\u2014\u2013-])/gu, `$1${NBSP}`);
}
