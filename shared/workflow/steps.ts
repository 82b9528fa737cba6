import type { ArticleStatus } from '../domain/article';

/** The workflow's steps as people name them; one status may be reached by different steps. */
export type WorkflowStep =
  'submit' | 'review' | 'return' | 'approve' | 'schedule' | 'publish' | 'correct' | 'approveCorrection' | 'withdraw';

/**
 * The step that moves an article from `from` to `to`, for its button and its messages. Publishing after a
 * correction is approving the correction: the page was live all along. Null: no step leads to `to`.
 */
export function stepOf(from: ArticleStatus, to: ArticleStatus): WorkflowStep | null {
  switch (to) {
    case 'submitted':
      return 'submit';
    case 'in-review':
      return 'review';
    case 'returned':
      return 'return';
    case 'approved':
      return 'approve';
    case 'scheduled':
      return 'schedule';
    case 'published':
      return from === 'correction' ? 'approveCorrection' : 'publish';
    case 'correction':
      return 'correct';
    case 'withdrawn':
      return 'withdraw';
    case 'draft':
      return null;
  }
}

/** A step whose note is the point of it: returning says what to fix. */
export function noteRequired(to: ArticleStatus): boolean {
  return to === 'returned';
}
