import { describe, expect, it } from 'vitest';
import { ARTICLE_STATUSES, type ArticleStatus } from '../../../shared/domain/article';
import { ROLES, type Role } from '../../../shared/settings/schema';
import {
  allowedTransitions,
  canEdit,
  transitionAllowed,
  transitionExists,
} from '../../../shared/workflow/status-machine';

/** Issue 19's table, written out again by hand: every allowed (from, to, role); everything else is refused. */
const ALLOWED: ReadonlyArray<[ArticleStatus, ArticleStatus, Role]> = [
  ['draft', 'submitted', 'journalist'],
  ['draft', 'submitted', 'editor'],
  ['submitted', 'in-review', 'editor'],
  ['in-review', 'returned', 'editor'],
  ['in-review', 'approved', 'editor'],
  ['returned', 'submitted', 'journalist'],
  ['returned', 'submitted', 'editor'],
  ['approved', 'scheduled', 'editor'],
  ['approved', 'published', 'editor'],
  ['scheduled', 'published', 'editor'],
  ['published', 'correction', 'editor'],
  ['correction', 'published', 'editor'],
  ['published', 'withdrawn', 'editor'],
];

const allowed = new Set(ALLOWED.map(([from, to, role]) => `${from}>${to}>${role}`));
const cases = ARTICLE_STATUSES.flatMap((from) =>
  ARTICLE_STATUSES.flatMap((to) => ROLES.map((role) => [from, to, role] as const)),
);

describe('the status machine', () => {
  it.each(cases)('%s → %s by a %s', (from, to, role) => {
    expect(transitionAllowed(role, from, to)).toBe(allowed.has(`${from}>${to}>${role}`));
  });

  it('knows a step exists when anyone may take it', () => {
    expect(transitionExists('in-review', 'approved')).toBe(true);
    expect(transitionExists('draft', 'approved')).toBe(false);
    expect(transitionExists('withdrawn', 'draft')).toBe(false);
  });

  it('offers each role only its own steps', () => {
    expect(allowedTransitions('journalist', 'in-review')).toEqual([]);
    expect(allowedTransitions('editor', 'in-review')).toEqual(['returned', 'approved']);
    expect(allowedTransitions('journalist', 'returned')).toEqual(['submitted']);
  });

  it('keeps the journalist out of the text while the editor has it', () => {
    for (const status of ['submitted', 'in-review', 'approved', 'published', 'withdrawn'] as const) {
      expect(canEdit('journalist', status)).toBe(false);
    }
    for (const status of ['draft', 'returned', 'correction'] as const) expect(canEdit('journalist', status)).toBe(true);
    expect(canEdit('editor', 'in-review')).toBe(true);
    expect(canEdit('editor', 'withdrawn')).toBe(false);
  });
});
