// The uk Hunspell dictionary of npm dictionary-uk, emitted by Vite as hashed assets next to the worker
// (8.6 MB, fetched only by the worker). The package's "exports" names only its Node entry, hence the path.
import affUrl from '../../../../../node_modules/dictionary-uk/index.aff?url';
import dicUrl from '../../../../../node_modules/dictionary-uk/index.dic?url';

export const UK_DICTIONARY = { aff: affUrl, dic: dicUrl } as const;
