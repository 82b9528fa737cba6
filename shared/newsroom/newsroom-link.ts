import { z } from '../validation/zod';
import { schemaReason } from '../validation/issue-reason';

/**
 * A newsroom login as the server knows it: also the name of the person's own place on the server
 * (`j/<login>`), so only a safe alphabet. The server's hook checks the same pattern (server/hooks/update).
 */
export const NewsroomLoginSchema = z
  .string()
  .regex(/^[a-z0-9][a-z0-9._-]{0,62}$/, schemaReason('newsroom.invalid.login'));

/**
 * The newsroom server's address: HTTPS, or plain HTTP on this computer only (a server for trying it out).
 * No credentials in it: the token goes to the secrets store, never into an address that logs and settings keep.
 */
export const NewsroomUrlSchema = z
  .string()
  .max(2000)
  .refine(isNewsroomUrl, { error: schemaReason('newsroom.invalid.url') });

export function isNewsroomUrl(text: string): boolean {
  let url: URL;
  try {
    url = new URL(text);
  } catch {
    return false;
  }
  if (url.username !== '' || url.password !== '' || url.hash !== '' || url.search !== '') return false;
  if (url.protocol === 'https:') return true;
  return url.protocol === 'http:' && ['127.0.0.1', 'localhost', '[::1]'].includes(url.hostname);
}

/** How safely this host keeps the token: the OS keychain (the desktop app) or a plain file (browser mode). */
export const SecretProtectionSchema = z.enum(['os', 'file']);
export type SecretProtection = z.infer<typeof SecretProtectionSchema>;

/** The library's link to its newsroom server, as the page sees it: never the token. */
export const NewsroomLinkSchema = z.object({
  url: NewsroomUrlSchema,
  login: NewsroomLoginSchema,
  secretProtection: SecretProtectionSchema,
  /**
   * What joining as a journalist proved: the server refused this login's change to the approved articles
   * (true), or took it (false: anyone there can approve; the UI warns). Null when it was not tried (an editor
   * joined, or the server could not be asked).
   */
  deskGuarded: z.boolean().nullable(),
});
export type NewsroomLink = z.infer<typeof NewsroomLinkSchema>;

/** The server's own reasons for refusing what was sent (server/hooks/update prints them). */
export const REFUSAL_CODES = [
  'no-user',
  'desk-editors-only',
  'not-your-ref',
  'unknown-ref',
  'no-delete',
  'no-force',
  'wrong-author',
  'bad-login',
  'other',
] as const;
export const RefusalCodeSchema = z.enum(REFUSAL_CODES);
export type RefusalCode = z.infer<typeof RefusalCodeSchema>;

/**
 * Where the library stands with its server, as the status bar says it. `pending`: changes kept on this
 * computer that the server does not have yet.
 */
export const SyncStateSchema = z.object({
  kind: z.enum(['unlinked', 'synced', 'syncing', 'offline', 'rejected', 'unauthorized', 'conflict']),
  pending: z.number().int().nonnegative(),
  lastSyncedAt: z.iso.datetime({ offset: true }).nullable(),
  /** Why the server refused (kind `rejected`). */
  refusal: RefusalCodeSchema.optional(),
});
export type SyncState = z.infer<typeof SyncStateSchema>;

export const NewsroomStatusSchema = z.object({
  link: NewsroomLinkSchema.nullable(),
  sync: SyncStateSchema,
});
export type NewsroomStatus = z.infer<typeof NewsroomStatusSchema>;

/**
 * Joining a newsroom: what it is at, for a progress bar. `total` is null while the server has not said. While
 * `reconnecting`, `loaded` is the attempt about to be made and `total` how many there will be.
 */
export const JoinProgressSchema = z.object({
  phase: z.enum(['connecting', 'receiving', 'reconnecting', 'writing']),
  loaded: z.number().int().nonnegative(),
  total: z.number().int().nonnegative().nullable(),
  /** Bytes received from the server in this attempt so far; null before any. */
  bytes: z.number().int().nonnegative().nullable(),
  /** About how many bytes the newsroom weighs, where the server lets that be known before it is sent. */
  estimatedBytes: z.number().int().nonnegative().nullable(),
});
export type JoinProgress = z.infer<typeof JoinProgressSchema>;
