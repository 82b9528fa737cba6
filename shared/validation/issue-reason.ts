import { message, type Message, type PlainKey } from '../i18n/message';
import type { z } from './zod';

/** Reasons schemas name themselves: catalogue keys, so each reader gets them in their own language. */
const SCHEMA_REASONS = new Set<string>();

/** A schema's own reason for a check (`.regex(re, schemaReason('…'))`): a key, worded where it is shown. */
export function schemaReason<K extends PlainKey>(key: K): K {
  SCHEMA_REASONS.add(key);
  return key;
}

/**
 * Why a value failed its schema, as a message in the reader's language. Zod's own text would be in one
 * language for everyone (and says what it expected to a developer), so it never reaches a person.
 */
export function issueReason(issue: z.core.$ZodIssue): Message {
  if (SCHEMA_REASONS.has(issue.message)) return message(issue.message as PlainKey);
  if (issue.code === 'too_big') {
    const maximum = Number(issue.maximum);
    if (issue.origin === 'string') return message('validation.tooLong', { maximum });
    if (issue.origin === 'array' || issue.origin === 'set') return message('validation.tooMany', { maximum });
    if (issue.origin === 'number' || issue.origin === 'int') return message('validation.tooHigh', { maximum });
  }
  if (issue.code === 'too_small') {
    const minimum = Number(issue.minimum);
    if (issue.origin === 'string') {
      return minimum <= 1 ? message('validation.empty') : message('validation.tooShort', { minimum });
    }
    if (issue.origin === 'array' || issue.origin === 'set') return message('validation.tooFew', { minimum });
    if (issue.origin === 'number' || issue.origin === 'int') return message('validation.tooLow', { minimum });
  }
  if (issue.code === 'invalid_value') {
    return message('validation.notAllowed', { allowed: issue.values.map(String).join(', ') });
  }
  return message('validation.invalid');
}
