import { NBSP } from './chars';

const UPPER = 'А-ЩЬЮЯЄІЇҐ';
const INITIALS_RE = new RegExp(
  `(?<![\\p{L}\\p{N}.])([${UPPER}])\\.[ \\t\\u00A0]*(?:([${UPPER}])\\.[ \\t\\u00A0]*)?(?=[${UPPER}][\\p{Ll}'’ʼ-]+)`,
  'gu',
);

/** Initials are spaced with no-break spaces: В.О.Зеленський → В.⍽О.⍽Зеленський. */
export function fixInitials(text: string): string {
  return text.replace(INITIALS_RE, (_m, first: string, second: string | undefined) =>
    second === undefined ? `${first}.${NBSP}` : `${first}.${NBSP}${second}.${NBSP}`,
  );
}
