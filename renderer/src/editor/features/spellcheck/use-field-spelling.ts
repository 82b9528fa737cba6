import { useEffect, useMemo, useState } from 'react';
import { fieldMisspellings, unknownFieldKeys, type FieldMark } from './field-spelling';
import type { SpellSession } from './spell-session';

/** The same pause as the body's: words go to the checker when typing stops, not on every key. */
export const FIELD_PAUSE_MS = 300;

/**
 * The marked words (misspellings, style suggestions) of a headline or lead. New words are asked of the window's checker after a pause;
 * a change of the personal dictionary, «Пропустити» and the checker becoming ready redraw the marks. The
 * word being typed (it ends at `typingAt`, the caret of the last input) is left alone.
 */
export function useFieldSpelling(session: SpellSession | null, value: string, typingAt: number | null): FieldMark[] {
  const [verdictsSeen, setVerdictsSeen] = useState(0);
  const redraw = () => setVerdictsSeen((n) => n + 1);

  useEffect(() => {
    if (!session) return;
    const stopChanges = session.service.onChange(redraw);
    const stopStatus = session.service.onStatus(redraw);
    return () => {
      stopChanges();
      stopStatus();
    };
  }, [session]);

  useEffect(() => {
    if (!session) return;
    const keys = unknownFieldKeys(value, session.service);
    if (keys.length === 0) return;
    let alive = true;
    const timer = setTimeout(() => {
      // A checker that fails says so through its status (the status line); the marks just stay away.
      session.service.resolve(keys).then(
        () => alive && redraw(),
        () => undefined,
      );
    }, FIELD_PAUSE_MS);
    return () => {
      alive = false;
      clearTimeout(timer);
    };
  }, [session, value]);

  return useMemo(
    () => (session ? fieldMisspellings(value, session.service, typingAt) : []),
    // verdictsSeen: the service's verdicts changed; the list is read from it again.
    // eslint-disable-next-line react-hooks/exhaustive-deps
    [session, value, typingAt, verdictsSeen],
  );
}
