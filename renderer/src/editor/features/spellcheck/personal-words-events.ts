import type { PersonalWord } from '../../../../../shared/text/spell/personal-words';

/**
 * The personal dictionary changed in the settings (a word removed there, or saved from an editor): open
 * editors follow at once. The API has no settings-changed event, and this is one window's business.
 */
const listeners = new Set<(words: readonly PersonalWord[]) => void>();

export function announcePersonalWords(words: readonly PersonalWord[]): void {
  for (const listener of listeners) listener(words);
}

export function onPersonalWords(listener: (words: readonly PersonalWord[]) => void): () => void {
  listeners.add(listener);
  return () => listeners.delete(listener);
}
