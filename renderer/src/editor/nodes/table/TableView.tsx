import type { Editor } from '@tiptap/core';
import { NodeViewContent, NodeViewWrapper, type ReactNodeViewProps } from '@tiptap/react';
import { useId, type KeyboardEvent, type MouseEvent } from 'react';
import { TABLE_NODE } from '../../../../../shared/domain/table';
import { DEFAULT_APOSTROPHE } from '../../../../../shared/text/typography/chars';
import { useI18n, type PlainKey } from '../../../i18n/i18n';
import { useAttrField } from '../../common/use-attr-field';
import { FindableField } from '../../features/find/FindableField';
import { useTypingTypography } from '../../features/typography/use-typing-typography';
import { TABLE_CAPTION_INPUT_CLASS, type BodyTableOptions } from './table-options';

/** A change of the table the controls make, on the cell the cursor is in. */
type TableCommand = (editor: Editor) => boolean;

const CONTROLS: readonly { label: PlainKey; run: TableCommand }[] = [
  { label: 'editor.table.addRow', run: (editor) => editor.commands.addRowAfter() },
  { label: 'editor.table.addColumn', run: (editor) => editor.commands.addColumnAfter() },
  { label: 'editor.table.deleteRow', run: (editor) => editor.commands.deleteRow() },
  { label: 'editor.table.deleteColumn', run: (editor) => editor.commands.deleteColumn() },
];

/** Offset from a table's position to the text of its first cell: into the table, the row, the cell, the paragraph. */
const FIRST_CELL_TEXT = 4;

/**
 * A table with its caption and controls above it: the caption field (Enter, Esc or ↓ go to the first cell;
 * Shift+Tab in the first cell comes back here), then buttons that add and remove rows and columns at the
 * cursor's cell and switch the header row. The table scrolls sideways in its own box when it is wider than
 * the column.
 */
export function TableView({ node, editor, extension, getPos, updateAttributes, decorations }: ReactNodeViewProps) {
  const { context } = extension.options as BodyTableOptions;
  const fallback = useI18n();
  const t = context?.t ?? fallback.t;
  const id = useId();
  const value = typeof node.attrs.caption === 'string' ? node.attrs.caption : '';
  const [caption, setCaption] = useAttrField(value, (next) => updateAttributes({ caption: next }));
  const typingRef = useTypingTypography<HTMLInputElement>(context?.apostrophe ?? DEFAULT_APOSTROPHE);
  const headerRow = node.firstChild?.childCount
    ? node.firstChild.content.content.every((cell) => cell.type.name === TABLE_NODE.header)
    : false;

  /** The controls act where the cursor is; from another table or the text outside, in this one's first cell. */
  const withCursorInside = (): boolean => {
    const pos = getPos();
    if (typeof pos !== 'number') return false;
    const { from, to } = editor.state.selection;
    if (from > pos && to < pos + node.nodeSize) return true;
    return editor.commands.setTextSelection(pos + FIRST_CELL_TEXT);
  };

  const run = (command: TableCommand) => {
    if (withCursorInside()) command(editor);
  };

  const toFirstCell = (event: KeyboardEvent<HTMLInputElement>) => {
    if (event.key !== 'Escape' && event.key !== 'Enter' && event.key !== 'ArrowDown') return;
    event.preventDefault();
    const pos = getPos();
    if (typeof pos === 'number')
      editor
        .chain()
        .focus(pos + FIRST_CELL_TEXT)
        .run();
  };

  // A press on a button must not move the body's cursor out of the cell it acts on.
  const keepCursor = (event: MouseEvent) => event.preventDefault();

  return (
    <NodeViewWrapper as="figure" className="table-figure" aria-label={t('editor.table.region')}>
      <figcaption className="table-caption" contentEditable={false}>
        <label htmlFor={`${id}-caption`} className="visually-hidden">
          {t('editor.table.caption')}
        </label>
        <FindableField name="caption" value={caption} decorations={decorations}>
          <input
            ref={typingRef}
            id={`${id}-caption`}
            className={TABLE_CAPTION_INPUT_CLASS}
            aria-describedby={`${id}-keys`}
            value={caption}
            readOnly={!editor.isEditable}
            placeholder={t('editor.table.captionPlaceholder')}
            onChange={(event) => setCaption(event.target.value)}
            onKeyDown={toFirstCell}
          />
        </FindableField>
        <span id={`${id}-keys`} className="visually-hidden">
          {t('editor.table.keysHint')}
        </span>
        {editor.isEditable ? (
          <div className="table-controls" role="group" aria-label={t('editor.table.controls')}>
            {CONTROLS.map(({ label, run: command }) => (
              <button key={label} type="button" onMouseDown={keepCursor} onClick={() => run(command)}>
                {t(label)}
              </button>
            ))}
            <button
              type="button"
              aria-pressed={headerRow}
              onMouseDown={keepCursor}
              onClick={() => run((current) => current.commands.toggleHeaderRow())}
            >
              {t('editor.table.headerRow')}
            </button>
            <button
              type="button"
              onMouseDown={keepCursor}
              onClick={() => run((current) => current.chain().focus().deleteTable().run())}
            >
              {t('editor.table.delete')}
            </button>
          </div>
        ) : null}
      </figcaption>
      <div className="table-scroll">
        <NodeViewContent<'table'> as="table" />
      </div>
    </NodeViewWrapper>
  );
}
