import type { EditorState, Transaction } from '@tiptap/pm/state';
import { PluginKey } from '@tiptap/pm/state';
import { type Decoration, DecorationSet } from '@tiptap/pm/view';
import { changedRanges, mapRanges, mergeRanges, type Range, subtractRange } from './dirty-ranges';
import type { CheckerStatus } from './spell-service';

/** What the spellcheck plugin keeps with each editor state. */
export interface SpellState {
  /** Marks on misspelled words: inline decorations with {@link SpellMarkSpec}. */
  decorations: DecorationSet;
  /** Stretches changed since they were last checked (sorted, disjoint), in this document's positions. */
  dirty: readonly Range[];
  /** Where the latest edit ended: the word there is being typed and is not marked yet. */
  lastEdit: number | null;
  /** The word under the caret that was left unmarked; it is checked again once the caret leaves it. */
  deferred: Range | null;
  checker: CheckerStatus['kind'];
}

/** The spec of a spelling decoration: the word's lookup key; `style` for a style suggestion. */
export interface SpellMarkSpec {
  key: string;
  style?: true;
}

export type SpellMeta =
  /** A stretch was checked: its marks are replaced by these. */
  | { type: 'checked'; from: number; to: number; marks: Decoration[]; deferred: Range | null }
  /** Unmark these words everywhere (added to the dictionary or skipped). */
  | { type: 'forget'; keys: ReadonlySet<string> }
  /** Check the whole document again (the personal dictionary changed). */
  | { type: 'recheck' }
  | { type: 'checker'; status: CheckerStatus['kind'] };

export const spellcheckKey = new PluginKey<SpellState>('spellcheck');

export function initialSpellState(state: EditorState, checker: CheckerStatus['kind']): SpellState {
  return {
    decorations: DecorationSet.empty,
    dirty: [{ from: 0, to: state.doc.content.size }],
    lastEdit: null,
    deferred: null,
    checker,
  };
}

/**
 * The plugin's state after a transaction. On typing this only maps what is there and notes the changed
 * stretch (a few microseconds whatever the length of the article); checking happens later, off the keystroke.
 */
export function applySpellTransaction(tr: Transaction, previous: SpellState, state: EditorState): SpellState {
  let { decorations, dirty, lastEdit, deferred, checker } = previous;
  if (tr.docChanged) {
    const changed = changedRanges(tr.mapping);
    decorations = withoutMarksIn(decorations.map(tr.mapping, tr.doc), changed);
    dirty = mergeRanges(mapRanges(dirty, tr.mapping), changed);
    lastEdit = changed.length ? changed[changed.length - 1]!.to : lastEdit === null ? null : tr.mapping.map(lastEdit);
    deferred = deferred && { from: tr.mapping.map(deferred.from, -1), to: tr.mapping.map(deferred.to, 1) };
  }
  const meta = tr.getMeta(spellcheckKey) as SpellMeta | undefined;
  if (meta?.type === 'checked') {
    const old = decorations.find(meta.from, meta.to).filter((d) => d.from >= meta.from && d.to <= meta.to);
    decorations = decorations.remove(old).add(tr.doc, meta.marks);
    dirty = subtractRange(dirty, meta.from, meta.to);
    deferred = meta.deferred ?? deferred;
  } else if (meta?.type === 'forget') {
    decorations = decorations.remove(
      decorations.find(undefined, undefined, (spec) => meta.keys.has((spec as SpellMarkSpec).key)),
    );
  } else if (meta?.type === 'recheck') {
    dirty = [{ from: 0, to: tr.doc.content.size }];
  } else if (meta?.type === 'checker') {
    checker = meta.status;
    if (checker === 'error') decorations = DecorationSet.empty;
  }
  // The caret left the word it was typing: that word is due for a check.
  if (deferred && !caretIn(state, deferred)) {
    dirty = mergeRanges(dirty, [deferred]);
    deferred = null;
  }
  if (
    decorations === previous.decorations &&
    dirty === previous.dirty &&
    lastEdit === previous.lastEdit &&
    deferred === previous.deferred &&
    checker === previous.checker
  ) {
    return previous;
  }
  return { decorations, dirty, lastEdit, deferred, checker };
}

function caretIn(state: EditorState, range: Range): boolean {
  const { selection } = state;
  return selection.empty && selection.head >= range.from && selection.head <= range.to;
}

/** Marks the edit went into: the word they marked is not the word it is now. */
function withoutMarksIn(decorations: DecorationSet, changed: readonly Range[]): DecorationSet {
  let result = decorations;
  for (const { from, to } of changed) {
    const hit = result
      .find(from, to)
      .filter((d) => (from === to ? d.from < from && d.to > from : d.from < to && d.to > from));
    if (hit.length) result = result.remove(hit);
  }
  return result;
}

/** `data-spellcheck` on the editor: `pending` while words wait for a check, `ready` once all are marked. */
export function spellcheckAttribute(state: SpellState): 'pending' | 'ready' | 'error' {
  if (state.checker === 'error') return 'error';
  return state.checker === 'loading' || state.dirty.length > 0 ? 'pending' : 'ready';
}
