/** Budgets of DESIGN.md §7 that these cases measure; shown beside the results, never failing the run. */
export interface Budget {
  stat: 'median' | 'p95';
  limitMs: number;
}

export const BUDGETS: Record<string, Budget> = {
  'editor.keystroke.50k': { stat: 'p95', limitMs: 16 },
  'editor.open.10k-words': { stat: 'p95', limitMs: 150 },
  // Issue 17: every match of the 50,000-word article counted, highlights drawn.
  'editor.find.50k': { stat: 'p95', limitMs: 100 },
  'editor.find.50k.keystroke': { stat: 'p95', limitMs: 16 },
  // Issue 18: every open preview redrawn after a keystroke, off the typing path.
  'preview.update.5k-words': { stat: 'p95', limitMs: 100 },
  'startup.first-paint': { stat: 'p95', limitMs: 1000 },
  'library.index-cold.10k': { stat: 'median', limitMs: 60_000 },
  'library.list.10k': { stat: 'p95', limitMs: 50 },
  'library.search.10k': { stat: 'p95', limitMs: 30 },
  // Issue 19: a workflow view of 10,000 articles, its counts and first page.
  'library.status-view.10k': { stat: 'p95', limitMs: 50 },
  // Issue 18: «Читайте також» suggestions come when the panel opens; a search keystroke's budget fits them.
  'library.related.1k': { stat: 'p95', limitMs: 50 },
  'library.autosave.10k-words': { stat: 'p95', limitMs: 50 },
  // Issue 19: one changed article kept as a version in a library of 10,000, off the typing path.
  'revisions.commit.10k-library': { stat: 'p95', limitMs: 300 },
  'render.page.10k-words': { stat: 'p95', limitMs: 50 },
  // Issue 19: two versions of a 10,000-word article compared word by word («Що змінив редактор»).
  'revisions.compare.10k-words': { stat: 'p95', limitMs: 200 },
  // Issue 20, on a loopback server: «Надіслати» on one machine to listed on the other, each fetching every second.
  'sync.roundtrip': { stat: 'p95', limitMs: 3000 },
  // Issue 20: one changed article committed, fetched against and sent, in a newsroom of 10,000.
  'sync.commit-push.10k-library': { stat: 'p95', limitMs: 1000 },
  // Issue 20: joining a newsroom of 1,000 articles with images.
  'sync.clone.1k-articles': { stat: 'median', limitMs: 60_000 },
  // Issue 21: the static site of 1,000 articles with a picture each, written whole and switched at once.
  'export.pages.1000': { stat: 'p95', limitMs: 20_000 },
  // Issue 21: one article with three images to a local WordPress, pictures uploaded and post made.
  'publish.wordpress.one': { stat: 'p95', limitMs: 3000 },
};

/**
 * Ratios printed under the table: the app against bare TipTap on the same document. A `limit` is a budget on
 * the ratio (median and p95 both), shown beside it.
 */
export const RATIOS: ReadonlyArray<{ numerator: string; denominator: string; limit?: number }> = [
  { numerator: 'editor.keystroke.50k', denominator: 'baseline.tiptap.keystroke.50k' },
  // Issue 18: with every preview open, typing stays within 1.3 × bare TipTap measured in the same run.
  { numerator: 'editor.keystroke.50k.previews', denominator: 'baseline.tiptap.keystroke.50k', limit: 1.3 },
  { numerator: 'editor.keystroke.50k.previews', denominator: 'editor.keystroke.50k' },
  { numerator: 'editor.keystroke.50k.handler', denominator: 'baseline.tiptap.keystroke.50k.handler' },
  { numerator: 'editor.keystroke.50k.queued', denominator: 'baseline.tiptap.keystroke.50k.queued' },
  { numerator: 'render.page.10k-words', denominator: 'baseline.static-renderer.10k-words' },
];

/**
 * Cases whose p95 over median is printed under the table. The machine's own spread at typing pace beside the
 * keystrokes' says how much of their tail the machine puts there by itself.
 */
export const SPREADS = [
  'machine.fixed-work.typing-pace',
  'editor.keystroke.50k',
  'baseline.tiptap.keystroke.50k',
] as const;
