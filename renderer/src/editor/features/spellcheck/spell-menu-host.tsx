import type { VirtualElement } from '@floating-ui/dom';
import type { EditorView } from '@tiptap/pm/view';
import { createRoot, type Root } from 'react-dom/client';
import type { Translate } from '../../../i18n/i18n';
import { AddWordDialog } from './AddWordDialog';
import { replaceMisspelling } from './replace-misspelling';
import { SpellMenu } from './SpellMenu';
import type { SpellSession } from './spell-session';

export interface SpellMenuTarget {
  from: number;
  to: number;
  key: string;
}

let openMenu: { view: EditorView; close(refocus: boolean): void } | null = null;

/** Opens the spellcheck menu for a marked word (closing any other); its choices act on `view`. */
export function openSpellMenu(view: EditorView, target: SpellMenuTarget, session: SpellSession, t: Translate): void {
  openMenu?.close(false);
  const container = document.createElement('div');
  document.body.append(container);
  const root: Root = createRoot(container);
  let closed = false;
  const close = (refocus: boolean) => {
    if (closed) return;
    closed = true;
    openMenu = null;
    container.remove();
    // Not synchronously: the menu may be closing from inside its own event handler.
    queueMicrotask(() => root.unmount());
    if (refocus && !view.isDestroyed) view.focus();
  };
  openMenu = { view, close };

  const word = view.state.doc.textBetween(target.from, target.to);
  const advice = session.service.styleAdvice(target.key);
  const suggestions = (advice ? Promise.resolve(advice.replacements) : session.service.suggest(target.key)).then(
    (list) => list.map((s) => session.written(s)),
  );
  const act = (action: () => void) => () => {
    action();
    close(true);
  };
  root.render(
    <SpellMenu
      word={word}
      suggestions={suggestions}
      advice={advice}
      anchor={wordAnchor(view, target)}
      t={t}
      onChoose={(suggestion) => act(() => replaceMisspelling(view, target, suggestion))()}
      onAdd={() => {
        close(false);
        openAddWordDialog(view, target, word, session, t);
      }}
      onIgnore={act(() => session.service.ignore(target.key))}
      onClose={close}
    />,
  );
}

/** «Додати до словника»: the dialog that asks how the word declines, then adds it; the text gets its focus back. */
function openAddWordDialog(
  view: EditorView,
  target: SpellMenuTarget,
  word: string,
  session: SpellSession,
  t: Translate,
): void {
  const container = document.createElement('div');
  document.body.append(container);
  const root: Root = createRoot(container);
  let closed = false;
  const close = () => {
    if (closed) return;
    closed = true;
    container.remove();
    queueMicrotask(() => root.unmount());
    if (!view.isDestroyed) view.focus();
  };
  root.render(
    <AddWordDialog
      word={word}
      models={session.service.models(target.key)}
      written={(w) => session.written(w)}
      t={t}
      onAdd={(choice) => {
        void (choice ? session.addToDictionary(choice.word, choice.model) : session.addToDictionary(target.key, null));
        close();
      }}
      onClose={close}
    />,
  );
}

/** Closes the menu if it belongs to `view` (the editor is going away). */
export function closeSpellMenu(view: EditorView): void {
  if (openMenu?.view === view) openMenu.close(false);
}

/** The word's box on screen, read when floating-ui asks (after a scroll it is still right). */
function wordAnchor(view: EditorView, { from, to }: SpellMenuTarget): VirtualElement {
  return {
    getBoundingClientRect() {
      const start = view.coordsAtPos(from, 1);
      const end = view.coordsAtPos(to, -1);
      const left = Math.min(start.left, end.left);
      const top = Math.min(start.top, end.top);
      const right = Math.max(start.right, end.right);
      const bottom = Math.max(start.bottom, end.bottom);
      return { x: left, y: top, left, top, right, bottom, width: right - left, height: bottom - top };
    },
  };
}
