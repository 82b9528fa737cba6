import path from 'node:path';
import { message, type Message } from '../../../shared/i18n/message';
import type { FileSystem } from './file-system';
import { isCode } from './io-error';

/**
 * Real paths stay under the library root (DESIGN §8). A synced or hand-made library may hold a symbolic
 * link (or a Windows junction) where an article folder, its media folder or a file is expected, pointing
 * anywhere on the machine; following it would read, write or copy files outside the library. The root
 * itself may be a link (a Documents folder moved to another drive); everything below it must not be.
 */

/**
 * The first path below `root`, down to `target`, that is a symbolic link, or null when there is none.
 * A missing part ends the walk: what does not exist yet is created as a real folder or file. A target
 * outside the root is answered with itself, as a link would be.
 */
export async function firstLinkBelow(fs: FileSystem, root: string, target: string): Promise<string | null> {
  const relative = path.relative(root, target);
  if (relative === '') return null;
  if (relative.startsWith('..') || path.isAbsolute(relative)) return target;
  let at = root;
  for (const part of relative.split(path.sep)) {
    at = path.join(at, part);
    try {
      if ((await fs.lstat(at)).isSymbolicLink()) return at;
    } catch (error) {
      if (isCode(error, 'ENOENT') || isCode(error, 'ENOTDIR')) return null;
      throw error;
    }
  }
  return null;
}

/** For the damaged-file list and errors: why a path was not followed. */
export function linkEscapeReason(link: string): Message {
  return message('damaged.linkEscape', { path: link });
}
