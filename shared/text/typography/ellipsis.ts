import { ELLIPSIS } from './chars';

/** Exactly three dots become … (two or four dots are left for a human to judge). */
export function fixEllipsis(text: string): string {
  return text.replace(/(?<!\.)\.\.\.(?!\.)/g, ELLIPSIS);
}
