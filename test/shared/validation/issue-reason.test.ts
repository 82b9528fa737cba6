import { describe, expect, it } from 'vitest';
import { createTranslator } from '../../../shared/i18n/translate';
import { OutletProfileEditSchema } from '../../../shared/outlet/outlet-profile';
import { SettingsPatchSchema } from '../../../shared/settings/schema';
import { issueReason } from '../../../shared/validation/issue-reason';
import { z } from '../../../shared/validation/zod';

const uk = createTranslator('uk');
const en = createTranslator('en');

function reasons(schema: z.ZodType, value: unknown): { uk: string; en: string } {
  const parsed = schema.safeParse(value);
  if (parsed.success) throw new Error('expected the value to fail');
  const [issue] = parsed.error.issues;
  if (!issue) throw new Error('no issue');
  const reason = issueReason(issue);
  return { uk: uk.message(reason), en: en.message(reason) };
}

describe('issueReason', () => {
  it('words a schema’s own reason in the reader’s language', () => {
    expect(reasons(OutletProfileEditSchema.shape.siteUrl, 'ftp://site')).toEqual({
      uk: 'потрібна повна адреса, що починається з https:// (або порожнє поле)',
      en: 'a full address starting with https:// is needed (or leave the field empty)',
    });
    expect(reasons(SettingsPatchSchema, { libraryPath: 'relative/folder' }).en).toContain('full path of a folder');
  });

  it('words zod’s limits itself, never in zod’s one language', () => {
    expect(reasons(z.string().max(5), 'задовгий рядок')).toEqual({
      uk: 'задовге: понад 5 знаків',
      en: 'too long: over 5 characters',
    });
    expect(reasons(z.string().min(1), '').en).toBe('cannot be empty');
    expect(reasons(z.string().min(3), 'аб').en).toBe('too short: under 3 characters');
    expect(reasons(z.array(z.string()).max(2), ['а', 'б', 'в']).en).toBe('too many: over 2');
    expect(reasons(z.array(z.string()).min(2), ['а']).en).toBe('too few: under 2');
    expect(reasons(z.number().max(10), 11).en).toBe('more than 10');
    expect(reasons(z.number().min(10), 9).uk).toBe('менше за 10');
    expect(reasons(z.enum(['uk', 'en']), 'de')).toEqual({
      uk: 'допустимі значення: uk, en',
      en: 'allowed values: uk, en',
    });
  });

  it('falls back to a plain reason for any other check', () => {
    expect(reasons(z.string(), 42)).toEqual({ uk: 'неприпустиме значення', en: 'not an allowed value' });
  });
});
