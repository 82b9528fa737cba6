/** An error's message for people (errors here are Ukrainian already). */
export function reasonOf(error: unknown): string {
  return error instanceof Error ? error.message : String(error);
}
