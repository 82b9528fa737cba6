/**
 * Space clean-up: runs of spaces between words collapse to one (a run that holds a no-break space
 * stays a no-break space), and spaces before , . ; : ! ? … ) are removed.
 */
export function fixSpaces(text: string): string {
  return text
    .replace(/(?<=\S)[ \t\u00A0]{2,}(?=\S)/g, (run) => (run.includes('\u00A0') ? '\u00A0' : ' '))
    .replace(/(?<=[^\s])[ \t\u00A0]+([,;:!?\u2026)\]]|\.(?![\p{L}\p{N}]))/gu, '$1');
}
