/**
 * Tells the open previews that the article changed (a keystroke, a field): they redraw on RedrawSchedule's terms.
 * A preview that leads (the page frame) hears first, so its draw starts first after the keystroke's paint: its
 * frame then loads in its own process while the app draws the cards.
 */
export class PreviewChanges {
  private readonly leading = new Set<() => void>();
  private readonly following = new Set<() => void>();

  notify(): void {
    for (const listener of this.leading) listener();
    for (const listener of this.following) listener();
  }

  subscribe(listener: () => void, leads = false): () => void {
    const listeners = leads ? this.leading : this.following;
    listeners.add(listener);
    return () => listeners.delete(listener);
  }
}
