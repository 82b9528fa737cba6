import type { Node as PmNode } from '@tiptap/pm/model';
import { Plugin, PluginKey, type EditorState, type Transaction } from '@tiptap/pm/state';
import { Decoration, DecorationSet, type EditorView } from '@tiptap/pm/view';
import type { Translate } from '../../../i18n/i18n';

/**
 * The offer to make a paragraph a recap, made when its first words are the label typed by hand
 * («Нагадаємо, »). An offer, not a conversion: Tab (or its button) takes it, Esc refuses it, and leaving
 * the paragraph ignores it. `offer` and `refused` are the starts of their paragraphs; a refused paragraph
 * is not offered again until it stops opening with the label.
 */
interface OfferState {
  offer: number | null;
  refused: number | null;
}

export const recapOfferKey = new PluginKey<OfferState>('recapOffer');

const REFUSE = 'refuse';

/** The label with its comma and the space after it, and nothing else before the caret. */
const LABEL_JUST_TYPED = /^\s*нагадаємо\s*,\s$/iu;
const OPENS_WITH_LABEL = /^\s*нагадаємо\s*,/iu;

/** A paragraph of the body's top level (a recap cannot stand in a list or a quote) that opens with the label. */
function labelledParagraph(doc: PmNode, pos: number): PmNode | null {
  const $pos = doc.resolve(pos);
  const node = $pos.depth === 0 ? $pos.nodeAfter : null;
  return node?.type.name === 'paragraph' && OPENS_WITH_LABEL.test(node.textContent) ? node : null;
}

function mapped(tr: Transaction, pos: number | null): number | null {
  if (pos === null) return null;
  const result = tr.mapping.mapResult(pos, 1);
  return result.deleted ? null : result.pos;
}

/** The start of the top-level paragraph whose label the last keys typed, if they did. */
function justTyped(state: EditorState): number | null {
  const { empty, $from } = state.selection;
  if (!empty || $from.depth !== 1 || $from.parent.type.name !== 'paragraph') return null;
  const before = $from.parent.textBetween(0, $from.parentOffset, undefined, '\n');
  return LABEL_JUST_TYPED.test(before) ? $from.before() : null;
}

function caretIn(state: EditorState, pos: number): boolean {
  const { $from, $to } = state.selection;
  return $from.depth >= 1 && $to.depth >= 1 && $from.before(1) === pos && $to.before(1) === pos;
}

function next(value: OfferState, tr: Transaction, state: EditorState): OfferState {
  if (tr.getMeta(recapOfferKey) === REFUSE) return { offer: null, refused: value.offer };
  let offer = mapped(tr, value.offer);
  let refused = mapped(tr, value.refused);
  if (refused !== null && !labelledParagraph(state.doc, refused)) refused = null;
  if (offer !== null && !(labelledParagraph(state.doc, offer) && caretIn(state, offer))) offer = null;
  if (offer === null && tr.docChanged) {
    const typed = justTyped(state);
    if (typed !== null && typed !== refused) offer = typed;
  }
  return offer === value.offer && refused === value.refused ? value : { offer, refused };
}

/** The offer's words and buttons, after the paragraph's text; the buttons keep the caret in the text. */
function offerWidget(t: Translate, accept: () => void, refuse: () => void): HTMLElement {
  const box = document.createElement('span');
  box.className = 'recap-offer';
  box.contentEditable = 'false';
  box.setAttribute('role', 'status');
  box.setAttribute('aria-label', t('block.recap.offerName'));
  const question = document.createElement('span');
  question.textContent = t('block.recap.offer');
  box.append(question);
  for (const [label, run, primary] of [
    [t('block.recap.offerAccept'), accept, true],
    [t('block.recap.offerDismiss'), refuse, false],
  ] as const) {
    const button = document.createElement('button');
    button.type = 'button';
    // The keys named on the button are the keyboard's way; Tab must stay with the text, not reach here.
    button.tabIndex = -1;
    button.textContent = label;
    if (primary) button.className = 'primary';
    button.addEventListener('mousedown', (event) => {
      event.preventDefault();
      run();
    });
    box.append(button);
  }
  return box;
}

export interface RecapOfferOptions {
  t: Translate;
  /** Makes the paragraph at the caret a recap, its typed label becoming the block's own. */
  accept: () => boolean;
}

export function recapOfferPlugin({ t, accept }: RecapOfferOptions): Plugin<OfferState> {
  const refuse = (view: EditorView) => view.dispatch(view.state.tr.setMeta(recapOfferKey, REFUSE));
  return new Plugin<OfferState>({
    key: recapOfferKey,
    state: {
      init: () => ({ offer: null, refused: null }),
      apply: (tr, value, _old, state) => next(value, tr, state),
    },
    props: {
      decorations(state) {
        const offer = recapOfferKey.getState(state)?.offer ?? null;
        const paragraph = offer === null ? null : state.doc.nodeAt(offer);
        if (offer === null || !paragraph) return null;
        const end = offer + paragraph.nodeSize - 1;
        const widget = Decoration.widget(
          end,
          (view) =>
            offerWidget(
              t,
              () => accept(),
              () => refuse(view),
            ),
          { side: 1, key: 'recap-offer', ignoreSelection: true, stopEvent: () => true },
        );
        return DecorationSet.create(state.doc, [widget]);
      },
      handleKeyDown(view, event) {
        if (recapOfferKey.getState(view.state)?.offer == null) return false;
        if (event.ctrlKey || event.metaKey || event.altKey || event.shiftKey) return false;
        if (event.key === 'Tab') return accept();
        if (event.key === 'Escape') {
          refuse(view);
          return true;
        }
        return false;
      },
    },
  });
}
