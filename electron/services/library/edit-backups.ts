import path from 'node:path';
import { ArticleSchema, type Article } from '../../../shared/domain/article';
import { writeFileAtomic } from '../fs/atomic-write';
import { nodeFileSystem, type FileSystem } from '../fs/file-system';
import { isCode } from '../fs/io-error';

export interface EditBackup {
  article: Article;
  savedAt: string;
  path: string;
}

/**
 * Edits that could not be written to the library (disk full, read-only folder, a conflict) are kept
 * here, in the app's own data folder, until a save succeeds: a crash or a closed window loses nothing.
 */
export class EditBackups {
  /** Ids known to have a backup, so a successful save does not unlink on every keystroke burst. */
  private readonly present = new Set<string>();

  constructor(
    readonly dir: string,
    private readonly fs: FileSystem = nodeFileSystem,
    private readonly clock: () => Date = () => new Date(),
  ) {}

  fileOf(id: string): string {
    return path.join(this.dir, `${id}.json`);
  }

  async write(article: Article): Promise<string> {
    const file = this.fileOf(article.id);
    await this.fs.mkdir(this.dir, { recursive: true });
    const record = { savedAt: this.clock().toISOString(), article };
    await writeFileAtomic(file, `${JSON.stringify(record)}\n`, this.fs);
    this.present.add(article.id);
    return file;
  }

  /** The backup file of an article as it is, or null when there is none (the media sweep reads it as text). */
  async readText(id: string): Promise<string | null> {
    try {
      return await this.fs.readFile(this.fileOf(id), 'utf8');
    } catch (error) {
      if (isCode(error, 'ENOENT')) return null;
      throw error;
    }
  }

  async read(id: string): Promise<EditBackup | null> {
    const file = this.fileOf(id);
    let text: string;
    try {
      text = await this.fs.readFile(file, 'utf8');
    } catch (error) {
      if (isCode(error, 'ENOENT')) return null;
      throw error;
    }
    try {
      const raw = JSON.parse(text) as { savedAt?: unknown; article?: unknown };
      const article = ArticleSchema.safeParse(raw.article);
      if (!article.success || typeof raw.savedAt !== 'string') return null;
      this.present.add(id);
      return { article: article.data, savedAt: raw.savedAt, path: file };
    } catch {
      return null;
    }
  }

  /** After a successful save, or when the journalist discards the backup. */
  async discard(id: string, force = false): Promise<void> {
    if (!force && !this.present.has(id)) return;
    await this.fs.rm(this.fileOf(id), { force: true });
    this.present.delete(id);
  }
}
