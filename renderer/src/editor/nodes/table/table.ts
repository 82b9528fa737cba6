import type { Editor } from '@tiptap/core';
import { Table, type TableOptions } from '@tiptap/extension-table';
import { isInTable } from '@tiptap/pm/tables';
import { ReactNodeViewRenderer } from '@tiptap/react';
import { updateOnFindChange } from '../../features/find/attribute-highlights';
import { TABLE_NODE } from '../../../../../shared/domain/table';
import { TABLE_CAPTION_INPUT_CLASS, type BodyTableOptions } from './table-options';
import { canGrowTable, selectedTable } from './table-size';
import { TableView } from './TableView';

/** The caption as ProseMirror reads it from HTML: a pasted or copied table's own <caption>, one line. */
function captionOf(element: HTMLElement): string {
  return (element.querySelector(':scope > caption')?.textContent ?? '').replace(/\s+/g, ' ').trim();
}

/** Shift+Tab in the first cell: there is no cell before it, so the focus goes to the caption above. */
function focusCaption(editor: Editor): boolean {
  const table = selectedTable(editor.state);
  if (!table) return false;
  const dom = editor.view.nodeDOM(table.pos);
  const input =
    dom instanceof HTMLElement ? dom.querySelector<HTMLInputElement>(`.${TABLE_CAPTION_INPUT_CLASS}`) : null;
  if (!input) return false;
  input.focus();
  return true;
}

/**
 * TipTap's table (its Tab and Shift+Tab between cells, Tab in the last cell adding a row, arrows out of it,
 * its row and column commands) with a caption, held to the caps a file must keep (shared/domain/table.ts):
 * a table never grows past them, and a table is never put inside a cell. No column widths: the page sizes
 * columns to their text. The caption is an attribute edited above the table; in HTML it is <caption>.
 */
export const BodyTable = Table.extend<TableOptions & BodyTableOptions>({
  name: TABLE_NODE.table,

  addOptions() {
    return {
      ...(this.parent?.() as TableOptions),
      HTMLAttributes: {},
      context: null,
      resizable: false,
      View: null,
    };
  },

  addAttributes() {
    return {
      caption: {
        default: '',
        parseHTML: captionOf,
        renderHTML: () => ({}),
      },
    };
  },

  parseHTML() {
    // The caption is the table's attribute; its text must not also become a row.
    return [{ tag: 'table' }, { tag: 'caption', ignore: true }];
  },

  renderHTML({ node }) {
    const caption = String(node.attrs.caption ?? '').trim();
    return caption ? ['table', {}, ['caption', {}, caption], ['tbody', 0]] : ['table', {}, ['tbody', 0]];
  },

  addCommands() {
    const parent = this.parent?.();
    if (!parent?.insertTable || !parent.addRowAfter || !parent.addRowBefore) return parent ?? {};
    const { insertTable, addRowAfter, addRowBefore, addColumnAfter, addColumnBefore } = parent;
    if (!addColumnAfter || !addColumnBefore) return parent;
    return {
      ...parent,
      insertTable: (options) => (props) => !isInTable(props.state) && insertTable(options)(props),
      addRowAfter: () => (props) => canGrowTable(props.state, 'row') && addRowAfter()(props),
      addRowBefore: () => (props) => canGrowTable(props.state, 'row') && addRowBefore()(props),
      addColumnAfter: () => (props) => canGrowTable(props.state, 'column') && addColumnAfter()(props),
      addColumnBefore: () => (props) => canGrowTable(props.state, 'column') && addColumnBefore()(props),
    };
  },

  addKeyboardShortcuts() {
    return {
      ...this.parent?.(),
      'Shift-Tab': () => this.editor.commands.goToPreviousCell() || focusCaption(this.editor),
    };
  },

  addNodeView() {
    return ReactNodeViewRenderer(TableView, {
      as: 'div',
      className: 'table-block',
      contentDOMElementTag: 'tbody',
      update: updateOnFindChange,
    });
  },
});
