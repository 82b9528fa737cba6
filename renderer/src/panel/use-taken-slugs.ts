/** The slugs of the library's other articles, for a headline's slug to stay unique. */
export function useTakenSlugs(_articleId: string): ReadonlySet<string> {
  return new Set();
}
