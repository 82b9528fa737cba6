import { randomBytes } from 'node:crypto';

/** Sortable by creation time, unique across machines, safe as a folder name: `m3k9x2ab-5f1c9e0d`. */
export function newArticleId(now: Date = new Date()): string {
  return `${now.getTime().toString(36)}-${randomBytes(4).toString('hex')}`;
}
