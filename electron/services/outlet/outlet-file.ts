import { message, type Message } from '../../../shared/i18n/message';
import { OUTLET_SCHEMA_VERSION, OutletProfileSchema, type OutletProfile } from '../../../shared/outlet/outlet-profile';
import { parseVersionedJsonFile } from '../fs/versioned-json-file';

/** Far above any real profile (a hundred rubrics, a few links): a bigger file was not written by the app. */
export const MAX_OUTLET_FILE_BYTES = 256 * 1024;

export type ParsedOutletFile = { ok: true; profile: OutletProfile } | { ok: false; reason: Message };

export function outletTooLarge(): Message {
  return message('damaged.tooLarge', { megabytes: MAX_OUTLET_FILE_BYTES / 1024 / 1024 });
}

export function serializeOutlet(profile: OutletProfile): string {
  return `${JSON.stringify(profile, null, 2)}\n`;
}

/**
 * Reads outlet.json as it came from disk (a colleague's app, a sync tool, a hand edit, an attacker). Every
 * failure is a reason to report, never a throw: the app then shows the defaults and leaves the file alone.
 */
export function parseOutletFile(bytes: Uint8Array): ParsedOutletFile {
  const parsed = parseVersionedJsonFile(bytes, {
    maxBytes: MAX_OUTLET_FILE_BYTES,
    tooLarge: outletTooLarge(),
    notThisKind: message('outlet.damaged.notProfile'),
    version: OUTLET_SCHEMA_VERSION,
    schema: OutletProfileSchema,
  });
  if (!parsed.ok) return parsed;
  return { ok: true, profile: parsed.data };
}
