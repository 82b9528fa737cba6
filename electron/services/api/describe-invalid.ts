import type { z } from '../../../shared/validation/zod';
import type { MethodName } from '../../../shared/api/contract';

/** The article's fields as the editor names them: too long, and (lists) too many. */
const ARTICLE_FIELDS: Record<string, { long: string; many?: string }> = {
  headline: { long: 'заголовок задовгий' },
  lead: { long: 'лід задовгий' },
  rubric: { long: 'назва рубрики задовга' },
  tags: { long: 'тег задовгий', many: 'тегів забагато' },
  authors: { long: 'ім’я автора задовге', many: 'авторів забагато' },
  slug: { long: 'адреса (slug) задовга' },
};

/**
 * An invalid argument in words a person reads. A save is what a journalist meets (a headline too long
 * was reported in zod's own terms), so its too-long fields are named as the editor names them.
 */
export function describeInvalid(method: MethodName, error: z.ZodError): string {
  if (method === 'article.save') {
    const plain = error.issues.map(describeArticleIssue).filter((text): text is string => text !== null);
    if (plain.length === error.issues.length && plain.length > 0) {
      return `Статтю не збережено: ${[...new Set(plain)].slice(0, 3).join('; ')}.`;
    }
  }
  const issues = error.issues
    .slice(0, 3)
    .map((issue) => {
      const where = issue.path.length > 0 ? issue.path.join('.') : 'аргумент';
      return `${where}: ${issue.message.replace(/\.+$/, '')}`;
    })
    .join('; ');
  return `Неприпустимий аргумент методу «${method}»: ${issues}.`;
}

/** `article.headline` too long → «заголовок задовгий: понад 1000 знаків»; null for anything else. */
function describeArticleIssue(issue: z.core.$ZodIssue): string | null {
  const [root, field] = issue.path;
  const names = root === 'article' && typeof field === 'string' ? ARTICLE_FIELDS[field] : undefined;
  if (!names || issue.code !== 'too_big') return null;
  const maximum = Number(issue.maximum);
  if (issue.origin === 'array') return names.many ? `${names.many}: понад ${maximum}` : null;
  return `${names.long}: понад ${maximum} знаків`;
}
