import { createHash } from 'node:crypto';
import { ArticleSchema, type Article } from '../../../shared/domain/article';
import { unsupportedContent, type UnsupportedContent } from '../../../shared/domain/editor-schema';
import { message, type Message } from '../../../shared/i18n/message';
import { migrateArticle, type ArticleMigration, ARTICLE_MIGRATIONS } from '../../../shared/domain/migrations';
import { legacyTransitions, type TransitionEntry } from '../../../shared/workflow/transition-entry';
import { articleShapeProblem, articleTextProblem } from './article-limits';

export type ParsedArticleFile =
  | {
      ok: true;
      article: Article;
      migratedFrom: number | null;
      /** What of the body this version's editor cannot show (a newer app's or another tool's types). */
      unsupported: UnsupportedContent | null;
      /** The workflow steps a version-1 file kept inside it, for the log (empty for version 2 and later). */
      legacyTransitions: TransitionEntry[];
      /** Items of a version-1 `history` that are not steps: the first save keeps the old file as a revision. */
      legacyUnreadable: number;
    }
  | { ok: false; reason: Message };

export function hashBytes(bytes: string | Uint8Array): string {
  return createHash('sha256').update(bytes).digest('hex');
}

export function serializeArticle(article: Article): string {
  return `${JSON.stringify(article, null, 2)}\n`;
}

/**
 * The file's text, or null when its bytes are not UTF-8. Decoding with replacement characters would
 * open such a file as if it were whole, and the next save would write the replacements over the bytes.
 */
export function decodeArticleBytes(bytes: Uint8Array): string | null {
  try {
    return new TextDecoder('utf-8', { fatal: true }).decode(bytes);
  } catch {
    return null;
  }
}

/**
 * Parses article.json, migrating older formats in memory (the file is rewritten only by the next
 * save). Every failure comes back as a reason (a catalogue message), never as a throw: the file may come from
 * anywhere (a sync tool, another program, an attacker), and one file must never stop the library.
 * Bytes are decoded strictly: a file that is not UTF-8 is damaged, not read with replacements.
 */
export function parseArticleFile(
  input: string | Uint8Array,
  expectedId: string,
  migrations: Readonly<Record<number, ArticleMigration>> = ARTICLE_MIGRATIONS,
): ParsedArticleFile {
  try {
    const text = typeof input === 'string' ? input : decodeArticleBytes(input);
    if (text === null) return { ok: false, reason: message('damaged.notUtf8') };
    return parseUntrusted(text, expectedId, migrations);
  } catch {
    // A limit above missed a way to exhaust the parser: still a damaged file, never a crash.
    return { ok: false, reason: message('damaged.unparsable') };
  }
}

function parseUntrusted(
  text: string,
  expectedId: string,
  migrations: Readonly<Record<number, ArticleMigration>>,
): ParsedArticleFile {
  const textProblem = articleTextProblem(text);
  if (textProblem) return { ok: false, reason: textProblem };
  let raw: unknown;
  try {
    raw = JSON.parse(text);
  } catch {
    return { ok: false, reason: message('damaged.notJson') };
  }
  if (typeof raw !== 'object' || raw === null || Array.isArray(raw)) {
    return { ok: false, reason: message('damaged.notArticle') };
  }
  const legacy = legacyTransitions(raw as Record<string, unknown>);
  const migrated = migrateArticle(raw as Record<string, unknown>, migrations);
  if (!migrated.ok) return { ok: false, reason: migrated.reason };
  const shapeProblem = articleShapeProblem(migrated.raw);
  if (shapeProblem) return { ok: false, reason: shapeProblem };
  const parsed = ArticleSchema.safeParse(migrated.raw);
  if (!parsed.success) {
    // Where the file goes wrong, in our words; zod's own text is English and says what it expected to a developer.
    const where = parsed.error.issues[0]?.path.join('.');
    return { ok: false, reason: message('damaged.structure', { path: where || message('damaged.structureRoot') }) };
  }
  if (parsed.data.id !== expectedId) {
    return { ok: false, reason: message('damaged.idMismatch', { id: parsed.data.id }) };
  }
  const { from } = migrated;
  return {
    ok: true,
    article: parsed.data,
    migratedFrom: from === parsed.data.schemaVersion ? null : from,
    unsupported: unsupportedContent(parsed.data.body),
    legacyTransitions: legacy.entries,
    legacyUnreadable: legacy.unreadable,
  };
}
