/** A host serves few views; a page that keeps inventing ids must not grow the map without end. */
const MAX_VIEWS = 500;

/**
 * Which article each view (a desktop window, a browser tab) has open, as the views say. Every view with an
 * article open hears who else has it (`onChange`), so a second window says so at once and follows saves.
 */
export class OpenViews {
  private readonly articleOf = new Map<string, string>();

  constructor(
    private readonly onChange: (id: string, views: string[]) => void,
    /** Told when a view is gone, for what else follows views (their unsaved edits). */
    private readonly onLeave?: (view: string) => void,
  ) {}

  /** `view` now shows `id` (null: no article); returns the views that have `id` open, `view` among them. */
  open(view: string, id: string | null): string[] {
    const before = this.articleOf.get(view) ?? null;
    if (before === id) return id === null ? [] : this.viewsOf(id);
    if (id === null) this.articleOf.delete(view);
    else {
      if (before === null && this.articleOf.size >= MAX_VIEWS) this.forgetOldest();
      this.articleOf.set(view, id);
    }
    if (before !== null) this.onChange(before, this.viewsOf(before));
    if (id === null) return [];
    const views = this.viewsOf(id);
    this.onChange(id, views);
    return views;
  }

  /** The view is gone (its window closed, its page reloaded or its event stream ended). */
  leave(view: string): void {
    this.open(view, null);
    this.onLeave?.(view);
  }

  /** Says again who has `view`'s article open, for a view that may have missed it. */
  remind(view: string): void {
    const id = this.articleOf.get(view);
    if (id !== undefined) this.onChange(id, this.viewsOf(id));
  }

  viewsOf(id: string): string[] {
    return [...this.articleOf].filter(([, article]) => article === id).map(([view]) => view);
  }

  private forgetOldest(): void {
    const [oldest] = this.articleOf.keys();
    if (oldest !== undefined) this.leave(oldest);
  }
}
