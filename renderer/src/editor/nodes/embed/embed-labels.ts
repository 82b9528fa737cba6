import type { EmbedProvider, EmbedRejection } from '../../../../../shared/domain/embeds';
import type { PlainKey } from '../../../i18n/i18n';

export const PROVIDER_LABEL: Record<EmbedProvider, PlainKey> = {
  telegram: 'block.embed.provider.telegram',
  youtube: 'block.embed.provider.youtube',
  x: 'block.embed.provider.x',
  facebook: 'block.embed.provider.facebook',
};

/** Drawn with text, not the providers' logos: nothing of theirs is loaded in the editor. */
export const PROVIDER_ICON: Record<EmbedProvider, string> = {
  telegram: '✈',
  youtube: '▶',
  x: '𝕏',
  facebook: 'f',
};

export const REJECTION_MESSAGE: Record<EmbedRejection, PlainKey> = {
  empty: 'block.embed.reason.empty',
  'not-a-url': 'block.embed.reason.notUrl',
  'unsupported-site': 'block.embed.reason.unsupportedSite',
  'not-a-post': 'block.embed.reason.notPost',
  'private-post': 'block.embed.reason.privatePost',
};
