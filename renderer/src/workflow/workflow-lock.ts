import type { ArticleStatus } from '../../../shared/domain/article';
import type { Role } from '../../../shared/settings/schema';
import { canEdit } from '../../../shared/workflow/status-machine';

/** Why the article cannot be edited in this role now: with the editor (it comes back), or its status. */
export type WorkflowLock = { kind: 'withEditor' } | { kind: 'status'; status: ArticleStatus; role: Role } | null;

export function workflowLock(role: Role, status: ArticleStatus): WorkflowLock {
  if (canEdit(role, status)) return null;
  if (role === 'journalist' && (status === 'submitted' || status === 'in-review')) return { kind: 'withEditor' };
  return { kind: 'status', status, role };
}
