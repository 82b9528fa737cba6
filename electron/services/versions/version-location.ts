import { mkdir } from 'node:fs/promises';
import path from 'node:path';
import { writeFileAtomic } from '../fs/atomic-write';
import { libraryKey } from '../search/index-location';

/**
 * `<versionsDir>/<library key>/`: the library's version history, in the app's data folder and never in the
 * library, which a sync tool may copy (Git's files do not survive Dropbox) or colleagues share. A note
 * beside it says which library it belongs to, for a person looking at the folder.
 */
export async function versionsLocation(versionsDir: string, libraryRoot: string): Promise<string> {
  const { library, key } = await libraryKey(libraryRoot);
  const dir = path.join(versionsDir, key);
  await mkdir(dir, { recursive: true });
  await writeFileAtomic(path.join(dir, 'library.json'), `${JSON.stringify({ library, about: NOTE_ABOUT }, null, 2)}\n`);
  return dir;
}

const NOTE_ABOUT = 'Version history of this library (Shpalta): every kept version of its articles.';
