import { mkdir, readFile } from 'node:fs/promises';
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
