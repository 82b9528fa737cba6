import { message, type Message } from '../../../shared/i18n/message';
import { NOTES_SCHEMA_VERSION, NotesFileSchema, type NotesFile } from '../../../shared/notes/notes-file';
import { decodeArticleBytes } from '../library/article-file';

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
  if (bytes.length > MAX_NOTES_FILE_BYTES) return { ok: false, reason: notesTooLarge() };
  const text = decodeArticleBytes(bytes);
  if (text === null) return { ok: false, reason: message('damaged.notUtf8') };
  let raw: unknown;
  try {
    raw = JSON.parse(text);
  } catch {
    return { ok: false, reason: message('damaged.notJson') };
  }
  if (typeof raw !== 'object' || raw === null || Array.isArray(raw))
    return { ok: false, reason: message('notes.damaged.notNotes') };
  const version = (raw as { schemaVersion?: unknown }).schemaVersion;
  if (typeof version !== 'number' || !Number.isInteger(version) || version < 1)
    return { ok: false, reason: message('damaged.noVersion') };
  if (version > NOTES_SCHEMA_VERSION)
    return { ok: false, reason: message('damaged.newerFormat', { version, known: NOTES_SCHEMA_VERSION }) };
  const parsed = NotesFileSchema.safeParse(raw);
  if (!parsed.success) {
    const where = parsed.error.issues[0]?.path.join('.');
    return { ok: false, reason: message('damaged.structure', { path: where || message('damaged.structureRoot') }) };
  }
  const ids = new Set(parsed.data.threads.map((thread) => thread.id));
  if (ids.size !== parsed.data.threads.length) return { ok: false, reason: message('notes.damaged.twice') };
  return { ok: true, notes: parsed.data };
}
