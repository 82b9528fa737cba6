import type { PersonalWord } from '../../../../../shared/text/spell/personal-words';
import { describe, expect, it } from 'vitest';
import {
  PersonalDictionaryFullError,
  removePersonalWord,
  savePersonalWord,
} from '../../../../../renderer/src/editor/features/spellcheck/personal-dictionary';
import { onPersonalWords } from '../../../../../renderer/src/editor/features/spellcheck/personal-words-events';
import { PERSONAL_WORDS_MAX } from '../../../../../shared/text/spell/personal-words';
import { defaultOutletProfile, outletEdit } from '../../../../../shared/outlet/outlet-profile';
import { useTempDirs } from '../../../../fixtures/temp-dir';
import { settingsApi } from './settings-api';

const tempDir = useTempDirs('shpalta-words-');

describe('the personal dictionary in the settings', () => {
  it('saves a word once, in the outlet’s apostrophe, and tells open editors', async () => {
    const { api, settings, outlet } = settingsApi(await tempDir());
    await outlet.update({ ...outletEdit(defaultOutletProfile()), apostrophe: '\u02BC' }, null);
    const heard: Array<readonly PersonalWord[]> = [];
    const stop = onPersonalWords((words) => heard.push(words));
    await savePersonalWord(api, "Ків'ян");
    await savePersonalWord(api, 'Ків’ян');
    await savePersonalWord(api, 'Віткофф');
    stop();
    expect(settings.get().spelling.personalWords).toEqual(['Віткофф', 'Ківʼян']);
    expect(heard.at(-1)).toEqual(['Віткофф', 'Ківʼян']);
  });

  it('removes a word whatever its apostrophe', async () => {
    const { api, settings } = settingsApi(await tempDir());
    settings.update({ spelling: { personalWords: ['Віткофф', 'Ків’ян'] } });
    expect(await removePersonalWord(api, "Ків'ян")).toEqual(['Віткофф']);
    expect(settings.get().spelling.personalWords).toEqual(['Віткофф']);
  });

  it('refuses a word past the limit with its own error, and saves nothing', async () => {
    const { api, settings } = settingsApi(await tempDir());
    const full = Array.from({ length: PERSONAL_WORDS_MAX }, (_, i) => `слово${String(i).padStart(4, '0')}`);
    settings.update({ spelling: { personalWords: full } });
    await expect(savePersonalWord(api, 'Віткофф')).rejects.toBeInstanceOf(PersonalDictionaryFullError);
    expect(settings.get().spelling.personalWords).toHaveLength(PERSONAL_WORDS_MAX);
  });
});
