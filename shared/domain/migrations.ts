import { ARTICLE_SCHEMA_VERSION } from './article';
import { message, type Message } from '../i18n/message';

/** Turns an article file of version N into version N + 1. Pure: no I/O, no clock. */
export type ArticleMigration = (raw: Record<string, unknown>) => Record<string, unknown>;

/**
 * Migrations by the version they upgrade FROM.
 * 1 → 2: the workflow's steps leave article.json for the article's append-only log (`transitions.jsonl`);
 * the statuses themselves are the same words. The library store writes the old `history` into the log
 * before it first writes the file in version 2 (shared/workflow/transition-entry.ts reads it).
 */
export const ARTICLE_MIGRATIONS: Readonly<Record<number, ArticleMigration>> = {
  1: ({ history: _history, ...raw }) => ({ ...raw, schemaVersion: 2 }),
};

export type MigrationResult =
  { ok: true; raw: Record<string, unknown>; from: number } | { ok: false; reason: Message; newer: boolean };

/**
 * Brings a parsed article file up to `target`, one version at a time. A file from a newer program is
 * refused (never downgraded, never overwritten); a gap in the chain is reported, not guessed over.
 */
export function migrateArticle(
  raw: Record<string, unknown>,
  migrations: Readonly<Record<number, ArticleMigration>> = ARTICLE_MIGRATIONS,
  target: number = ARTICLE_SCHEMA_VERSION,
): MigrationResult {
  const version = raw.schemaVersion;
  if (typeof version !== 'number' || !Number.isInteger(version) || version < 0) {
    return { ok: false, reason: message('damaged.noVersion'), newer: false };
  }
  if (version > target) {
    return {
      ok: false,
      newer: true,
      reason: message('damaged.newerFormat', { version, known: target }),
    };
  }
  let current = raw;
  for (let from = version; from < target; from += 1) {
    const step = migrations[from];
    if (!step) return { ok: false, reason: message('damaged.noMigration', { from, to: from + 1 }), newer: false };
    current = step(current);
    if (current.schemaVersion !== from + 1) {
      return {
        ok: false,
        reason: message('damaged.badMigration', { from, got: String(current.schemaVersion) }),
        newer: false,
      };
    }
  }
  return { ok: true, raw: current, from: version };
}
