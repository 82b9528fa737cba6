import type { KeyboardEvent } from 'react';

/**
 * Enter in a field that holds one line (the headline) or one paragraph (the lead) finishes it and moves on,
 * wherever the caret is: the field is never cut in two. Shift+Enter adds nothing, since a line break has no
 * place in either. Modified Enters are left to shortcuts, and an Enter that confirms an input method's
 * composition is the input method's.
 */
export function enterMovesOn(event: KeyboardEvent<HTMLTextAreaElement>, moveOn: () => void): void {
  if (event.key !== 'Enter' || event.nativeEvent.isComposing) return;
  if (event.ctrlKey || event.metaKey || event.altKey) return;
  event.preventDefault();
  if (!event.shiftKey) moveOn();
}
