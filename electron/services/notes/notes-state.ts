import type { NotesState } from '../../../shared/api/contract';
import type { NotesRead } from './notes-store';

/** The notes as the page gets them: a file that cannot be used reads as none, with the reason, and is never written. */
export function notesState(read: NotesRead): NotesState {
  if (read.kind === 'damaged') return { threads: [], hash: null, problem: read.problem };
  return { threads: read.notes.threads, hash: read.hash, problem: null };
}
