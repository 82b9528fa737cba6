import { Extension } from '@tiptap/core';
import type { Node as PMNode } from '@tiptap/pm/model';
import { Plugin, PluginKey, Selection, TextSelection, type EditorState, type Transaction } from '@tiptap/pm/state';
import { Decoration, DecorationSet } from '@tiptap/pm/view';
import { isApplePlatform } from '../shortcuts/platform';

/**
 * The body's blocks are drawn only near the screen (`content-visibility: auto` in styles.css), which
 * keeps typing in a long read cheap: Chromium skips the rest when it lays out, paints and reports the
 * text around the caret to the system's input method. A block Chromium has not drawn yet cannot take
 * the caret: typing into a list that an input rule has just created sometimes went into a new
 * paragraph below it. So the block(s) holding the selection's ends carry EDITING_BLOCK_CLASS, which
 * the stylesheet keeps drawn, from the very transaction that creates them. For the same reason the
 * jumps to the article's start and end (Ctrl+Home/End, with Shift to select; ⌘↑/⌘↓ on a Mac) are made
 * here: Chromium's own put the caret at the start of a last paragraph it had not drawn yet.
 */
export const EDITING_BLOCK_CLASS = 'is-editing';

const editingBlockKey = new PluginKey<EditingBlocks>('editingBlock');

interface EditingBlocks {
  /** Start positions of the marked top-level blocks, in document order. */
  starts: number[];
  decorations: DecorationSet;
}

/** Top-level blocks holding the selection's anchor and head (both neighbours where an end sits between blocks). */
export function editingBlockStarts(state: EditorState): number[] {
  const { doc, selection } = state;
  const starts = new Set<number>();
  for (const $pos of [selection.$anchor, selection.$head]) {
    if ($pos.depth > 0) {
      starts.add($pos.before(1));
      continue;
    }
    const after = doc.childAfter($pos.pos);
    if (after.node) starts.add(after.offset);
    const before = doc.childBefore($pos.pos);
    if (before.node) starts.add(before.offset);
  }
  return [...starts].sort((a, b) => a - b);
}

function decorate(doc: PMNode, starts: number[]): DecorationSet {
  const decorations = starts.flatMap((start) => {
    const node = doc.nodeAt(start);
    return node ? [Decoration.node(start, start + node.nodeSize, { class: EDITING_BLOCK_CLASS })] : [];
  });
  return DecorationSet.create(doc, decorations);
}

function sameStarts(a: number[], b: number[]): boolean {
  return a.length === b.length && a.every((start, index) => start === b[index]);
}

function nextEditingBlocks(tr: Transaction, previous: EditingBlocks, state: EditorState): EditingBlocks {
  if (!tr.docChanged && !tr.selectionSet) return previous;
  const starts = editingBlockStarts(state);
  if (sameStarts(starts, previous.starts)) {
    if (!tr.docChanged) return previous;
    // Typing inside the same block: mapping keeps the decoration on it. A block replaced at the same
    // place (a paragraph turned into a list) loses its decoration in the mapping and is marked again.
    const mapped = previous.decorations.map(tr.mapping, tr.doc);
    if (mapped.find().length === starts.length) return { starts, decorations: mapped };
  }
  return { starts, decorations: decorate(state.doc, starts) };
}

/** The selection moved to the document's start or end; `extend` keeps the anchor, as Shift does. */
export function selectionAtEdge(state: EditorState, edge: 'start' | 'end', extend: boolean): Selection {
  const target = edge === 'end' ? Selection.atEnd(state.doc) : Selection.atStart(state.doc);
  return extend ? TextSelection.between(state.selection.$anchor, target.$head) : target;
}

export const EditingBlock = Extension.create({
  name: 'editingBlock',

  addKeyboardShortcuts() {
    const jump = (edge: 'start' | 'end', extend: boolean) => () => {
      const { state, view } = this.editor;
      view.dispatch(state.tr.setSelection(selectionAtEdge(state, edge, extend)).scrollIntoView());
      return true;
    };
    const keys = {
      'Mod-Home': jump('start', false),
      'Mod-End': jump('end', false),
      'Shift-Mod-Home': jump('start', true),
      'Shift-Mod-End': jump('end', true),
    };
    // ⌘↑/⌘↓ mean start/end only on a Mac; elsewhere Ctrl+↑/↓ move by paragraph and stay Chromium's.
    if (!isApplePlatform()) return keys;
    return {
      ...keys,
      'Mod-ArrowUp': jump('start', false),
      'Mod-ArrowDown': jump('end', false),
      'Shift-Mod-ArrowUp': jump('start', true),
      'Shift-Mod-ArrowDown': jump('end', true),
    };
  },

  addProseMirrorPlugins() {
    return [
      new Plugin<EditingBlocks>({
        key: editingBlockKey,
        state: {
          init: (_, state) => {
            const starts = editingBlockStarts(state);
            return { starts, decorations: decorate(state.doc, starts) };
          },
          apply: (tr, previous, _oldState, state) => nextEditingBlocks(tr, previous, state),
        },
        props: {
          decorations: (state) => editingBlockKey.getState(state)?.decorations ?? DecorationSet.empty,
        },
      }),
    ];
  },
});
