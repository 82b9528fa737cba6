import type { ArticleStatus } from '../domain/article';
import type { Role } from '../settings/schema';

/**
 * The editorial workflow (DESIGN §5, issue 19): which status may follow which, and who may move an article
 * along each step. The service checks every transition against this table; the UI only mirrors it.
 */
export const TRANSITIONS: Readonly<Record<ArticleStatus, Partial<Record<ArticleStatus, readonly Role[]>>>> = {
  draft: { submitted: ['journalist', 'editor'] },
  submitted: { 'in-review': ['editor'] },
  'in-review': { returned: ['editor'], approved: ['editor'] },
  returned: { submitted: ['journalist', 'editor'] },
  approved: { scheduled: ['editor'], published: ['editor'] },
  // The scheduled time came (or the editor publishes at once).
  scheduled: { published: ['editor'] },
  // The page stays live while it is corrected; approving the correction publishes it again.
  published: { correction: ['editor'], withdrawn: ['editor'] },
  correction: { published: ['editor'] },
  withdrawn: {},
};

/** The statuses an article may move to from `from`, whoever moves it. */
export function nextStatuses(from: ArticleStatus): ArticleStatus[] {
  return Object.keys(TRANSITIONS[from]) as ArticleStatus[];
}

/** Whether the step exists at all (anyone), and whether `role` may take it. */
export function transitionAllowed(role: Role, from: ArticleStatus, to: ArticleStatus): boolean {
  return TRANSITIONS[from][to]?.includes(role) ?? false;
}

export function transitionExists(from: ArticleStatus, to: ArticleStatus): boolean {
  return TRANSITIONS[from][to] !== undefined;
}

/** The steps `role` may take from `from`, in the table's order. */
export function allowedTransitions(role: Role, from: ArticleStatus): ArticleStatus[] {
  return nextStatuses(from).filter((to) => transitionAllowed(role, from, to));
}

/**
 * Who may change the text in each status. A journalist's copy is read-only while the article is with the
 * editor (submitted, in review) and once it is approved or out (a published article is changed through a
 * correction); an editor may edit anything but a withdrawn article.
 */
const EDITABLE: Readonly<Record<Role, readonly ArticleStatus[]>> = {
  journalist: ['draft', 'returned', 'correction'],
  editor: ['draft', 'submitted', 'in-review', 'returned', 'approved', 'scheduled', 'published', 'correction'],
};

export function canEdit(role: Role, status: ArticleStatus): boolean {
  return EDITABLE[role].includes(status);
}
