import { ArticleIdSchema } from '../../../shared/domain/article';
import { message, type Message, type ParamValue } from '../../../shared/i18n/message';
import { CONFLICT_WORD } from '../../../shared/sync/conflict-word';

/**
 * Recognises what sync tools (Dropbox, Syncthing, OneDrive, Google Drive, Nextcloud/ownCloud) leave beside
 * the files of a library, so that a conflict copy is shown as a conflict of its article and never read as a
 * phantom article. Pure: it looks at names only, never at the disk.
 *
 * The name forms, and where they come from:
 *
 * - Dropbox (help.dropbox.com «What's a conflicted copy?»: the editor's name, "conflicted copy" and the date
 *   are added to the name, before the extension): `article (Olena Kovalenko's conflicted copy 2025-12-19).json`,
 *   also without the name or the date, numbered `… (1)` inside or after the parentheses, and Dropbox's other
 *   renames: `(Case Conflict)`, `(Unicode Encoding Conflict)`, `(white space conflict)`,
 *   `(selective sync conflict)`. The name may be a user's or a computer's (`DESKTOP-UMS014A's conflicted copy`).
 * - Syncthing (lib/model/folder_sendrecv.go `conflictName`): `article.sync-conflict-20251219-204455-ABCDEF7.json`,
 *   the last part being the short id of the device that lost; before v0.14 without it.
 * - OneDrive («keep both»): the computer's name appended with a hyphen, `article-DESKTOP-7K2L9QF.json`.
 * - Google Drive for desktop: a same-named duplicate becomes `article (1).json`.
 * - Nextcloud/ownCloud (desktop client `Utility::makeConflictFileName`):
 *   `article (conflicted copy [User ]2025-12-19 204455).json`; clients before 2.5 wrote
 *   `article_conflict[_User]-20251219-204455.json`.
 *
 * Known limits (each is a choice, see the tests):
 *
 * - OneDrive: a suffix `-<name>` counts as a computer's name only when it has an upper-case letter. Windows
 *   names (DESKTOP-7K2L9QF) and macOS names (Olenas-MacBook-Pro) have one, article ids never do, so an id with
 *   hyphens stays an article, and `article-final.json` is not a conflict. A lower-case computer name (the
 *   Linux client writes `article-laptop.json`) is therefore NOT recognised; a hand-made `article-Final.json`
 *   IS taken for a OneDrive copy. OneDrive's numbering (`-DESKTOP-7K2L9QF-1`) stays part of the name.
 * - `(N)` is attributed to Google Drive, but OneDrive's web upload and browsers number duplicates the same
 *   way: the source is a likely one, and the UI text says so. `article 2.json` (iCloud Drive, macOS) is a
 *   conflict of unknown source.
 * - Localised Dropbox names (not documented) and chained copies (`(… conflicted copy …) (… conflicted copy …)`)
 *   are not parsed; a name `article…json` that mentions the word conflict in a language sync tools use
 *   (CONFLICT_WORD) is a conflict of unknown source, so they are still never an article.
 * - Temp files: only names whose writer is known (us, Syncthing, Nextcloud/ownCloud, Dropbox, Google Drive,
 *   Resilio). OneDrive documents no temp names inside synced folders, and a bare `*.tmp` may be anybody's,
 *   so it is `other`, never `temp`: nothing is ever called disposable on a guess.
 */

export type SyncSource = 'dropbox' | 'syncthing' | 'onedrive' | 'google-drive' | 'nextcloud' | 'newsroom' | 'unknown';

/** Who writes a temp file: we do (electron/services/fs/atomic-write.ts), or a sync tool mid-transfer. */
export type TempWriter = 'shpalta' | 'syncthing' | 'dropbox' | 'nextcloud' | 'google-drive' | 'resilio';

/** Dropbox's renames that are not edits on two machines, but names the file system cannot hold twice. */
export type DropboxConflictReason = 'case' | 'unicode' | 'white-space' | 'selective-sync';

/** What the name of a conflict copy says, as written there; for the UI. */
export interface ConflictDetail {
  /** The part of the name the sync tool added, e.g. ` (Olena's conflicted copy 2025-12-19)`. */
  marker: string;
  /** The user or computer (Dropbox, Nextcloud, OneDrive) or the short device id (Syncthing). */
  who?: string;
  /** `YYYY-MM-DD`. */
  date?: string;
  /** `HH:MM:SS`. */
  time?: string;
  /** The number of a numbered copy: `(1)` or ` 2`. */
  copyNumber?: number;
  reason?: DropboxConflictReason;
}

export type ArticleFolderEntry =
  | { kind: 'article' }
  | { kind: 'lock' }
  | { kind: 'temp'; writer: TempWriter }
  | { kind: 'conflict'; source: SyncSource; detail: ConflictDetail }
  | { kind: 'other' };

export type ArticlesEntry =
  | { kind: 'article-folder'; id: string }
  | { kind: 'folder-conflict'; id: string; source: SyncSource; detail: ConflictDetail }
  | { kind: 'hidden' }
  | { kind: 'other' };

export type ConflictCopy =
  Extract<ArticleFolderEntry, { kind: 'conflict' }> | Extract<ArticlesEntry, { kind: 'folder-conflict' }>;

export const ARTICLE_FILE_NAME = 'article.json';
/** The lock a save holds while it writes (electron/services/fs/file-lock.ts): neither a conflict nor a temp file. */
export const ARTICLE_LOCK_FILE_NAME = '.article.json.lock';
const ARTICLE_STEM = 'article';
const ARTICLE_EXT = '.json';

export function isArticleId(name: string): boolean {
  return ArticleIdSchema.safeParse(name).success;
}

/** Classifies a name found inside `articles/<id>/`. */
export function classifyArticleFolderEntry(fileName: string): ArticleFolderEntry {
  const name = fileName.normalize('NFC');
  if (name === ARTICLE_FILE_NAME) return { kind: 'article' };
  if (name === ARTICLE_LOCK_FILE_NAME) return { kind: 'lock' };
  if (hasSeparator(name)) return { kind: 'other' };
  const writer = tempWriter(name);
  if (writer) return { kind: 'temp', writer };
  if (!name.startsWith(ARTICLE_STEM) || !name.endsWith(ARTICLE_EXT)) return { kind: 'other' };
  const marker = name.slice(ARTICLE_STEM.length, name.length - ARTICLE_EXT.length);
  const parsed = parseMarker(marker);
  return parsed ? { kind: 'conflict', ...parsed } : { kind: 'other' };
}

/**
 * Classifies a name found directly inside `articles/`. A valid id is always an article folder, whatever
 * it looks like. `knownIds`, when given, settles where the id ends in a OneDrive copy whose computer name
 * starts with a lower-case part (`<id>-my-PC`); without it the name starts at its first part with an
 * upper-case letter.
 */
export function classifyArticlesEntry(folderName: string, knownIds?: ReadonlySet<string>): ArticlesEntry {
  const name = folderName.normalize('NFC');
  if (isArticleId(name)) return { kind: 'article-folder', id: name };
  if (name.startsWith('.')) return { kind: 'hidden' };
  if (hasSeparator(name)) return { kind: 'other' };

  // Every marker but OneDrive's starts with a character an id cannot hold: the id is the longest prefix.
  const idLength = /^[a-z0-9-]*/.exec(name)?.[0].length ?? 0;
  const id = name.slice(0, idLength);
  const marker = name.slice(idLength);
  if (isArticleId(id) && marker !== '') {
    const parsed = parseMarker(marker, { oneDrive: false });
    if (parsed) return { kind: 'folder-conflict', id, ...parsed };
  }

  const oneDrive = splitOneDriveFolder(name, knownIds);
  if (oneDrive) return { kind: 'folder-conflict', id: oneDrive.id, ...oneDrive.parsed };
  return { kind: 'other' };
}

const SOURCE_NAMES: Record<SyncSource, string> = {
  dropbox: 'Dropbox',
  syncthing: 'Syncthing',
  onedrive: 'OneDrive',
  'google-drive': 'Google Drive',
  nextcloud: 'Nextcloud/ownCloud',
  newsroom: '',
  unknown: '',
};

const REASON_TEXT: Record<DropboxConflictReason, Message> = {
  case: message('syncCopy.reason.case'),
  unicode: message('syncCopy.reason.unicode'),
  'white-space': message('syncCopy.reason.whiteSpace'),
  'selective-sync': message('syncCopy.reason.selectiveSync'),
};

/** A line for the UI, e.g. «Conflict copy from Dropbox (Olena Kovalenko, 2025-12-19)», worded in its language. */
export function describeConflictSource(result: Pick<ConflictCopy, 'source' | 'detail'>): Message {
  const { source, detail } = result;
  const parts: ParamValue[] = [];
  if (detail.reason) parts.push(REASON_TEXT[detail.reason]);
  if (detail.who) {
    if (source === 'syncthing') parts.push(message('syncCopy.device', { who: detail.who }));
    else if (source === 'onedrive') parts.push(message('syncCopy.computer', { who: detail.who }));
    else parts.push(detail.who);
  }
  const when = [detail.date, detail.time].filter(Boolean).join(' ');
  if (when) parts.push(when);
  if (detail.copyNumber !== undefined) parts.push(message('syncCopy.number', { number: detail.copyNumber }));
  const details = parts.length > 0 ? message('syncCopy.details', { parts: listOf(parts) }) : '';

  switch (source) {
    case 'unknown':
      return message('syncCopy.unknown', { details });
    case 'google-drive':
      return message('syncCopy.googleDrive', { details });
    case 'newsroom':
      return message('syncCopy.newsroom', { details });
    default:
      return message('syncCopy.known', { tool: SOURCE_NAMES[source], details });
  }
}

/**
 * Parts joined with commas as nested messages, split in halves: the four parts a name can give then nest no
 * deeper than a message from the wire may (shared/api/errors.ts).
 */
function listOf(parts: readonly ParamValue[]): ParamValue {
  if (parts.length <= 1) return parts[0] ?? '';
  const half = Math.ceil(parts.length / 2);
  return message('syncCopy.list', { first: listOf(parts.slice(0, half)), rest: listOf(parts.slice(half)) });
}

// ---------------------------------------------------------------------------------------------------------

interface ParsedMarker {
  source: SyncSource;
  detail: ConflictDetail;
}

const NUMBER = '[1-9]\\d{0,2}';

/** Nextcloud/ownCloud ≥ 2.5; before Dropbox's, which it would otherwise match. */
const NEXTCLOUD = /^ \(conflicted copy (?:(?<who>[^()]+) )?(?<date>\d{4}-\d{2}-\d{2}) (?<time>\d{6})\)$/;
/** Nextcloud/ownCloud < 2.5. */
const NEXTCLOUD_OLD = /^_conflict(?:_(?<who>.+?))?-(?<date>\d{8})-(?<time>\d{6})$/;
const DROPBOX = new RegExp(
  `^ \\((?:(?<who>[^()]+)['’]s )?conflicted copy(?: (?<date>\\d{4}-\\d{2}-\\d{2}))?(?: \\((?<inner>${NUMBER})\\))?\\)` +
    `(?: \\((?<outer>${NUMBER})\\))?$`,
  'i',
);
const DROPBOX_SPECIAL =
  /^ \((?<reason>case conflict|unicode encoding conflict|white space conflict|selective sync conflict)(?: (?<n>[1-9]\d{0,2}))?\)$/i;
const SYNCTHING = /^\.sync-conflict-(?<date>\d{8})-(?<time>\d{6})(?:-(?<who>[A-Z0-9]{7}))?$/;
const GOOGLE_DRIVE = new RegExp(`^ \\((?<n>${NUMBER})\\)$`);
/** iCloud Drive and macOS: `article 2.json`. */
const SPACE_NUMBER = /^ (?<n>[2-9]|[1-9]\d{1,2})$/;
/** A computer's name: letters, digits, `_` and inner hyphens, at most 63, with an upper-case letter. */
const COMPUTER_NAME = /^[\p{L}\p{N}_](?:[\p{L}\p{N}_-]{0,61}[\p{L}\p{N}_])?$/u;
const UPPER_CASE = /\p{Lu}/u;
/** Ours (electron/services/newsroom): a colleague's side of an article that did not merge, from the newsroom server. */
const NEWSROOM = /^ \(newsroom copy (?<who>[a-z0-9][a-z0-9._-]{0,62}) (?<date>\d{4}-\d{2}-\d{2}) (?<time>\d{6})\)$/;

/** The name the newsroom sync gives a colleague's side of an article that could not merge. */
export function newsroomCopyName(who: string, at: Date): string {
  const iso = at.toISOString();
  return `${ARTICLE_STEM} (newsroom copy ${who} ${iso.slice(0, 10)} ${iso.slice(11, 19).replaceAll(':', '')})${ARTICLE_EXT}`;
}

function parseMarker(marker: string, options: { oneDrive: boolean } = { oneDrive: true }): ParsedMarker | undefined {
  const detail = (extra: Omit<ConflictDetail, 'marker'>): ConflictDetail => ({ marker, ...withoutEmpty(extra) });
  let m: RegExpExecArray | null;

  if ((m = NEWSROOM.exec(marker))) {
    const g = m.groups ?? {};
    return { source: 'newsroom', detail: detail({ who: g.who, date: g.date, time: hhmmss(g.time) }) };
  }
  if ((m = NEXTCLOUD.exec(marker))) {
    const g = m.groups ?? {};
    return { source: 'nextcloud', detail: detail({ who: g.who, date: g.date, time: hhmmss(g.time) }) };
  }
  if ((m = DROPBOX.exec(marker))) {
    const g = m.groups ?? {};
    return {
      source: 'dropbox',
      detail: detail({ who: g.who, date: g.date, copyNumber: toNumber(g.outer ?? g.inner) }),
    };
  }
  if ((m = DROPBOX_SPECIAL.exec(marker))) {
    const g = m.groups ?? {};
    return { source: 'dropbox', detail: detail({ reason: dropboxReason(g.reason), copyNumber: toNumber(g.n) }) };
  }
  if ((m = SYNCTHING.exec(marker))) {
    const g = m.groups ?? {};
    return { source: 'syncthing', detail: detail({ who: g.who, date: yyyymmdd(g.date), time: hhmmss(g.time) }) };
  }
  if ((m = NEXTCLOUD_OLD.exec(marker))) {
    const g = m.groups ?? {};
    return { source: 'nextcloud', detail: detail({ who: g.who, date: yyyymmdd(g.date), time: hhmmss(g.time) }) };
  }
  if ((m = GOOGLE_DRIVE.exec(marker))) {
    return { source: 'google-drive', detail: detail({ copyNumber: toNumber(m.groups?.n) }) };
  }
  if ((m = SPACE_NUMBER.exec(marker))) {
    return { source: 'unknown', detail: detail({ copyNumber: toNumber(m.groups?.n) }) };
  }
  if (options.oneDrive && marker.startsWith('-')) {
    const who = marker.slice(1);
    if (isComputerName(who)) return { source: 'onedrive', detail: detail({ who }) };
  }
  if (/^[ ._(-]/.test(marker) && CONFLICT_WORD.test(marker)) {
    return { source: 'unknown', detail: detail({ date: /\d{4}-\d{2}-\d{2}/.exec(marker)?.[0] }) };
  }
  return undefined;
}

/** `<id>-<COMPUTER>`: an id is lower-case, so the computer's name starts where an upper-case letter appears. */
function splitOneDriveFolder(
  name: string,
  knownIds: ReadonlySet<string> | undefined,
): { id: string; parsed: ParsedMarker } | undefined {
  const hyphens: number[] = [];
  for (let i = name.indexOf('-'); i !== -1; i = name.indexOf('-', i + 1)) hyphens.push(i);
  const candidates = hyphens
    .map((at) => ({ id: name.slice(0, at), who: name.slice(at + 1) }))
    .filter(({ id, who }) => isArticleId(id) && isComputerName(who));
  if (candidates.length === 0) return undefined;

  const known = knownIds ? candidates.filter(({ id }) => knownIds.has(id)) : [];
  // The longest known id; else the split right before the first part that has an upper-case letter.
  const chosen =
    known.length > 0
      ? known.reduce((a, b) => (b.id.length > a.id.length ? b : a))
      : candidates.find(({ who }) => UPPER_CASE.test(who.split('-')[0] ?? ''));
  if (!chosen) return undefined;
  return {
    id: chosen.id,
    parsed: { source: 'onedrive', detail: { marker: `-${chosen.who}`, who: chosen.who } },
  };
}

function isComputerName(who: string): boolean {
  return COMPUTER_NAME.test(who) && UPPER_CASE.test(who);
}

function tempWriter(name: string): TempWriter | undefined {
  // Syncthing lib/model/tempname.go: `.syncthing.<name>.tmp`, on Windows `~syncthing~<name>.tmp`; a long
  // name becomes its md5 in hex, so this goes before our own pattern.
  if (name.startsWith('.syncthing.') || name.startsWith('~syncthing~')) return 'syncthing';
  // writeFileAtomic: `.<target>.<12 hex>.tmp`.
  if (/^\..+\.[0-9a-f]{8,32}\.tmp$/.test(name)) return 'shpalta';
  // Nextcloud/ownCloud createDownloadTmpFileName: `.<name>.~<hex>`.
  if (/^\..+\.~[0-9a-f]{1,8}$/.test(name)) return 'nextcloud';
  // Dropbox's own state: `.dropbox`, `.dropbox.attr`, `.dropbox.cache`.
  if (/^\.dropbox(?:\..*)?$/.test(name)) return 'dropbox';
  // Drive for desktop: `.tmp.drivedownload`, `.tmp.driveupload`.
  if (/^\.tmp\.drive/.test(name)) return 'google-drive';
  // Resilio Sync: `<name>.!sync` while a file is arriving.
  if (name.endsWith('.!sync')) return 'resilio';
  return undefined;
}

function hasSeparator(name: string): boolean {
  return name === '' || name.includes('/') || name.includes('\\');
}

function dropboxReason(text: string | undefined): DropboxConflictReason | undefined {
  switch (text?.toLowerCase()) {
    case 'case conflict':
      return 'case';
    case 'unicode encoding conflict':
      return 'unicode';
    case 'white space conflict':
      return 'white-space';
    case 'selective sync conflict':
      return 'selective-sync';
    default:
      return undefined;
  }
}

function yyyymmdd(text: string | undefined): string | undefined {
  return text ? `${text.slice(0, 4)}-${text.slice(4, 6)}-${text.slice(6, 8)}` : undefined;
}

function hhmmss(text: string | undefined): string | undefined {
  return text ? `${text.slice(0, 2)}:${text.slice(2, 4)}:${text.slice(4, 6)}` : undefined;
}

function toNumber(text: string | undefined): number | undefined {
  return text === undefined ? undefined : Number(text);
}

/** Drops absent parts and trims the names, so that a detail has only what the name says. */
function withoutEmpty<T extends object>(value: T): Partial<T> {
  const entries = Object.entries(value)
    .map(([k, v]) => [k, typeof v === 'string' ? v.trim() : v] as const)
    .filter(([, v]) => v !== undefined && v !== '');
  return Object.fromEntries(entries) as Partial<T>;
}
