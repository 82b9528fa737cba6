import { createHash } from 'node:crypto';
import { ARTICLE_SCHEMA_VERSION, ArticleSchema, type Article } from '../../../shared/domain/article';

export type ParsedArticleFile = { ok: true; article: Article } | { ok: false; reason: string };

export function hashBytes(bytes: string | Uint8Array): string {
  return createHash('sha256').update(bytes).digest('hex');
}

export function serializeArticle(article: Article): string {
  return `${JSON.stringify(article, null, 2)}\n`;
}

/** Parses article.json; every failure comes back as a Ukrainian reason, never as a throw. */
export function parseArticleFile(text: string, expectedId: string): ParsedArticleFile {
  let raw: unknown;
  try {
    raw = JSON.parse(text);
  } catch {
    return { ok: false, reason: 'файл не є коректним JSON (можливо, його обрізано під час запису або синхронізації)' };
  }
  if (typeof raw !== 'object' || raw === null || Array.isArray(raw)) {
    return { ok: false, reason: 'файл не містить опису статті' };
  }
  const version = (raw as { schemaVersion?: unknown }).schemaVersion;
  if (typeof version === 'number' && version > ARTICLE_SCHEMA_VERSION) {
    return {
      ok: false,
      reason: `файл створено новішою версією програми (формат ${version}, ця версія знає ${ARTICLE_SCHEMA_VERSION}); оновіть «Шпальту»`,
    };
  }
  const parsed = ArticleSchema.safeParse(raw);
  if (!parsed.success) {
    const issue = parsed.error.issues[0];
    return { ok: false, reason: `неправильна структура: ${issue?.path.join('.') || 'корінь'} — ${issue?.message}` };
  }
  if (parsed.data.id !== expectedId) {
    return { ok: false, reason: `ідентифікатор у файлі («${parsed.data.id}») не збігається з назвою теки` };
  }
  return { ok: true, article: parsed.data };
}
