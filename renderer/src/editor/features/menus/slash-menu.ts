import { Extension, type Editor } from '@tiptap/core';
import { Plugin, PluginKey } from '@tiptap/pm/state';
import { ReactRenderer } from '@tiptap/react';
import { Suggestion, type SuggestionKeyDownProps, type SuggestionProps } from '@tiptap/suggestion';
import type { Translate } from '../../../i18n/i18n';
import { filterSlashItems, SLASH_ITEMS, type SlashItem } from './slash-items';
import { SlashMenuList, slashOptionId, type SlashMenuListProps } from './SlashMenuList';
import type { BodyEditorContext } from '../../body-editor-context';

export interface SlashMenuOptions {
  context: BodyEditorContext | null;
  items: readonly SlashItem[];
}

export const slashMenuKey = new PluginKey('slashMenu');

/** What the body's own element tells assistive technology while the menu is open. */
interface MenuAria {
  listboxId: string | null;
  activeId: string | null;
}
const ariaKey = new PluginKey<MenuAria>('slashMenuAria');
const CLOSED: MenuAria = { listboxId: null, activeId: null };

let menus = 0;

/**
 * `/` at the start of an empty paragraph lists the blocks to insert; typing filters them (Ukrainian or
 * English), ↑/↓ choose, Enter or Tab insert, Esc closes and leaves the `/` as typed. Built on
 * @tiptap/suggestion, which only looks at the text before the cursor, so a keystroke elsewhere costs a
 * regular expression on one text node.
 */
export const SlashMenu = Extension.create<SlashMenuOptions>({
  name: 'slashMenu',

  addOptions() {
    return { context: null, items: SLASH_ITEMS };
  },

  addProseMirrorPlugins() {
    const { context, items } = this.options;
    if (!context) return [];
    const { t } = context;
    return [
      Suggestion<SlashItem, SlashItem>({
        editor: this.editor,
        pluginKey: slashMenuKey,
        char: '/',
        startOfLine: true,
        decorationClass: 'slash-query',
        // Only a paragraph holding nothing but `/query`: a slash inside a sentence is a slash.
        allow: ({ state, range }) => {
          const $from = state.doc.resolve(range.from);
          return $from.parent.type.name === 'paragraph' && range.from === $from.start() && range.to === $from.end();
        },
        items: ({ query }) => filterSlashItems(items, query, t),
        command: ({ editor, range, props: item }) => {
          editor.chain().focus().deleteRange(range).run();
          item.run(editor);
        },
        render: () => menuRenderer(t),
      }),
      new Plugin<MenuAria>({
        key: ariaKey,
        state: {
          init: () => CLOSED,
          apply: (tr, value) => (tr.getMeta(ariaKey) as MenuAria | undefined) ?? value,
        },
        props: {
          attributes: (state): Record<string, string> => {
            const aria = ariaKey.getState(state) ?? CLOSED;
            // Closing needs no transaction of its own: the menu is open exactly while the suggestion is.
            if (!aria.listboxId || !slashMenuKey.getState(state)?.active) return {};
            return {
              'aria-controls': aria.listboxId,
              ...(aria.activeId ? { 'aria-activedescendant': aria.activeId } : {}),
            };
          },
        },
      }),
    ];
  },
});

/** After the current update: the menu opens from inside ProseMirror's own view update. */
function setAria(editor: Editor, aria: MenuAria): void {
  queueMicrotask(() => {
    if (editor.isDestroyed) return;
    editor.view.dispatch(editor.state.tr.setMeta(ariaKey, aria).setMeta('addToHistory', false));
  });
}

/** The list's life while a `/query` is being typed: mounted under the cursor, moved by the plugin. */
function menuRenderer(t: Translate) {
  let renderer: ReactRenderer<unknown, SlashMenuListProps> | null = null;
  let unmount: (() => void) | null = null;
  let props: SuggestionProps<SlashItem, SlashItem> | null = null;
  let active = 0;
  const listboxId = `slash-menu-${++menus}`;

  const show = () => {
    if (!renderer || !props) return;
    const items = props.items;
    active = items.length === 0 ? 0 : Math.min(active, items.length - 1);
    const select = props.command;
    renderer.updateProps({ items, active, onPick: (index: number) => items[index] && select(items[index]) });
    setAria(props.editor, {
      listboxId,
      activeId: items.length > 0 ? slashOptionId(listboxId, active) : null,
    });
  };

  return {
    onStart: (start: SuggestionProps<SlashItem, SlashItem>) => {
      props = start;
      active = 0;
      renderer = new ReactRenderer<unknown, SlashMenuListProps>(SlashMenuList, {
        editor: start.editor,
        props: { items: start.items, active, listboxId, t, onPick: () => undefined },
        className: 'slash-menu-host',
      });
      unmount = start.mount(renderer.element);
      show();
    },
    onUpdate: (next: SuggestionProps<SlashItem, SlashItem>) => {
      if (props && next.query !== props.query) active = 0;
      props = next;
      show();
    },
    onKeyDown: ({ event }: SuggestionKeyDownProps) => {
      if (!props) return false;
      const count = props.items.length;
      if (event.key === 'Escape') return true;
      if (count === 0) return false;
      if (event.key === 'ArrowDown' || event.key === 'ArrowUp') {
        active = (active + (event.key === 'ArrowDown' ? 1 : -1) + count) % count;
        show();
        return true;
      }
      if (event.key === 'Home' || event.key === 'End') {
        active = event.key === 'Home' ? 0 : count - 1;
        show();
        return true;
      }
      if (event.key === 'Enter' || event.key === 'Tab') {
        const item = props.items[active];
        if (item) props.command(item);
        return true;
      }
      return false;
    },
    onExit: () => {
      unmount?.();
      renderer?.destroy();
      unmount = null;
      renderer = null;
      props = null;
    },
  };
}
