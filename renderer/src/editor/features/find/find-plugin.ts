import { Extension } from '@tiptap/core';
import type { Node as PMNode } from '@tiptap/pm/model';
import { Plugin, PluginKey, type EditorState, type Transaction } from '@tiptap/pm/state';
import { Decoration, DecorationSet, type EditorView } from '@tiptap/pm/view';
import { attributeDecoration } from './attribute-highlights';
import type { BodyMatch } from './body-match';
import { findInBody } from './body-text';
import { attributesPlace } from './findable-attributes';

/**
 * The body's part of find and replace: every match of the query, counted over the whole document (the
 * block window's blocks out of the page included: the browser's own find cannot see those), and highlights.
 *
 * Only the matches near the screen are drawn: a one-letter query has tens of thousands in a long read, and
 * each decorated paragraph is drawn again. Scrolling far moves the drawn stretch along.
 *
 * Typing with the bar open does no search: the highlights are mapped through the edit, the matches are marked
 * stale and looked for again once typing pauses (REFRESH_MS). A block's folded text is cached by node
 * (body-text.ts), so that search folds only the paragraphs that changed.
 */
export interface BodyFindState {
  /** The query, folded (find-text.ts); empty when find is closed. */
  needle: string;
  matches: readonly BodyMatch[];
  /** The match the bar is on, when it is in the body. */
  current: BodyMatch | null;
  /** The matches no longer fit the text: an edit came after them. */
  stale: boolean;
  /** The centre (a position) of the stretch whose matches are drawn. */
  drawnAround: number;
  decorations: DecorationSet;
}

type FindMeta =
  | { kind: 'query'; needle: string; matches: readonly BodyMatch[]; current: BodyMatch | null }
  | { kind: 'current'; current: BodyMatch | null }
  | { kind: 'refresh' }
  | { kind: 'draw'; around: number };

export const findKey = new PluginKey<BodyFindState>('find');

/** Positions either side of the drawn centre whose matches are highlighted: a few screens of text. */
export const DRAWN_REACH = 6_000;
/** How long typing must pause before the matches are looked for again (ms). */
export const REFRESH_MS = 300;

const EMPTY: BodyFindState = {
  needle: '',
  matches: [],
  current: null,
  stale: false,
  drawnAround: 0,
  decorations: DecorationSet.empty,
};

/** The first match that ends after `position`, by bisection. */
function firstEndingAfter(matches: readonly BodyMatch[], position: number): number {
  let low = 0;
  let high = matches.length;
  while (low < high) {
    const middle = (low + high) >> 1;
    if ((matches[middle] as BodyMatch).to > position) high = middle;
    else low = middle + 1;
  }
  return low;
}

function decorate(doc: PMNode, state: Omit<BodyFindState, 'decorations'>): DecorationSet {
  const { matches, current, drawnAround } = state;
  const from = drawnAround - DRAWN_REACH;
  const to = drawnAround + DRAWN_REACH;
  const decorations: Decoration[] = [];
  /** The matches in attributes, by their node's position: its view draws them all. */
  const inAttributes = new Map<number, BodyMatch[]>();
  const addToNode = (match: BodyMatch, node: number) => {
    const list = inAttributes.get(node);
    if (list) list.push(match);
    else inAttributes.set(node, [match]);
  };
  for (let index = firstEndingAfter(matches, from); index < matches.length; index += 1) {
    const match = matches[index] as BodyMatch;
    if (match.from >= to) break;
    if (match.attribute) addToNode(match, match.attribute.node);
    else if (current === null || current.from !== match.from || current.to !== match.to)
      decorations.push(Decoration.inline(match.from, match.to, { class: 'find-match' }));
  }
  // The current match is drawn wherever it is: it is the one scrolled to.
  if (current?.attribute && !inAttributes.has(current.attribute.node)) addToNode(current, current.attribute.node);
  else if (current && !current.attribute)
    decorations.push(Decoration.inline(current.from, current.to, { class: 'find-match find-match-current' }));
  for (const [pos, inNode] of inAttributes) {
    const node = doc.nodeAt(pos);
    if (node) decorations.push(attributeDecoration(node, pos, inNode, current));
  }
  return DecorationSet.create(doc, decorations);
}

/** The current match after an edit: where its text or its node went; null when that is gone. */
function mapCurrent(current: BodyMatch, tr: Transaction): BodyMatch | null {
  const { attribute } = current;
  if (!attribute) {
    const mapped = { from: tr.mapping.map(current.from, 1), to: tr.mapping.map(current.to, -1) };
    return mapped.to > mapped.from ? mapped : null;
  }
  const { pos, deleted } = tr.mapping.mapResult(attribute.node, 1);
  const node = deleted ? null : tr.doc.nodeAt(pos);
  if (!node || node.type.name !== tr.before.nodeAt(attribute.node)?.type.name) return null;
  const place = pos + attributesPlace(node);
  return { from: place, to: place, attribute: { ...attribute, node: pos } };
}

function withDecorations(doc: PMNode, state: Omit<BodyFindState, 'decorations'>): BodyFindState {
  return { ...state, decorations: decorate(doc, state) };
}

function apply(tr: Transaction, previous: BodyFindState, state: EditorState): BodyFindState {
  const meta = tr.getMeta(findKey) as FindMeta | undefined;
  let next = previous;
  if (tr.docChanged && previous.needle) {
    next = {
      ...previous,
      current: previous.current && mapCurrent(previous.current, tr),
      stale: true,
      drawnAround: tr.mapping.map(previous.drawnAround),
      decorations: previous.decorations.map(tr.mapping, tr.doc),
    };
  }
  if (!meta) return next;
  switch (meta.kind) {
    case 'query':
      if (!meta.needle) return EMPTY;
      return withDecorations(state.doc, {
        ...next,
        needle: meta.needle,
        matches: meta.matches,
        stale: false,
        current: meta.current,
        drawnAround: meta.current ? meta.current.from : next.drawnAround,
      });
    case 'refresh':
      if (!next.needle || !next.stale) return next;
      return withDecorations(state.doc, { ...next, matches: findInBody(state.doc, next.needle), stale: false });
    case 'current':
      return withDecorations(state.doc, {
        ...next,
        current: meta.current,
        drawnAround: meta.current ? meta.current.from : next.drawnAround,
      });
    case 'draw':
      return withDecorations(state.doc, { ...next, drawnAround: meta.around });
  }
}

export function bodyFindState(state: EditorState): BodyFindState {
  return findKey.getState(state) ?? EMPTY;
}

/**
 * A folded query (empty: find is closed, nothing highlighted) with its matches (findInBody) and the current
 * one, in `tr` (which may also select it): one transaction, the highlights drawn once.
 */
export function setBodyQuery(
  view: EditorView,
  needle: string,
  matches: readonly BodyMatch[] = needle ? findInBody(view.state.doc, needle) : [],
  current: BodyMatch | null = null,
  tr: Transaction = view.state.tr,
): void {
  const meta: FindMeta = { kind: 'query', needle, matches, current };
  view.dispatch(tr.setMeta(findKey, meta).setMeta('addToHistory', false));
}

/** The matches for the text as it is now, at once (before replacing, or moving from match to match). */
export function refreshBodyMatches(view: EditorView): void {
  if (!bodyFindState(view.state).stale) return;
  view.dispatch(view.state.tr.setMeta(findKey, { kind: 'refresh' } satisfies FindMeta).setMeta('addToHistory', false));
}

export function setBodyCurrent(view: EditorView, current: BodyMatch | null, tr: Transaction = view.state.tr): void {
  view.dispatch(tr.setMeta(findKey, { kind: 'current', current } satisfies FindMeta).setMeta('addToHistory', false));
}

/** Refreshes stale matches once typing pauses, and moves the drawn stretch along as the body scrolls. */
class FindView {
  private timer: ReturnType<typeof setTimeout> | null = null;
  private frame = 0;

  constructor(private readonly view: EditorView) {
    document.addEventListener('scroll', this.onScroll, { capture: true, passive: true });
  }

  update(view: EditorView, previous: EditorState): void {
    const state = bodyFindState(view.state);
    if (!state.stale || view.state.doc === previous.doc) return;
    if (this.timer !== null) clearTimeout(this.timer);
    this.timer = setTimeout(() => {
      this.timer = null;
      if (!this.view.isDestroyed) refreshBodyMatches(this.view);
    }, REFRESH_MS);
  }

  destroy(): void {
    if (this.timer !== null) clearTimeout(this.timer);
    cancelAnimationFrame(this.frame);
    document.removeEventListener('scroll', this.onScroll, { capture: true });
  }

  private readonly onScroll = (): void => {
    if (this.frame !== 0 || !bodyFindState(this.view.state).needle) return;
    this.frame = requestAnimationFrame(() => {
      this.frame = 0;
      this.drawAroundScreen();
    });
  };

  private drawAroundScreen(): void {
    const { view } = this;
    if (view.isDestroyed) return;
    const state = bodyFindState(view.state);
    if (!state.needle) return;
    const box = view.dom.getBoundingClientRect();
    const middle = Math.min(Math.max(window.innerHeight / 2, box.top + 1), box.bottom - 1);
    const around = view.posAtCoords({ left: box.left + box.width / 2, top: middle })?.pos;
    if (around === undefined || Math.abs(around - state.drawnAround) < DRAWN_REACH / 2) return;
    view.dispatch(
      view.state.tr.setMeta(findKey, { kind: 'draw', around } satisfies FindMeta).setMeta('addToHistory', false),
    );
  }
}

export const Find = Extension.create({
  name: 'find',

  addProseMirrorPlugins() {
    return [
      new Plugin<BodyFindState>({
        key: findKey,
        state: { init: () => EMPTY, apply },
        view: (view) => new FindView(view),
        props: { decorations: (state) => bodyFindState(state).decorations },
      }),
    ];
  },
});
