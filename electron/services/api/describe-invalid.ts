import type { z } from '../../../shared/validation/zod';
import type { MethodName } from '../../../shared/api/contract';
import { message, type Message } from '../../../shared/i18n/message';
import { issueReason } from '../../../shared/validation/issue-reason';

/** The article's fields as the editor names them: too long, and (lists) too many. */
const ARTICLE_FIELDS: Record<string, { long: FieldKey; many?: FieldKey }> = {
  headline: { long: 'error.field.headline' },
  lead: { long: 'error.field.lead' },
  rubric: { long: 'error.field.rubric' },
  tags: { long: 'error.field.tag', many: 'error.field.tags' },
  authors: { long: 'error.field.author', many: 'error.field.authors' },
  slug: { long: 'error.field.slug' },
};

type FieldKey = `error.field.${'headline' | 'lead' | 'rubric' | 'tag' | 'tags' | 'author' | 'authors' | 'slug'}`;

/**
 * An invalid argument in words a person reads. A save is what a journalist meets (a headline too long
 * was reported in zod's own terms), so its too-long fields are named as the editor names them.
 */
export function describeInvalid(method: MethodName, error: z.ZodError): Message {
  if (method === 'article.save') {
    const plain = error.issues.map(describeArticleIssue).filter((issue): issue is Message => issue !== null);
    if (plain.length === error.issues.length && plain.length > 0) {
      const unique = [...new Map(plain.map((issue) => [JSON.stringify(issue), issue])).values()];
      return message('error.save.invalid', { reasons: joined(unique.slice(0, 3)) });
    }
  }
  // Only a caller that bypassed the editor meets these: each issue's field path and its reason in our words.
  const issues = error.issues.slice(0, 3).map((issue) =>
    message('error.api.issue', {
      where: issue.path.length > 0 ? issue.path.join('.') : message('error.api.argument'),
      reason: issueReason(issue),
    }),
  );
  return message('error.api.invalid', { method, issues: joined(issues) });
}

/** `first; second; third` as one message, so each part is still worded in the reader's language. */
function joined(parts: readonly Message[]): Message {
  return parts.reduceRight((rest, first) => message('error.list', { first, rest }));
}

/** `article.headline` too long → the field's name and its limit, worded by the catalogue; null for anything else. */
function describeArticleIssue(issue: z.core.$ZodIssue): Message | null {
  const [root, field] = issue.path;
  const names = root === 'article' && typeof field === 'string' ? ARTICLE_FIELDS[field] : undefined;
  if (!names || issue.code !== 'too_big') return null;
  const maximum = Number(issue.maximum);
  if (issue.origin === 'array') return names.many ? message(names.many, { maximum }) : null;
  return message(names.long, { maximum });
}
