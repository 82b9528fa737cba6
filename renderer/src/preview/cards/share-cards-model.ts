import type { Article } from '../../../../shared/domain/article';
import type { OutletProfile } from '../../../../shared/outlet/outlet-profile';
import { effectiveShareFields, type EffectiveShareFields } from '../../../../shared/share/fallbacks';
import { measure } from '../../../../shared/share/limits';
import { shareWarnings, type ShareWarning } from '../../../../shared/share/warnings';
import { articlePageUrl } from '../../../../shared/site/page-url';
import type { SiteMedia } from '../../../../shared/site/site-page';
import { shareImageView, type ShareImageView } from './share-image';

/** Everything the five cards and their warnings show, read from the article as the window holds it now. */
export interface ShareCardsModel {
  /** The article's page: what every card links to. */
  link: string;
  fields: EffectiveShareFields;
  image: ShareImageView | null;
  /** The Telegram post goes as a photo with the post as its caption: there is a picture and the caption fits. */
  telegramAsPhoto: boolean;
  publishAt: string | null;
  warnings: ShareWarning[];
}

/** What the cards need of the library's outlet profile: the site's name and address. */
export type CardsOutlet = Pick<OutletProfile, 'name' | 'siteUrl'>;

export function shareCardsModel(
  article: Article,
  outlet: CardsOutlet,
  media: (src: string) => SiteMedia | null,
  takenSlugs: ReadonlySet<string> = new Set(),
): ShareCardsModel {
  const link = articlePageUrl(outlet.siteUrl, article.slug, article.id);
  const fields = effectiveShareFields(article, link);
  const image = shareImageView(article, media);
  const warnings = shareWarnings({
    fields,
    image: image && {
      width: image.size?.width ?? null,
      height: image.size?.height ?? null,
      alt: image.alt,
      hasWideCrop: image.hasWideCrop,
    },
    telegramWithPhoto: image !== null,
    slug: article.slug,
    takenSlugs,
    // Nothing records the published slug before publishing exists (the panel warns while it is edited).
    publishedSlug: null,
  });
  return {
    link,
    fields,
    image,
    telegramAsPhoto: image !== null && !measure('telegramCaption', fields.telegramPost.value).over,
    publishAt: article.publishAt,
    warnings,
  };
}
