import { lazy } from 'react';

/**
 * The editor (TipTap, ProseMirror, the blocks and their paste rules) is most of the renderer's code. It loads as
 * its own chunk, so the window paints the library without waiting to parse it; the chunk is asked for as soon as
 * an article starts to open, alongside the article's file.
 */
function loadArticleSession() {
  return import('./ArticleSession');
}

export const LazyArticleSession = lazy(async () => ({ default: (await loadArticleSession()).ArticleSession }));

/** Starts fetching the editor's chunk without rendering it; the module cache makes later loads free. */
export function preloadArticleSession(): void {
  void loadArticleSession();
}
