/** A new note's id: random, so two people noting at once on two machines never pick the same one. */
export function newNoteId(): string {
  const bytes = crypto.getRandomValues(new Uint8Array(8));
  return `note-${Array.from(bytes, (byte) => byte.toString(16).padStart(2, '0')).join('')}`;
}
