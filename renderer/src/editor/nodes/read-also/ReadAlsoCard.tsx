import { NodeViewWrapper, type ReactNodeViewProps } from '@tiptap/react';
import { READ_ALSO_LABEL } from '../../../../../shared/domain/body-nodes';
import { readAlsoItems } from '../../../../../shared/domain/read-also';
import { formatDateTime } from '../../../../../shared/text/dates';
import { useI18n } from '../../../i18n/i18n';
import { useDates } from '../../../i18n/use-dates';
import type { ReadAlsoOptions } from './read-also-options';
import './read-also.css';

/**
 * «Читайте також» as the reader will see it: each article with its date in the outlet's house style (the
 * page's, in Ukrainian), as the copies remembered when it was picked hold them.
 */
export function ReadAlsoCard({ node, extension, selected, editor, getPos }: ReactNodeViewProps) {
  const { context } = extension.options as ReadAlsoOptions;
  const fallback = useI18n();
  const t = context?.t ?? fallback.t;
  const { page } = useDates();
  const items = readAlsoItems({ articles: node.attrs.articles }) ?? [];

  const edit = () => {
    const pos = getPos();
    if (typeof pos === 'number') editor.chain().setNodeSelection(pos).openReadAlsoPicker().run();
  };

  return (
    <NodeViewWrapper
      as="aside"
      className={`read-also${selected ? ' is-selected' : ''}`}
      aria-label={t('block.readAlso.card')}
    >
      <span className="read-also-label">{READ_ALSO_LABEL}</span>
      <ul className="read-also-list">
        {items.map((item, index) => (
          <li key={`${item.articleId}-${index}`}>
            {item.date ? (
              <>
                <time className="read-also-date" dateTime={item.date}>
                  {formatDateTime(item.date, page)}
                </time>{' '}
              </>
            ) : null}
            <span className="read-also-headline">{item.headline || t('block.readAlso.untitled')}</span>
          </li>
        ))}
      </ul>
      {editor.isEditable ? (
        <button type="button" className="link-button read-also-edit" contentEditable={false} onClick={edit}>
          {t('block.readAlso.edit')}
        </button>
      ) : null}
    </NodeViewWrapper>
  );
}
