/** What the shell may ask of the article open in the editor. */
export interface OpenArticle {
  /** Saves now: Ctrl+S, the menu, the status bar's retry. */
  save(): Promise<void>;
  /**
   * Before the article is left: true once its unsaved edits are confirmed by the host or kept in this browser,
   * false when neither happened in time (then the article must stay open, or the edits could be lost).
   */
  secure(): Promise<boolean>;
}
