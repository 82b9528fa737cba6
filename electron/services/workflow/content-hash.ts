import { createHash } from 'node:crypto';
import type { Article } from '../../../shared/domain/article';
import { bodyWithoutNotes } from '../../../shared/notes/note-marks';

/**
 * The hash of what an article says: headline, lead, body and metadata, as canonical JSON (keys sorted, no
 * spaces), so the same content always gives the same hash whatever order a file wrote its keys in. Left out
 * is what a workflow step or a publication changes without changing the text: the status, the time of the
 * last save, the remote ids, and the review notes with their anchors in the body (they never reach a page: a
 * note added after an approval does not undo it). A transition records this hash, so an approval binds to
 * exact content.
 */
export function contentHash(article: Article): string {
  const { status: _status, updatedAt: _updatedAt, remoteIds: _remoteIds, reviewNotes: _notes, ...content } = article;
  return createHash('sha256')
    .update(canonicalJson({ ...content, body: bodyWithoutNotes(content.body) }))
    .digest('hex');
}

/** JSON with object keys in code-point order at every depth; `undefined` members are left out, as JSON does. */
export function canonicalJson(value: unknown): string {
  if (Array.isArray(value)) return `[${value.map((item) => canonicalJson(item ?? null)).join(',')}]`;
  if (typeof value === 'object' && value !== null) {
    const members = Object.keys(value)
      .filter((key) => (value as Record<string, unknown>)[key] !== undefined)
      .sort()
      .map((key) => `${JSON.stringify(key)}:${canonicalJson((value as Record<string, unknown>)[key])}`);
    return `{${members.join(',')}}`;
  }
  return JSON.stringify(value);
}
