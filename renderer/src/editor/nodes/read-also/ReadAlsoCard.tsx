import { NodeViewWrapper, type ReactNodeViewProps } from '@tiptap/react';
import { READ_ALSO_LABEL } from '../../../../../shared/domain/body-nodes';
import { useI18n } from '../../../i18n/i18n';
import type { ReadAlsoOptions } from './read-also-options';
import './read-also.css';

/** «Читайте також: <headline>» as the reader will see it, with the headline remembered when it was picked. */
export function ReadAlsoCard({ node, extension, selected }: ReactNodeViewProps) {
  const { context } = extension.options as ReadAlsoOptions;
  const fallback = useI18n();
  const t = context?.t ?? fallback.t;
  const headline = typeof node.attrs.headline === 'string' && node.attrs.headline ? node.attrs.headline : '';
  const shown = headline || t('block.readAlso.untitled');

  return (
    <NodeViewWrapper
      as="aside"
      className={`read-also${selected ? ' is-selected' : ''}`}
      aria-label={t('block.readAlso.card', { headline: shown })}
    >
      <span className="read-also-label">{READ_ALSO_LABEL}:</span> <span className="read-also-headline">{shown}</span>
    </NodeViewWrapper>
  );
}
