import { followHeadline } from '../../../shared/share/slug';
import type { ArticleMeta } from './MetadataPanel';

/**
 * A change of the headline carries the slug along while the slug still is the headline's own (or empty):
 * one undo-able change, so the address never lags a keystroke behind. A slug edited by hand stays; so does
 * a published article's, whose address readers already have.
 */
export function withFollowingSlug(
  current: Pick<ArticleMeta, 'headline' | 'slug' | 'status'>,
  patch: Partial<ArticleMeta>,
  taken: ReadonlySet<string>,
): Partial<ArticleMeta> {
  if (patch.headline === undefined || 'slug' in patch) return patch;
  if (current.status === 'published' || current.status === 'scheduled') return patch;
  const slug = followHeadline({
    previousHeadline: current.headline,
    slug: current.slug,
    headline: patch.headline,
    taken,
  });
  return slug === current.slug ? patch : { ...patch, slug };
}
