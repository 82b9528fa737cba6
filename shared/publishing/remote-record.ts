import type { TargetKind } from './publishing-setup';

/** What a target answered: enough to update or withdraw the same thing later, and to show where it went. */
export interface RemoteRecord {
  /** The target's own id (WordPress post id, Telegram message id, the static page's path). */
  id: string;
  /** Where a person sees it; null when the target has no address for it. */
  url: string | null;
  /** Whatever else the target needs next time (e.g. WordPress media ids by source, the Telegram post's shape). */
  extra: Readonly<Record<string, string>>;
}

/*
 * Records live in the article's `remoteIds` (a flat string map that every computer of the newsroom shares, so
 * another editor's correction updates the same post): `<target>` is the id, `<target>.url` the address and
 * `<target>:<key>` each extra value.
 */
const URL_KEY = '.url';
const EXTRA = ':';

export function remoteRecordOf(remoteIds: Readonly<Record<string, string>>, target: TargetKind): RemoteRecord | null {
  const id = remoteIds[target];
  if (id === undefined || id === '') return null;
  const extra: Record<string, string> = {};
  for (const [key, value] of Object.entries(remoteIds)) {
    if (key.startsWith(target + EXTRA)) extra[key.slice(target.length + EXTRA.length)] = value;
  }
  return { id, url: remoteIds[target + URL_KEY] ?? null, extra };
}

/** `remoteIds` with the target's record replaced (null: removed, the target holds nothing of it any more). */
export function withRemoteRecord(
  remoteIds: Readonly<Record<string, string>>,
  target: TargetKind,
  record: RemoteRecord | null,
): Record<string, string> {
  const kept = Object.fromEntries(
    Object.entries(remoteIds).filter(
      ([key]) => key !== target && key !== target + URL_KEY && !key.startsWith(target + EXTRA),
    ),
  );
  if (!record) return kept;
  const written: Record<string, string> = { ...kept, [target]: record.id };
  if (record.url !== null) written[target + URL_KEY] = record.url;
  for (const [key, value] of Object.entries(record.extra)) written[target + EXTRA + key] = value;
  return written;
}
