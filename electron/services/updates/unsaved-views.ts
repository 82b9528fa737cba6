/** A host serves few views; a page that keeps inventing ids must not grow the sets without end. */
const MAX_VIEWS = 500;

/**
 * Which views (windows, tabs) hold edits the library does not have yet, as the views report them. A view that
 * goes away while it said so (its window closed mid-save) still counts until a save of that view lands: its
 * last save may be on its way, and installing an update then could cut it off.
 */
export class UnsavedViews {
  private readonly unsaved = new Set<string>();
  private readonly leftUnsaved = new Set<string>();
  /** More views than can be followed said they had edits: whether any still has is not known, so assume so. */
  private overflowed = false;

  report(view: string, unsaved: boolean): void {
    if (!unsaved) return void this.unsaved.delete(view);
    if (!this.unsaved.has(view) && this.unsaved.size >= MAX_VIEWS) return void (this.overflowed = true);
    this.unsaved.add(view);
  }

  /** The view is gone (window closed, page reloaded). */
  leave(view: string): void {
    if (!this.unsaved.delete(view)) return;
    if (this.leftUnsaved.size < MAX_VIEWS) this.leftUnsaved.add(view);
    else this.overflowed = true;
  }

  /** A save of the view's article landed in the library. */
  saved(view: string): void {
    this.leftUnsaved.delete(view);
  }

  any(): boolean {
    return this.overflowed || this.unsaved.size > 0 || this.leftUnsaved.size > 0;
  }
}
