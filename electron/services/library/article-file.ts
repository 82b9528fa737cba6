import { createHash } from 'node:crypto';
import { ArticleSchema, type Article } from '../../../shared/domain/article';
import { migrateArticle, type ArticleMigration, ARTICLE_MIGRATIONS } from '../../../shared/domain/migrations';

export type ParsedArticleFile =
  { ok: true; article: Article; migratedFrom: number | null } | { ok: false; reason: string };

export function hashBytes(bytes: string | Uint8Array): string {
  return createHash('sha256').update(bytes).digest('hex');
}

export function serializeArticle(article: Article): string {
  return `${JSON.stringify(article, null, 2)}\n`;
}

/**
 * Parses article.json, migrating older formats in memory (the file is rewritten only by the next
 * save). Every failure comes back as a Ukrainian reason, never as a throw.
 */
export function parseArticleFile(
  text: string,
  expectedId: string,
  migrations: Readonly<Record<number, ArticleMigration>> = ARTICLE_MIGRATIONS,
): ParsedArticleFile {
  let raw: unknown;
  try {
    raw = JSON.parse(text);
  } catch {
    return { ok: false, reason: 'файл не є коректним JSON (можливо, його обрізано під час запису або синхронізації)' };
  }
  if (typeof raw !== 'object' || raw === null || Array.isArray(raw)) {
    return { ok: false, reason: 'файл не містить опису статті' };
  }
  const migrated = migrateArticle(raw as Record<string, unknown>, migrations);
  if (!migrated.ok) return { ok: false, reason: migrated.reason };
  const parsed = ArticleSchema.safeParse(migrated.raw);
  if (!parsed.success) {
    const issue = parsed.error.issues[0];
    return { ok: false, reason: `неправильна структура: ${issue?.path.join('.') || 'корінь'} — ${issue?.message}` };
  }
  if (parsed.data.id !== expectedId) {
    return { ok: false, reason: `ідентифікатор у файлі («${parsed.data.id}») не збігається з назвою теки` };
  }
  const { from } = migrated;
  return { ok: true, article: parsed.data, migratedFrom: from === parsed.data.schemaVersion ? null : from };
}
