import { Extension } from '@tiptap/core';
import type { BodyEditorContext } from '../../body-editor-context';
import { DEFAULT_TIMING, type SchedulerTiming } from './spell-scheduler';
import { availableSpellSession, type SpellSession } from './spell-session';
import { spellcheckPlugin } from './spellcheck-plugin';

export interface SpellcheckOptions {
  /** The body's context: the API (settings, personal dictionary) and the UI's words. */
  context: BodyEditorContext | null;
  /** The spelling session; by default the window's one, whose checker is the hunspell worker. */
  session: SpellSession | null;
  timing: SchedulerTiming;
}

/**
 * Offline spellcheck of the body (uk Hunspell in a worker): misspellings get a wavy underline, discouraged
 * words (dict_uk's avoid list, -ючий participles) a softer style one; a right-click on either offers
 * suggestions (or the style advice), «Додати до словника» (with the word's declension) and «Пропустити». Chromium's own spellcheck stays off
 * (spellcheck="false" on the body), so no word is underlined twice.
 */
export const Spellcheck = Extension.create<SpellcheckOptions>({
  name: 'spellcheck',

  addOptions() {
    return { context: null, session: null, timing: DEFAULT_TIMING };
  },

  addProseMirrorPlugins() {
    const { context, timing } = this.options;
    if (!context) return [];
    const session = this.options.session ?? availableSpellSession(context.api);
    return session ? [spellcheckPlugin(session, context.t, timing)] : [];
  },
});
