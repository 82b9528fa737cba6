import type { ApiError } from '../../../shared/api/errors';
import type { StatusSnapshot } from './status-store';

/** What keeps the open article from being saved, worth a banner above the text; null when nothing does. */
export type SaveProblem = { kind: 'host-lost' } | { kind: 'failed'; error: ApiError };

/**
 * A conflict has a banner of its own, and the other states are no problem. A host that cannot be reached is
 * one problem however it was noticed (its event stream dropped, or a save could not reach it).
 */
export function saveProblem({ save, hostLost }: Pick<StatusSnapshot, 'save' | 'hostLost'>): SaveProblem | null {
  if (hostLost) return { kind: 'host-lost' };
  if (save?.kind !== 'error') return null;
  if (save.error.code === 'host-unreachable') return { kind: 'host-lost' };
  return { kind: 'failed', error: save.error };
}
