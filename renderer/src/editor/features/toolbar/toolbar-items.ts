import type { ChainedCommands, Editor } from '@tiptap/core';
import type { EditorState } from '@tiptap/pm/state';
import type { PlainKey } from '../../../i18n/i18n';
import type { ShortcutId } from '../shortcuts/shortcut-table';
import {
  canInsertBlock,
  canRedo,
  canSetTextblock,
  canToggleList,
  canToggleMark,
  canToggleWrap,
  canUndo,
} from './can-run';

export type ToolbarItemId = Extract<
  ShortcutId,
  | 'paragraph'
  | 'heading2'
  | 'heading3'
  | 'bold'
  | 'italic'
  | 'underline'
  | 'strike'
  | 'link'
  | 'bulletList'
  | 'orderedList'
  | 'blockquote'
  | 'horizontalRule'
  | 'undo'
  | 'redo'
>;

export interface ToolbarItem {
  /** Also the item's entry in the shortcut table. */
  id: ToolbarItemId;
  label: PlainKey;
  /** Toggles report their state (aria-pressed); actions such as undo do not. */
  isActive?: (editor: Editor) => boolean;
  /** Whether the command would act at this selection (a mark where text allows it, undo with history). */
  canRun: (state: EditorState) => boolean;
  /** The command, chained after focus(). */
  command: (chain: ChainedCommands) => ChainedCommands;
  /** The link item opens the link editor instead of running a command. */
  opensLinkEditor?: true;
}

export const TOOLBAR_ITEMS: Readonly<Record<ToolbarItemId, ToolbarItem>> = {
  paragraph: {
    id: 'paragraph',
    label: 'toolbar.paragraph',
    isActive: (editor) => editor.isActive('paragraph'),
    canRun: (state) => canSetTextblock(state, 'paragraph'),
    command: (chain) => chain.setParagraph(),
  },
  heading2: {
    id: 'heading2',
    label: 'toolbar.heading2',
    isActive: (editor) => editor.isActive('heading', { level: 2 }),
    canRun: (state) => canSetTextblock(state, 'heading'),
    command: (chain) => chain.toggleHeading({ level: 2 }),
  },
  heading3: {
    id: 'heading3',
    label: 'toolbar.heading3',
    isActive: (editor) => editor.isActive('heading', { level: 3 }),
    canRun: (state) => canSetTextblock(state, 'heading'),
    command: (chain) => chain.toggleHeading({ level: 3 }),
  },
  bold: {
    id: 'bold',
    label: 'toolbar.bold',
    isActive: (editor) => editor.isActive('bold'),
    canRun: (state) => canToggleMark(state, 'bold'),
    command: (chain) => chain.toggleBold(),
  },
  italic: {
    id: 'italic',
    label: 'toolbar.italic',
    isActive: (editor) => editor.isActive('italic'),
    canRun: (state) => canToggleMark(state, 'italic'),
    command: (chain) => chain.toggleItalic(),
  },
  underline: {
    id: 'underline',
    label: 'toolbar.underline',
    isActive: (editor) => editor.isActive('underline'),
    canRun: (state) => canToggleMark(state, 'underline'),
    command: (chain) => chain.toggleUnderline(),
  },
  strike: {
    id: 'strike',
    label: 'toolbar.strike',
    isActive: (editor) => editor.isActive('strike'),
    canRun: (state) => canToggleMark(state, 'strike'),
    command: (chain) => chain.toggleStrike(),
  },
  link: {
    id: 'link',
    label: 'toolbar.link',
    isActive: (editor) => editor.isActive('link'),
    canRun: (state) => canToggleMark(state, 'link'),
    command: (chain) => chain,
    opensLinkEditor: true,
  },
  bulletList: {
    id: 'bulletList',
    label: 'toolbar.bulletList',
    isActive: (editor) => editor.isActive('bulletList'),
    canRun: (state) => canToggleList(state, 'bulletList'),
    command: (chain) => chain.toggleBulletList(),
  },
  orderedList: {
    id: 'orderedList',
    label: 'toolbar.orderedList',
    isActive: (editor) => editor.isActive('orderedList'),
    canRun: (state) => canToggleList(state, 'orderedList'),
    command: (chain) => chain.toggleOrderedList(),
  },
  blockquote: {
    id: 'blockquote',
    label: 'toolbar.blockquote',
    isActive: (editor) => editor.isActive('blockquote'),
    canRun: (state) => canToggleWrap(state, 'blockquote'),
    command: (chain) => chain.toggleBlockquote(),
  },
  horizontalRule: {
    id: 'horizontalRule',
    label: 'toolbar.horizontalRule',
    canRun: (state) => canInsertBlock(state, 'horizontalRule'),
    command: (chain) => chain.setHorizontalRule(),
  },
  undo: { id: 'undo', label: 'toolbar.undo', canRun: canUndo, command: (chain) => chain.undo() },
  redo: { id: 'redo', label: 'toolbar.redo', canRun: canRedo, command: (chain) => chain.redo() },
};

/** Runs an item's command on the editor and gives the body the focus back. */
export function runToolbarCommand(editor: Editor, item: ToolbarItem): boolean {
  return item.command(editor.chain().focus()).run();
}
