import { Node } from '@tiptap/core';
import { Plugin, PluginKey } from '@tiptap/pm/state';
import { ReactNodeViewRenderer } from '@tiptap/react';
import { BODY_NODE } from '../../../../../shared/domain/body-nodes';
import { isEmbedProvider, parseEmbedUrl, type Embed as EmbedData } from '../../../../../shared/domain/embeds';
import { EmbedCard } from './EmbedCard';
import { EmbedDialog } from './EmbedDialog';
import { openEditorDialog } from '../../common/open-editor-dialog';
import type { EmbedOptions } from './embed-options';
import { caretAfterBlock } from '../../common/caret-after-block';

declare module '@tiptap/core' {
  interface Commands<ReturnType> {
    embed: {
      /** Inserts the post a URL names (Telegram, YouTube, X, Facebook); false for any other URL. */
      insertEmbed: (url: string) => ReturnType;
      /** Asks for the URL in a dialog that says at once whether it can be embedded. */
      openEmbedDialog: () => ReturnType;
    };
  }
}

const text = (value: unknown): string => (typeof value === 'string' ? value : '');

/**
 * A post of a social network, by URL. In the editor it is a card with the provider and the address:
 * nothing of the provider's (script, frame, image) is loaded. Attributes are always re-derived from the
 * URL, so a hand-edited file or a pasted snippet cannot smuggle in another provider or id.
 */
export const Embed = Node.create<EmbedOptions>({
  name: BODY_NODE.embed,
  group: 'block',
  atom: true,
  selectable: true,
  draggable: false,
  // Before StarterKit's link handling: a bare post URL on an empty line becomes the post, not a link.
  priority: 150,

  addOptions() {
    return { context: null };
  },

  addAttributes() {
    return {
      provider: {
        default: null,
        parseHTML: (element) => fromElement(element)?.provider ?? null,
        renderHTML: () => ({}),
      },
      url: { default: '', parseHTML: (element) => fromElement(element)?.url ?? '', renderHTML: () => ({}) },
      id: { default: '', parseHTML: (element) => fromElement(element)?.id ?? '', renderHTML: () => ({}) },
    };
  },

  parseHTML() {
    return [{ tag: 'div[data-type="embed"]', getAttrs: (element) => (fromElement(element) ? {} : false) }];
  },

  renderHTML({ node }) {
    // A file edited by hand may hold anything: only a URL we would embed becomes a link in copied HTML.
    const parsed = parseEmbedUrl(text(node.attrs.url));
    const url = parsed.ok ? parsed.embed.url : '';
    const provider = isEmbedProvider(node.attrs.provider) ? node.attrs.provider : '';
    return [
      'div',
      { 'data-type': 'embed', 'data-provider': provider, 'data-url': url, 'data-id': text(node.attrs.id) },
      url ? ['a', { href: url }, url] : ['span', {}, text(node.attrs.url)],
    ];
  },

  addCommands() {
    return {
      insertEmbed:
        (url) =>
        ({ commands }) => {
          const parsed = parseEmbedUrl(url);
          if (!parsed.ok) return false;
          return (
            commands.insertContent({ type: this.name, attrs: { ...parsed.embed } }) && commands.command(caretAfterBlock)
          );
        },
      openEmbedDialog:
        () =>
        ({ editor, dispatch }) => {
          const { context } = this.options;
          if (!context) return false;
          if (dispatch) {
            openEditorDialog(editor, EmbedDialog, {
              t: context.t,
              onInsert: (url: string) => editor.chain().focus().insertEmbed(url).run(),
            });
          }
          return true;
        },
    };
  },

  addProseMirrorPlugins() {
    const editor = this.editor;
    return [
      new Plugin({
        key: new PluginKey('embedPaste'),
        props: {
          handlePaste: (view, event) => {
            const pasted = (event.clipboardData?.getData('text/plain') ?? '').trim();
            if (!pasted || /\s/.test(pasted)) return false;
            const { empty, $from } = view.state.selection;
            const emptyLine = empty && $from.parent.type.name === 'paragraph' && $from.parent.content.size === 0;
            if (!emptyLine || !parseEmbedUrl(pasted).ok) return false;
            return editor.commands.insertEmbed(pasted);
          },
        },
      }),
    ];
  },

  addNodeView() {
    return ReactNodeViewRenderer(EmbedCard, { as: 'div', className: 'embed-block' });
  },
});

/** The embed an element describes, judged by its URL alone. */
function fromElement(element: HTMLElement): EmbedData | null {
  const parsed = parseEmbedUrl(element.getAttribute('data-url') ?? '');
  return parsed.ok ? parsed.embed : null;
}
