import { combineTransactionSteps, Extension, findChildrenInRange, getChangedRanges, PasteRule } from '@tiptap/core';
import { isHistoryTransaction } from '@tiptap/pm/history';
import type { Node as PMNode } from '@tiptap/pm/model';
import { Plugin, PluginKey, TextSelection, type EditorState, type Transaction } from '@tiptap/pm/state';
import { ReplaceStep, type Step } from '@tiptap/pm/transform';
import { findUrls, type FoundUrl } from './find-urls';

/** What an inline leaf (a line break) counts as in a block's text: one character, as it is one position. */
const LEAF = '\uFFFC';

/** Marks `from`–`to` as a link to `href`. A link's underline is how links look, not a mark (as for pasted links). */
function markLink(tr: Transaction, from: number, to: number, href: string): void {
  const { link, underline } = tr.doc.type.schema.marks;
  if (!link) return;
  tr.addMark(from, to, link.create({ href }));
  if (underline) tr.removeMark(from, to, underline);
}

/** Links an address found in the text at `from`, unless the text there is no longer it or is a link already. */
function linkFound(tr: Transaction, from: number, url: FoundUrl): void {
  const to = from + url.text.length;
  const link = tr.doc.type.schema.marks.link;
  if (!link || tr.doc.textBetween(from, to, undefined, LEAF) !== url.text) return;
  if (tr.doc.rangeHasMark(from, to, link)) return;
  markLink(tr, from, to, url.href);
}

/** Links the addresses in the last word before `endOffset` of a textblock whose content starts at `start`. */
function linkLastWord(tr: Transaction, block: PMNode, start: number, endOffset: number): void {
  const text = block.textBetween(0, endOffset, undefined, LEAF).replace(/\s+$/u, '');
  const wordStart = text.search(/\S*$/u);
  for (const url of findUrls(text.slice(wordStart))) linkFound(tr, start + wordStart + url.index, url);
}

function isPasteOrDrop(tr: Transaction): boolean {
  const event = tr.getMeta('uiEvent') as string | undefined;
  return tr.getMeta('paste') === true || event === 'paste' || event === 'drop';
}

/** Text typed in without a space at its end (nearly every keystroke) ends no word: nothing to look at. */
function typesOnWithinWord(step: Step): boolean {
  if (!(step instanceof ReplaceStep)) return false;
  const inserted = step.slice.content;
  return (
    inserted.childCount === 1 && inserted.firstChild?.isText === true && !/\s$/u.test(inserted.firstChild.text ?? '')
  );
}

/**
 * While typing: a word ends at a space or at the end of a block split by Enter, and the addresses in it
 * become links. Pastes are the paste rule's; undo and the link commands (`preventAutolink`) are left alone.
 */
function linkTypedAddresses(trs: readonly Transaction[], oldState: EditorState, state: EditorState) {
  if (!trs.some((tr) => tr.docChanged) || trs.every((tr) => tr.steps.every(typesOnWithinWord))) return null;
  if (trs.some((tr) => isHistoryTransaction(tr) || isPasteOrDrop(tr) || tr.getMeta('preventAutolink'))) return null;
  const tr = state.tr;
  for (const { newRange } of getChangedRanges(combineTransactionSteps(oldState.doc, [...trs]))) {
    const blocks = findChildrenInRange(state.doc, newRange, (node) => node.isTextblock);
    const first = blocks[0];
    if (blocks.length > 1 && first) linkLastWord(tr, first.node, first.pos + 1, first.node.content.size);
    const $to = state.doc.resolve(newRange.to);
    if (!$to.parent.isTextblock || $to.parentOffset === 0) continue;
    const before = $to.parent.textBetween($to.parentOffset - 1, $to.parentOffset, undefined, LEAF);
    if (/\s/u.test(before)) linkLastWord(tr, $to.parent, $to.start(), $to.parentOffset);
  }
  return tr.steps.length > 0 ? tr : null;
}

/**
 * Addresses with their scheme become links as they are typed or pasted, each ending where a URL can end
 * (paste/url-end.ts) and keeping the href the safety check parsed. TipTap's own auto-linker is switched
 * off in link-options.ts: its scanner (linkifyjs) ran a link on through `"` and `<`. Pasting a lone
 * address over selected text links that text.
 */
export const AutoLink = Extension.create({
  name: 'autoLink',

  addPasteRules() {
    return [
      new PasteRule({
        find: (text) => findUrls(text).map((url) => ({ index: url.index, text: url.text, data: { url } })),
        handler: ({ state, range, match }) => {
          const url = match.data?.url as FoundUrl | undefined;
          if (url) linkFound(state.tr, range.from, url);
        },
      }),
    ];
  },

  addProseMirrorPlugins() {
    return [
      new Plugin({
        key: new PluginKey('autoLink'),
        appendTransaction: linkTypedAddresses,
        props: {
          handlePaste(view, _event, slice) {
            const { selection } = view.state;
            if (selection.empty || !(selection instanceof TextSelection)) return false;
            const text = slice.content.textBetween(0, slice.content.size, ' ', ' ').trim();
            const [url, ...others] = findUrls(text);
            if (!url || others.length > 0 || url.text !== text) return false;
            const tr = view.state.tr;
            markLink(tr, selection.from, selection.to, url.href);
            view.dispatch(tr.setMeta('preventAutolink', true));
            return true;
          },
        },
      }),
    ];
  },
});
