import { ApiError } from '../api/errors';
import { message } from '../i18n/message';
import { NOTES_LIMITS, type NoteThread, type NotesFile } from './notes-file';

/**
 * One change to the threads, as a person asked for it. Applied to the file as it is at the moment of writing
 * (never to the copy the request was based on), so a colleague's thread or reply that arrived meanwhile is
 * kept: changes to different threads merge, and a change that no longer fits (a reply to a deleted thread,
 * deleting a note someone has answered) is refused with its reason.
 */
export type NoteEdit =
  | { kind: 'add'; noteId: string; quote: string; text: string }
  | { kind: 'reply'; noteId: string; text: string }
  | { kind: 'resolve'; noteId: string; resolved: boolean }
  | { kind: 'delete'; noteId: string };

/** Who makes the change and when: from the service (settings, clock), never from the request. */
export interface EditAuthor {
  name: string;
  at: string;
}

export function applyNoteEdit(file: NotesFile, edit: NoteEdit, by: EditAuthor): NotesFile {
  const index = file.threads.findIndex((thread) => thread.id === edit.noteId);
  if (edit.kind === 'add') {
    if (index >= 0) throw new ApiError('conflict', message('notes.error.exists'));
    if (file.threads.length >= NOTES_LIMITS.threads)
      throw new ApiError('invalid-argument', message('notes.error.full'));
    const thread: NoteThread = {
      id: edit.noteId,
      quote: edit.quote.slice(0, NOTES_LIMITS.quote),
      author: by.name,
      at: by.at,
      text: edit.text,
      replies: [],
      resolutions: [],
    };
    return { ...file, threads: [...file.threads, thread] };
  }
  const thread = file.threads[index];
  if (!thread) throw new ApiError('not-found', message('notes.error.notFound'));
  const replace = (next: NoteThread | null): NotesFile => ({
    ...file,
    threads: next
      ? file.threads.map((one, i) => (i === index ? next : one))
      : file.threads.filter((_, i) => i !== index),
  });
  switch (edit.kind) {
    case 'reply':
      if (thread.replies.length >= NOTES_LIMITS.replies)
        throw new ApiError('invalid-argument', message('notes.error.full'));
      return replace({ ...thread, replies: [...thread.replies, { author: by.name, at: by.at, text: edit.text }] });
    case 'resolve':
      if (thread.resolutions.length >= NOTES_LIMITS.replies)
        throw new ApiError('invalid-argument', message('notes.error.full'));
      return replace({
        ...thread,
        resolutions: [...thread.resolutions, { resolved: edit.resolved, by: by.name, at: by.at }],
      });
    case 'delete':
      if (thread.author !== by.name) throw new ApiError('invalid-argument', message('notes.error.notYours'));
      if (thread.replies.length > 0) throw new ApiError('conflict', message('notes.error.hasReplies'));
      return replace(null);
  }
}
