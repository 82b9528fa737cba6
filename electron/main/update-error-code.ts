import type { UpdateErrorCode } from '../../shared/updates/update-status';

/** electron-updater's own codes (builder-util-runtime's newError) that say the release feed is not as expected. */
const FEED_CODES = new Set([
  'ERR_UPDATER_LATEST_VERSION_NOT_FOUND',
  'ERR_UPDATER_CHANNEL_FILE_NOT_FOUND',
  'ERR_UPDATER_INVALID_UPDATE_INFO',
  'ERR_UPDATER_NO_PUBLISHED_VERSIONS',
  'ERR_UPDATER_RELEASE_NOT_FOUND',
  'ERR_UPDATER_ASSET_NOT_FOUND',
  'ERR_UPDATER_INVALID_RELEASE_FEED',
  'ERR_UPDATER_INVALID_VERSION',
  'ERR_UPDATER_NO_FILES_PROVIDED',
  'ERR_UPDATER_INVALID_CHANNEL',
  'ERR_UPDATER_INVALID_PROVIDER_CONFIGURATION',
  'ERR_UPDATER_UNSUPPORTED_PROVIDER',
]);

/** The downloaded file is not the one published. */
const DOWNLOAD_CODES = new Set([
  'ERR_CHECKSUM_MISMATCH',
  'ERR_UPDATER_NO_CHECKSUM',
  'ERR_UPDATER_BLOCKMAP_FILE_NOT_FOUND',
  'ERR_UPDATER_ZIP_FILE_NOT_FOUND',
  'ERR_UPDATER_OLD_FILE_NOT_FOUND',
  'ERR_UPDATER_WEB_INSTALLER_DISABLED',
]);

/** Node's codes of a network that is not there (no connection, no DNS, a dropped or refused connection). */
const OFFLINE_CODES = new Set([
  'ENOTFOUND',
  'EAI_AGAIN',
  'ECONNREFUSED',
  'ECONNRESET',
  'ETIMEDOUT',
  'ENETUNREACH',
  'EHOSTUNREACH',
  'ENETDOWN',
  'EPIPE',
]);

/** What the updater was doing when the error came: the default meaning of an error nothing else names. */
export type UpdatePhase = 'check' | 'download' | 'install';

/**
 * A stable code for an error of electron-updater: its own `code`, Node's network codes, Chromium's `net::ERR_…`
 * (electron-updater downloads through Electron's net module) and the HTTP status of the feed. The raw message
 * stays in the main process's log; the page gets only the code.
 */
export function updateErrorCode(error: unknown, phase: UpdatePhase): UpdateErrorCode {
  const code = readString(error, 'code');
  const text = readString(error, 'message') ?? '';
  if (code === 'ERR_UPDATER_INVALID_SIGNATURE' || /not signed by the application owner/i.test(text)) return 'signature';
  if (code !== null && FEED_CODES.has(code)) return 'feed';
  // A package built without `publish` has no app-update.yml: there is no feed to ask.
  if (/app-update\.yml/.test(text)) return 'feed';
  if (code !== null && DOWNLOAD_CODES.has(code)) return 'download';
  if (code !== null && OFFLINE_CODES.has(code)) return 'offline';
  if (
    /\bnet::ERR_(INTERNET_DISCONNECTED|NAME_NOT_RESOLVED|NAME_RESOLUTION_FAILED|CONNECTION_\w+|TIMED_OUT|NETWORK_\w+|ADDRESS_UNREACHABLE|PROXY_\w+|TUNNEL_CONNECTION_FAILED)\b/.test(
      text,
    )
  )
    return 'offline';
  const status = readNumber(error, 'statusCode');
  if (status !== null && status >= 400) return 'feed';
  if (phase === 'download') return 'download';
  if (phase === 'install') return 'install';
  return 'unknown';
}

function readString(value: unknown, key: string): string | null {
  if (typeof value !== 'object' || value === null || !(key in value)) return null;
  const found = (value as Record<string, unknown>)[key];
  return typeof found === 'string' ? found : null;
}

function readNumber(value: unknown, key: string): number | null {
  if (typeof value !== 'object' || value === null || !(key in value)) return null;
  const found = (value as Record<string, unknown>)[key];
  return typeof found === 'number' ? found : null;
}
