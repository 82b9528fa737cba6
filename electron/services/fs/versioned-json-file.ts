import { message, type Message } from '../../../shared/i18n/message';
import type { z } from '../../../shared/validation/zod';
import { decodeArticleBytes } from '../library/article-file';

export interface VersionedJsonFormat<T> {
  /** A file larger than this was not written by the app: refused unread, with this reason. */
  maxBytes: number;
  tooLarge: Message;
  /** Why valid JSON that is not an object of this kind is refused (an array, a string…). */
  notThisKind: Message;
  /** The newest `schemaVersion` this build understands; a newer file is left to a newer app. */
  version: number;
  schema: z.ZodType<T>;
}

/**
 * Reads one of the library's small JSON files (outlet.json, notes.json) as it came from disk: a colleague's
 * app, a sync tool, a hand edit, an attacker. Every failure is a reason to report, never a throw; the caller
 * then leaves the file alone.
 */
export function parseVersionedJsonFile<T>(
  bytes: Uint8Array,
  format: VersionedJsonFormat<T>,
): { ok: true; data: T } | { ok: false; reason: Message } {
  if (bytes.length > format.maxBytes) return { ok: false, reason: format.tooLarge };
  const text = decodeArticleBytes(bytes);
  if (text === null) return { ok: false, reason: message('damaged.notUtf8') };
  let raw: unknown;
  try {
    raw = JSON.parse(text);
  } catch {
    return { ok: false, reason: message('damaged.notJson') };
  }
  if (typeof raw !== 'object' || raw === null || Array.isArray(raw)) return { ok: false, reason: format.notThisKind };
  const version = (raw as { schemaVersion?: unknown }).schemaVersion;
  if (typeof version !== 'number' || !Number.isInteger(version) || version < 1)
    return { ok: false, reason: message('damaged.noVersion') };
  if (version > format.version)
    return { ok: false, reason: message('damaged.newerFormat', { version, known: format.version }) };
  const parsed = format.schema.safeParse(raw);
  if (!parsed.success) {
    const where = parsed.error.issues[0]?.path.join('.');
    return { ok: false, reason: message('damaged.structure', { path: where || message('damaged.structureRoot') }) };
  }
  return { ok: true, data: parsed.data };
}
