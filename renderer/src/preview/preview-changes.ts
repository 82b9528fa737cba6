/** Tells the open previews that the article changed (a keystroke, a field): they redraw on RedrawSchedule's terms. */
export class PreviewChanges {
  private readonly listeners = new Set<() => void>();

  notify(): void {
    for (const listener of this.listeners) listener();
  }

  subscribe(listener: () => void): () => void {
    this.listeners.add(listener);
    return () => this.listeners.delete(listener);
  }
}
