import { NOTES_FILE_NAME } from '../../../shared/notes/notes-file';
import { OUTLET_FILE_NAME, OUTLET_LOGO_DIR } from '../../../shared/outlet/outlet-profile';
import { MEDIA_DIR } from '../library/media';
import { TRANSITIONS_FILE } from '../workflow/transition-log';

/** What a file of a library in Git is, by its path from the library's root (always with `/`). */
export type LibraryFileKind =
  | { kind: 'article'; id: string }
  | { kind: 'notes' }
  | { kind: 'transitions' }
  | { kind: 'outlet' }
  /** Named by the hash of its bytes (an article's media, the outlet's logo): one name, one content. */
  | { kind: 'content-addressed' }
  | { kind: 'other' };

const ARTICLE_FILE = /^articles\/([^/]+)\/([^/]+)$/;
const ARTICLE_MEDIA = new RegExp(`^articles/[^/]+/${MEDIA_DIR}/[^/]+$`);
const OUTLET_LOGO = new RegExp(`^${OUTLET_LOGO_DIR}/logo\\.[0-9a-f]{64}\\.[a-z0-9]+$`);

export function libraryFileKind(path: string): LibraryFileKind {
  if (path === OUTLET_FILE_NAME) return { kind: 'outlet' };
  if (ARTICLE_MEDIA.test(path) || OUTLET_LOGO.test(path)) return { kind: 'content-addressed' };
  const [, id, name] = ARTICLE_FILE.exec(path) ?? [];
  if (id === undefined) return { kind: 'other' };
  if (name === 'article.json') return { kind: 'article', id };
  if (name === NOTES_FILE_NAME) return { kind: 'notes' };
  if (name === TRANSITIONS_FILE) return { kind: 'transitions' };
  return { kind: 'other' };
}
