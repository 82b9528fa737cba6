import { type EditorState, Plugin } from '@tiptap/pm/state';
import type { EditorView } from '@tiptap/pm/view';
import type { Translate } from '../../../i18n/i18n';
import { closeSpellMenu, openSpellMenu, type SpellMenuTarget } from './spell-menu-host';
import { SPELL_ERROR_CLASS, SPELL_STYLE_CLASS } from './spell-marks';
import { DEFAULT_TIMING, SpellScheduler, type SchedulerTiming } from './spell-scheduler';
import type { SpellSession } from './spell-session';
import {
  applySpellTransaction,
  initialSpellState,
  spellcheckAttribute,
  spellcheckKey,
  type SpellMarkSpec,
  type SpellMeta,
  type SpellState,
} from './spell-state';
import { SpellStatusLine, spellStatusText } from './spell-status-line';

/**
 * Spellcheck as a ProseMirror plugin: misspellings as inline decorations (mapped, never recomputed, on a
 * keystroke), a scheduler that checks changed text after a pause in idle slices, the context menu on a
 * marked word, `data-spellcheck` on the editor and a status line when something is wrong.
 */
export function spellcheckPlugin(
  session: SpellSession,
  t: Translate,
  timing: SchedulerTiming = DEFAULT_TIMING,
): Plugin<SpellState> {
  return new Plugin<SpellState>({
    key: spellcheckKey,
    state: {
      init: (_config, state) => initialSpellState(state, session.service.status.kind),
      apply: (tr, value, _old, state) => applySpellTransaction(tr, value, state),
    },
    props: {
      decorations: (state) => spellcheckKey.getState(state)?.decorations,
      attributes: (state): Record<string, string> => {
        const spell = spellcheckKey.getState(state);
        return spell ? { 'data-spellcheck': spellcheckAttribute(spell) } : {};
      },
      handleDOMEvents: {
        contextmenu: (view, event) => {
          const target = misspellingAt(view, event);
          if (!target) return false; // the native menu (cut, copy, paste) everywhere else
          event.preventDefault();
          openSpellMenu(view, target, session, t);
          return true;
        },
      },
    },
    view: (view) => new SpellcheckView(view, session, t, timing),
  });
}

/** The marked word (a misspelling or a style suggestion) right-clicked, or (context-menu key, Shift+F10) the one at the caret. */
function misspellingAt(view: EditorView, event: MouseEvent): SpellMenuTarget | null {
  const spell = spellcheckKey.getState(view.state);
  if (!spell) return null;
  let pos: number;
  const clicked =
    event.target instanceof Element ? event.target.closest(`.${SPELL_ERROR_CLASS}, .${SPELL_STYLE_CLASS}`) : null;
  if (clicked && view.dom.contains(clicked)) pos = view.posAtDOM(clicked, 0);
  else if (event.target === view.dom && view.state.selection.empty) pos = view.state.selection.head;
  else return null;
  const mark = spell.decorations.find(pos, pos).find((d) => d.from <= pos && pos <= d.to);
  return mark ? { from: mark.from, to: mark.to, key: (mark.spec as SpellMarkSpec).key } : null;
}

class SpellcheckView {
  private readonly scheduler: SpellScheduler;
  private readonly statusLine: SpellStatusLine;
  private readonly unsubscribe: Array<() => void>;
  private destroyed = false;

  constructor(
    private readonly view: EditorView,
    session: SpellSession,
    t: Translate,
    timing: SchedulerTiming,
  ) {
    const { service } = session;
    this.scheduler = new SpellScheduler(view, service, timing);
    this.statusLine = new SpellStatusLine(view.dom, t);
    const showStatus = () => {
      if (!this.destroyed) this.statusLine.show(spellStatusText(service.status, session.notice, t));
    };
    this.unsubscribe = [
      service.onStatus((status) => {
        this.dispatch({ type: 'checker', status: status.kind });
        showStatus();
      }),
      service.onChange((change) =>
        this.dispatch(change.kind === 'forget' ? { type: 'forget', keys: change.keys } : { type: 'recheck' }),
      ),
      session.onNotice(showStatus),
    ];
    // The status may have settled before this editor existed (another article opened first).
    if (service.status.kind !== spellcheckKey.getState(view.state)?.checker) {
      queueMicrotask(() => this.dispatch({ type: 'checker', status: service.status.kind }));
    }
    queueMicrotask(showStatus);
    this.scheduler.schedule();
  }

  update(view: EditorView, previous: EditorState): void {
    const now = spellcheckKey.getState(view.state);
    const before = spellcheckKey.getState(previous);
    if (now && now.dirty.length > 0 && now.dirty !== before?.dirty) this.scheduler.schedule();
  }

  destroy(): void {
    this.destroyed = true;
    for (const stop of this.unsubscribe) stop();
    this.scheduler.destroy();
    this.statusLine.remove();
    closeSpellMenu(this.view);
  }

  private dispatch(meta: SpellMeta): void {
    if (this.destroyed || this.view.isDestroyed) return;
    this.view.dispatch(this.view.state.tr.setMeta(spellcheckKey, meta).setMeta('addToHistory', false));
  }
}
