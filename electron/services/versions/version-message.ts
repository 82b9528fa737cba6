import { ArticleStatusSchema } from '../../../shared/domain/article';
import { VersionReasonSchema, type VersionEntry } from '../../../shared/domain/versions';

/** What a version's commit says about itself, besides its tree: enough to list it without reading the tree. */
export interface VersionFacts {
  article: string;
  at: string;
  by: string;
  reason: VersionEntry['reason'];
  status: VersionEntry['status'];
  note?: string;
}

/**
 * Git trailers, one per fact. Values are JSON strings, so a note with new lines or a name with a colon
 * stays one trailer, and a person reading `git log` in the app data folder still sees what happened.
 */
const TRAILERS = {
  article: 'Shpalta-Article',
  at: 'Shpalta-At',
  by: 'Shpalta-By',
  reason: 'Shpalta-Reason',
  status: 'Shpalta-Status',
  note: 'Shpalta-Note',
} as const;

export function versionMessage(facts: VersionFacts): string {
  const lines = [`${facts.reason}: ${facts.article}`, ''];
  for (const key of Object.keys(TRAILERS) as Array<keyof typeof TRAILERS>) {
    const value = facts[key];
    if (value === undefined) continue;
    lines.push(`${TRAILERS[key]}: ${JSON.stringify(value)}`);
  }
  return `${lines.join('\n')}\n`;
}

/** The facts of a commit this app wrote; null for any other commit or one whose trailers do not read. */
export function readVersionMessage(message: string): VersionFacts | null {
  const values = new Map<string, unknown>();
  for (const line of message.split('\n')) {
    const colon = line.indexOf(': ');
    if (colon <= 0) continue;
    try {
      values.set(line.slice(0, colon), JSON.parse(line.slice(colon + 2)));
    } catch {
      continue;
    }
  }
  const article = values.get(TRAILERS.article);
  const at = values.get(TRAILERS.at);
  const by = values.get(TRAILERS.by);
  const reason = VersionReasonSchema.safeParse(values.get(TRAILERS.reason));
  const status = ArticleStatusSchema.nullable().safeParse(values.get(TRAILERS.status) ?? null);
  const note = values.get(TRAILERS.note);
  if (typeof article !== 'string' || typeof at !== 'string' || typeof by !== 'string') return null;
  if (!reason.success || !status.success) return null;
  const facts: VersionFacts = { article, at, by, reason: reason.data, status: status.data };
  if (typeof note === 'string') facts.note = note;
  return facts;
}
