import { Extension } from '@tiptap/core';
import { Plugin, PluginKey } from '@tiptap/pm/state';
import { whenIdle } from '../../when-idle';
import { BodySuggestionScanner } from './scan-body';
import type { SuggestionsStore } from './suggestions-store';

export interface TypographySuggestionsOptions {
  store: SuggestionsStore | null;
  /** How long typing must pause before the body is looked at again. */
  delayMs: number;
}

/**
 * Keeps the typography panel's list of body suggestions (capitalised month, `1-го січня`, `грн.`…) up to
 * date. The scan runs after typing pauses and when the page is idle, never inside a keystroke.
 */
export const TypographySuggestions = Extension.create<TypographySuggestionsOptions>({
  name: 'typographySuggestions',

  addOptions() {
    return { store: null, delayMs: 400 };
  },

  addProseMirrorPlugins() {
    const { store, delayMs } = this.options;
    if (!store) return [];
    const scanner = new BodySuggestionScanner();
    return [
      new Plugin({
        key: new PluginKey('typographySuggestions'),
        view(view) {
          let timer: ReturnType<typeof setTimeout> | null = null;
          let alive = true;
          const schedule = (delay: number) => {
            if (timer !== null) clearTimeout(timer);
            timer = setTimeout(() => {
              timer = null;
              void whenIdle().then(() => {
                if (alive) store.setBody(scanner.scan(view.state.doc));
              });
            }, delay);
          };
          store.setBodyScanner(() => store.setBody(scanner.scan(view.state.doc)));
          schedule(0);
          return {
            update(updated, previous) {
              if (updated.state.doc !== previous.doc) schedule(delayMs);
            },
            destroy() {
              alive = false;
              store.setBodyScanner(null);
              if (timer !== null) clearTimeout(timer);
            },
          };
        },
      }),
    ];
  },
});
