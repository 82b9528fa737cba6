import { toApiError } from '../../../shared/api/errors';
import type { Translate } from '../../../shared/i18n/translate';

/**
 * What went wrong, in the UI's language: a service error travels as a catalogue key with its params, so an
 * English UI shows it in English; anything that is not an API error reads as the generic one.
 */
export function describeError(t: Translate, error: unknown): string {
  return t.message(toApiError(error).reason);
}
