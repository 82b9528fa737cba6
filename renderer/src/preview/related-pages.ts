import type { ShpaltaApi } from '../../../shared/api/contract';

/**
 * The slugs of the library articles a «Читайте також» names, for their page addresses in the preview. The
 * list keeps articles by id (a slug may still change before publishing), so they are looked up in the
 * library, once per article, all missing ones of a drawing in one call.
 */
export class RelatedPages {
  /** null: the library does not have the article (trashed, or from another library): no link. */
  private readonly slugs = new Map<string, string | null>();
  private readonly loading = new Set<string>();

  constructor(
    private readonly api: ShpaltaApi,
    /** Called when slugs asked for earlier arrive: the page is to be drawn again. */
    private readonly onLoaded: () => void,
  ) {}

  /** The slug now; undefined while it is looked up (then onLoaded follows), null when there is no such article. */
  slugOf(articleId: string): string | null | undefined {
    return this.slugs.get(articleId);
  }

  /** Looks up the ids not known yet; a failed lookup is asked again on the next drawing. */
  want(ids: readonly string[]): void {
    const missing = [...new Set(ids)].filter((id) => !this.slugs.has(id) && !this.loading.has(id));
    if (missing.length === 0) return;
    for (const id of missing) this.loading.add(id);
    this.api.invoke('library.lookup', { ids: missing }).then(
      ({ articles }) => {
        const found = new Map(articles.map((card) => [card.id, card.slug]));
        for (const id of missing) {
          this.loading.delete(id);
          this.slugs.set(id, found.get(id) ?? null);
        }
        this.onLoaded();
      },
      () => {
        for (const id of missing) this.loading.delete(id);
      },
    );
  }
}
