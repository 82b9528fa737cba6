import { promises as fsp } from 'node:fs';
import path from 'node:path';
import type { ArticleFile, DamagedFile } from '../../../shared/api/contract';
import { ApiError } from '../../../shared/api/errors';
import {
  ARTICLE_SCHEMA_VERSION,
  newArticle,
  summarize,
  type Article,
  type ArticleSummary,
} from '../../../shared/domain/article';
import { writeFileAtomic } from '../fs/atomic-write';
import { codeOf, ioError, isCode } from '../fs/io-error';
import { hashBytes, parseArticleFile, serializeArticle } from './article-file';
import { newArticleId } from './article-id';
import { sampleArticle } from './sample-article';

const ARTICLE_FILE = 'article.json';
const MARKER_FILE = 'library.json';

export interface LibraryListing {
  libraryPath: string;
  articles: ArticleSummary[];
  damaged: DamagedFile[];
}

/**
 * The article library on disk: one folder per article under `articles/`, named by its stable id.
 * Writes are atomic; a file changed by someone else is never overwritten silently.
 */
export class LibraryStore {
  /** The hash of each file as this process last wrote or read it, to tell our writes from others'. */
  private readonly knownHashes = new Map<string, string>();

  constructor(
    readonly root: string,
    private readonly clock: () => Date = () => new Date(),
  ) {}

  get articlesDir(): string {
    return path.join(this.root, 'articles');
  }

  get metaDir(): string {
    return path.join(this.root, '.shpalta');
  }

  articleDir(id: string): string {
    return path.join(this.articlesDir, id);
  }

  articleFilePath(id: string): string {
    return path.join(this.articleDir(id), ARTICLE_FILE);
  }

  /**
   * Creates the library on first run, with a sample article. A library that exists (the marker is
   * there) is left alone even if it is empty: the journalist may have deleted the sample on purpose.
   */
  async ensure(): Promise<{ created: boolean }> {
    const marker = path.join(this.metaDir, MARKER_FILE);
    if (await exists(marker)) return { created: false };
    await fsp.mkdir(this.articlesDir, { recursive: true });
    await fsp.mkdir(this.metaDir, { recursive: true });
    const hasArticles = (await fsp.readdir(this.articlesDir)).length > 0;
    if (!hasArticles) {
      const now = this.clock();
      await this.write(sampleArticle(newArticleId(now), now));
    }
    await writeFileAtomic(
      marker,
      `${JSON.stringify({ app: 'shpalta', createdAt: this.clock().toISOString(), schemaVersion: ARTICLE_SCHEMA_VERSION }, null, 2)}\n`,
    );
    return { created: true };
  }

  async list(): Promise<LibraryListing> {
    const articles: ArticleSummary[] = [];
    const damaged: DamagedFile[] = [];
    let entries: string[];
    try {
      entries = await fsp.readdir(this.articlesDir);
    } catch (error) {
      throw ioError(`Не вдалося відкрити теку бібліотеки ${this.articlesDir}`, error);
    }
    await Promise.all(
      entries
        .filter((name) => !name.startsWith('.'))
        .map(async (id) => {
          const file = this.articleFilePath(id);
          let text: string;
          try {
            text = await fsp.readFile(file, 'utf8');
          } catch (error) {
            if (isCode(error, 'ENOENT') || isCode(error, 'ENOTDIR')) return;
            damaged.push({ path: file, reason: `файл не вдалося прочитати (${codeOf(error)})` });
            return;
          }
          const parsed = parseArticleFile(text, id);
          if (parsed.ok) articles.push(summarize(parsed.article));
          else damaged.push({ path: file, reason: parsed.reason });
        }),
    );
    articles.sort((a, b) => b.updatedAt.localeCompare(a.updatedAt));
    damaged.sort((a, b) => a.path.localeCompare(b.path));
    return { libraryPath: this.root, articles, damaged };
  }

  async get(id: string): Promise<ArticleFile> {
    const file = this.articleFilePath(id);
    let bytes: Buffer;
    try {
      bytes = await fsp.readFile(file);
    } catch (error) {
      if (isCode(error, 'ENOENT'))
        throw new ApiError('not-found', 'Статтю не знайдено: можливо, її видалено або перенесено.');
      throw ioError(`Не вдалося прочитати ${file}`, error);
    }
    const parsed = parseArticleFile(bytes.toString('utf8'), id);
    if (!parsed.ok) throw new ApiError('damaged-file', `Файл статті пошкоджено: ${file} — ${parsed.reason}.`);
    // Hashes are always of the raw bytes, as the watcher computes them.
    const hash = hashBytes(bytes);
    this.knownHashes.set(id, hash);
    return { article: parsed.article, hash };
  }

  async create(headline = ''): Promise<ArticleFile> {
    const now = this.clock();
    const article = newArticle(newArticleId(now), now.toISOString(), { headline });
    const hash = await this.write(article);
    return { article, hash };
  }

  /**
   * Saves over `baseHash`. If the file on disk is no longer what the edit started from, nothing is
   * written and a conflict is reported, so neither version is lost.
   */
  async save(article: Article, baseHash: string | null): Promise<{ hash: string; savedAt: string }> {
    const file = this.articleFilePath(article.id);
    const current = await readIfExists(file);
    if (current === null && baseHash !== null) {
      throw new ApiError(
        'not-found',
        'Статтю видалено з диска, поки ви її редагували. Створіть нову або відновіть файл.',
      );
    }
    if (current !== null && hashBytes(current) !== baseHash) {
      throw new ApiError(
        'conflict',
        'Статтю змінено поза цим вікном (інша програма чи синхронізація). Ваші зміни не записано поверх.',
      );
    }
    const savedAt = this.clock().toISOString();
    const hash = await this.write({ ...article, updatedAt: savedAt });
    return { hash, savedAt };
  }

  /** True when `hash` is what this process last wrote or read for the article. */
  isOwnVersion(id: string, hash: string | null): boolean {
    return hash !== null && this.knownHashes.get(id) === hash;
  }

  private async write(article: Article): Promise<string> {
    const text = serializeArticle(article);
    const dir = path.dirname(this.articleFilePath(article.id));
    try {
      await fsp.mkdir(dir, { recursive: true });
      await writeFileAtomic(this.articleFilePath(article.id), text);
    } catch (error) {
      throw ioError(`Не вдалося записати статтю в ${dir}`, error);
    }
    const hash = hashBytes(text);
    this.knownHashes.set(article.id, hash);
    return hash;
  }
}

async function exists(file: string): Promise<boolean> {
  return fsp.access(file).then(
    () => true,
    () => false,
  );
}

async function readIfExists(file: string): Promise<Buffer | null> {
  try {
    return await fsp.readFile(file);
  } catch (error) {
    if (isCode(error, 'ENOENT')) return null;
    throw ioError(`Не вдалося прочитати ${file}`, error);
  }
}
