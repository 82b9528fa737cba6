import { NodeViewContent, NodeViewWrapper, type ReactNodeViewProps } from '@tiptap/react';
import { useId, type KeyboardEvent } from 'react';
import { DEFAULT_APOSTROPHE } from '../../../../../shared/text/typography/chars';
import { useI18n } from '../../../i18n/i18n';
import type { BlockquoteWithAttributionOptions } from './blockquote-options';
import { useAttrField } from '../../common/use-attr-field';
import { useTypingTypography } from '../../features/typography/use-typing-typography';
import { FindableField } from '../../features/find/FindableField';
import './blockquote.css';

/**
 * A quote: its paragraphs are ordinary body text; under them, who said it, in a field of its own.
 * Enter or Esc in that field returns to the end of the quote's text.
 */
export function BlockquoteView({ node, editor, extension, getPos, updateAttributes, decorations }: ReactNodeViewProps) {
  const { context } = extension.options as BlockquoteWithAttributionOptions;
  const fallback = useI18n();
  const t = context?.t ?? fallback.t;
  const id = useId();
  const value = typeof node.attrs.attribution === 'string' ? node.attrs.attribution : '';
  const [attribution, setAttribution] = useAttrField(value, (next) => updateAttributes({ attribution: next }));
  // Who said it is read on the page like the headline: the same «», ’ and — as typed anywhere else.
  const typingRef = useTypingTypography<HTMLInputElement>(context?.apostrophe ?? DEFAULT_APOSTROPHE);

  const backToText = (event: KeyboardEvent<HTMLInputElement>) => {
    if (event.key !== 'Escape' && event.key !== 'Enter') return;
    event.preventDefault();
    const pos = getPos();
    // The last position inside the quote's last paragraph.
    if (typeof pos === 'number')
      editor
        .chain()
        .focus(pos + node.nodeSize - 2)
        .run();
  };

  return (
    <NodeViewWrapper as="figure" className="quote">
      <NodeViewContent<'blockquote'> as="blockquote" />
      <figcaption className="quote-attribution" contentEditable={false}>
        <label htmlFor={`${id}-attribution`} className="visually-hidden">
          {t('block.quote.attribution')}
        </label>
        <span aria-hidden="true">—</span>
        <FindableField name="attribution" value={attribution} decorations={decorations}>
          <input
            ref={typingRef}
            id={`${id}-attribution`}
            value={attribution}
            placeholder={t('block.quote.attributionPlaceholder')}
            onChange={(event) => setAttribution(event.target.value)}
            onKeyDown={backToText}
          />
        </FindableField>
      </figcaption>
    </NodeViewWrapper>
  );
}
