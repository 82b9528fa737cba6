import { NodeViewWrapper, type ReactNodeViewProps } from '@tiptap/react';
import { isEmbedProvider } from '../../../../../shared/domain/embeds';
import { useI18n } from '../../../i18n/i18n';
import type { EmbedOptions } from './embed-options';
import { PROVIDER_ICON, PROVIDER_LABEL } from './embed-labels';
import './embed.css';

/** The embedded post as the editor shows it: whose post and where it lives, drawn with our own text only. */
export function EmbedCard({ node, extension, selected }: ReactNodeViewProps) {
  const { context } = extension.options as EmbedOptions;
  const fallback = useI18n();
  const t = context?.t ?? fallback.t;
  const provider = isEmbedProvider(node.attrs.provider) ? node.attrs.provider : null;
  const url = typeof node.attrs.url === 'string' ? node.attrs.url : '';
  const name = provider ? t(PROVIDER_LABEL[provider]) : '?';

  return (
    <NodeViewWrapper
      className={`embed-card${selected ? ' is-selected' : ''}`}
      data-provider={provider ?? undefined}
      role="group"
      aria-label={t('block.embed.card', { provider: name })}
    >
      <span className="embed-icon" aria-hidden="true">
        {provider ? PROVIDER_ICON[provider] : '?'}
      </span>
      <span className="embed-text">
        <strong className="embed-provider">{name}</strong>
        <span className="embed-url">{url}</span>
        <span className="embed-note">{t('block.embed.note')}</span>
      </span>
    </NodeViewWrapper>
  );
}
