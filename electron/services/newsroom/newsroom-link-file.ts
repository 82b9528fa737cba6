import { mkdir, readFile, rm } from 'node:fs/promises';
import path from 'node:path';
import { NewsroomLoginSchema, NewsroomUrlSchema } from '../../../shared/newsroom/newsroom-link';
import { z } from '../../../shared/validation/zod';
import { writeFileAtomic } from '../fs/atomic-write';
import { isCode } from '../fs/io-error';
import { libraryKey } from '../search/index-location';

/** Where the server is and who this person is there; the token is in the secrets store, never here. */
const LinkFileSchema = z.object({
  format: z.literal(1),
  url: NewsroomUrlSchema,
  login: NewsroomLoginSchema,
  /** The setup check's answer when this person joined (desk-guard.ts). */
  deskGuarded: z.boolean().nullable().default(null),
});
export type LinkFile = z.output<typeof LinkFileSchema>;

export interface NewsroomPlace {
  /** `<userData>/newsroom/<library key>/`: the repository (`git/`), the link, the pending units. */
  dir: string;
  /** The secrets store's name of this library's token. */
  secretName: string;
}

/** The app's folder for one library's newsroom: never inside the library, which colleagues share. */
export async function newsroomPlace(userDataDir: string, libraryRoot: string): Promise<NewsroomPlace> {
  const { key } = await libraryKey(libraryRoot);
  return { dir: path.join(userDataDir, 'newsroom', key), secretName: `newsroom:${key}` };
}

export async function readLink(place: NewsroomPlace): Promise<LinkFile | null> {
  let text: string;
  try {
    text = await readFile(path.join(place.dir, 'link.json'), 'utf8');
  } catch (error) {
    if (isCode(error, 'ENOENT')) return null;
    throw error;
  }
  try {
    const parsed = LinkFileSchema.safeParse(JSON.parse(text));
    return parsed.success ? parsed.data : null;
  } catch {
    return null; // a torn link reads as none: the library works as a plain folder and can be joined again
  }
}

export async function writeLink(place: NewsroomPlace, link: Omit<LinkFile, 'format'>): Promise<void> {
  await mkdir(place.dir, { recursive: true });
  const file: LinkFile = { format: 1, ...link };
  await writeFileAtomic(path.join(place.dir, 'link.json'), `${JSON.stringify(file, null, 2)}\n`);
}

/**
 * A join under way, noted in the newsroom's folder until the join is done: a join cut off by a lost connection
 * (or a closed app) keeps what it received and wrote, and the same join into the same folder goes on from there.
 */
const JoinMarkSchema = z.object({
  format: z.literal(1),
  url: NewsroomUrlSchema,
  login: NewsroomLoginSchema,
  /** What the library folder held before the first attempt (null: it did not exist), so a change of mind undoes only the join's. */
  before: z.array(z.string()).nullable(),
});
export type JoinMark = z.output<typeof JoinMarkSchema>;

const JOIN_MARK = 'join.json';

export async function readJoinMark(place: NewsroomPlace): Promise<JoinMark | null> {
  const text = await readFile(path.join(place.dir, JOIN_MARK), 'utf8').catch((error: unknown) => {
    if (isCode(error, 'ENOENT')) return null;
    throw error;
  });
  if (text === null) return null;
  try {
    const parsed = JoinMarkSchema.safeParse(JSON.parse(text));
    return parsed.success ? parsed.data : null;
  } catch {
    return null;
  }
}

export async function writeJoinMark(place: NewsroomPlace, mark: Omit<JoinMark, 'format'>): Promise<void> {
  await mkdir(place.dir, { recursive: true });
  await writeFileAtomic(path.join(place.dir, JOIN_MARK), `${JSON.stringify({ format: 1, ...mark }, null, 2)}\n`);
}

export async function removeJoinMark(place: NewsroomPlace): Promise<void> {
  await rm(path.join(place.dir, JOIN_MARK), { force: true });
}
