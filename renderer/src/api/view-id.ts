/**
 * This page's id as a view of the app, new on every load: the host tells each view which others have its
 * article open, and a view knows its own saves when the host reports them back.
 */
export const VIEW_ID: string = randomId();

function randomId(): string {
  // getRandomValues works outside secure contexts too (randomUUID does not).
  const bytes = crypto.getRandomValues(new Uint8Array(16));
  return Array.from(bytes, (byte) => byte.toString(16).padStart(2, '0')).join('');
}
