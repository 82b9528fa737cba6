import { message, type Message } from '../../../shared/i18n/message';
import { NOTES_SCHEMA_VERSION, NotesFileSchema, type NotesFile } from '../../../shared/notes/notes-file';
import { parseVersionedJsonFile } from '../fs/versioned-json-file';

/** Far above two thousand threads of real notes: a bigger file was not written by the app. */
export const MAX_NOTES_FILE_BYTES = 8 * 1024 * 1024;

export type ParsedNotesFile = { ok: true; notes: NotesFile } | { ok: false; reason: Message };

export function serializeNotes(notes: NotesFile): string {
  return `${JSON.stringify(notes, null, 2)}\n`;
}

export function notesTooLarge(): Message {
  return message('damaged.tooLarge', { megabytes: MAX_NOTES_FILE_BYTES / 1024 / 1024 });
}

/**
 * Reads notes.json as it came from disk (a colleague's app, a sync tool, a hand edit). Every failure is a
 * reason to report, never a throw: the article opens without its notes and the file is left alone.
 */
export function parseNotesFile(bytes: Uint8Array): ParsedNotesFile {
  const parsed = parseVersionedJsonFile(bytes, {
    maxBytes: MAX_NOTES_FILE_BYTES,
    tooLarge: notesTooLarge(),
    notThisKind: message('notes.damaged.notNotes'),
    version: NOTES_SCHEMA_VERSION,
    schema: NotesFileSchema,
  });
  if (!parsed.ok) return parsed;
  const ids = new Set(parsed.data.threads.map((thread) => thread.id));
  if (ids.size !== parsed.data.threads.length) return { ok: false, reason: message('notes.damaged.twice') };
  return { ok: true, notes: parsed.data };
}
