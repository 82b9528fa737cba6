// The uk Hunspell dictionary of npm dictionary-uk (GPL-3.0) is a separate data file beside its licence:
// out/renderer/dictionaries/uk/ (vite.config.ts puts it there). The worker runs from out/renderer/assets/.
const DICTIONARY_FOLDER = '../dictionaries/uk/';

/** The dictionary's files, resolved against the worker script's own address. */
export function ukDictionaryFiles(workerUrl: string): { aff: string; dic: string } {
  return {
    aff: new URL(`${DICTIONARY_FOLDER}index.aff`, workerUrl).href,
    dic: new URL(`${DICTIONARY_FOLDER}index.dic`, workerUrl).href,
  };
}
