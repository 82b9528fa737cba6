import type { ShpaltaApi } from '../../../../../shared/api/contract';
import {
  PERSONAL_WORDS_MAX,
  withoutPersonalWord,
  withPersonalWord,
  type PersonalWord,
} from '../../../../../shared/text/spell/personal-words';
import { announcePersonalWords } from './personal-words-events';

/** Thrown when the personal dictionary already holds as many words as the settings allow. */
export class PersonalDictionaryFullError extends Error {
  constructor() {
    super(`особистий словник заповнено (${PERSONAL_WORDS_MAX} слів)`);
  }
}

/**
 * The apostrophe of the library's outlet profile; ’ when the library cannot answer (a dictionary word is
 * still saved, and the outlet's choice applies to it as the text is written).
 */
export async function outletApostrophe(api: ShpaltaApi): Promise<string> {
  return api.invoke('outlet.get', {}).then(
    (outlet) => outlet.profile.apostrophe,
    () => '\u2019',
  );
}

/**
 * Saves a word in the personal dictionary (settings: spelling.personalWords), with the dictionary word it
 * declines like if it has one, and tells open editors. Read, change, write: the settings hold the truth,
 * whichever window or dialog changed them last.
 */
export async function savePersonalWord(
  api: ShpaltaApi,
  word: string,
  model: string | null = null,
): Promise<PersonalWord[]> {
  const [settings, apostrophe] = await Promise.all([api.invoke('settings.get', {}), outletApostrophe(api)]);
  const personalWords = withPersonalWord(settings.spelling.personalWords, word, apostrophe, model);
  if (personalWords.length > PERSONAL_WORDS_MAX) throw new PersonalDictionaryFullError();
  const saved = await api.invoke('settings.update', { spelling: { personalWords } });
  announcePersonalWords(saved.spelling.personalWords);
  return saved.spelling.personalWords;
}

/** Removes a word from the personal dictionary and tells open editors. */
export async function removePersonalWord(api: ShpaltaApi, word: string): Promise<PersonalWord[]> {
  const settings = await api.invoke('settings.get', {});
  const personalWords = withoutPersonalWord(settings.spelling.personalWords, word);
  const saved = await api.invoke('settings.update', { spelling: { personalWords } });
  announcePersonalWords(saved.spelling.personalWords);
  return saved.spelling.personalWords;
}
