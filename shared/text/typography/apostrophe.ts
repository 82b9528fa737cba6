import { type Apostrophe, DEFAULT_APOSTROPHE } from './chars';

/** ' ’ ʼ ` between two letters become the one canonical apostrophe (п'ята → п’ята). */
export function fixApostrophes(text: string, apostrophe: Apostrophe = DEFAULT_APOSTROPHE): string {
  return text.replace(/(?<=\p{L})['\u2019\u02BC`](?=\p{L})/gu, apostrophe);
}
