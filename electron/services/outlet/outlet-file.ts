import { message, type Message } from '../../../shared/i18n/message';
import { OUTLET_SCHEMA_VERSION, OutletProfileSchema, type OutletProfile } from '../../../shared/outlet/outlet-profile';
import { decodeArticleBytes } from '../library/article-file';

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
  if (bytes.length > MAX_OUTLET_FILE_BYTES) return { ok: false, reason: outletTooLarge() };
  const text = decodeArticleBytes(bytes);
  if (text === null) return { ok: false, reason: message('damaged.notUtf8') };
  let raw: unknown;
  try {
    raw = JSON.parse(text);
  } catch {
    return { ok: false, reason: message('damaged.notJson') };
  }
  if (typeof raw !== 'object' || raw === null || Array.isArray(raw))
    return { ok: false, reason: message('outlet.damaged.notProfile') };
  const version = (raw as { schemaVersion?: unknown }).schemaVersion;
  if (typeof version !== 'number' || !Number.isInteger(version) || version < 1)
    return { ok: false, reason: message('damaged.noVersion') };
  if (version > OUTLET_SCHEMA_VERSION)
    return { ok: false, reason: message('damaged.newerFormat', { version, known: OUTLET_SCHEMA_VERSION }) };
  const parsed = OutletProfileSchema.safeParse(raw);
  if (!parsed.success) {
    const where = parsed.error.issues[0]?.path.join('.');
    return { ok: false, reason: message('damaged.structure', { path: where || message('damaged.structureRoot') }) };
  }
  return { ok: true, profile: parsed.data };
}
