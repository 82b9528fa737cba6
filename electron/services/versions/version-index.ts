import { promises as fsp } from 'node:fs';
import path from 'node:path';
import { VersionEntrySchema } from '../../../shared/domain/versions';
import { z } from '../../../shared/validation/zod';
import { writeFileAtomic } from '../fs/atomic-write';
import { isCode } from '../fs/io-error';

/** One line of an article's index: its list entry, and the oid of the article's tree at that version. */
const IndexLineSchema = VersionEntrySchema.extend({ tree: z.string().optional() });
export type IndexLine = z.infer<typeof IndexLineSchema>;

/**
 * Per article, the versions the repository holds for it: listing them then reads one small file instead
 * of every commit of the library (10,000 commits read one by one take seconds). A cache of the commits'
 * own trailers: `HEAD` names the last commit whose versions are all in it, and what lies after that commit
 * is read from the repository again (see VersionStore.catchUp), so a process killed between the commit and
 * the index loses nothing. Each line is preceded by a new line: a line torn by a kill stands alone and is
 * skipped, never glued to the next one.
 */
export class VersionIndex {
  constructor(private readonly dir: string) {}

  private fileOf(id: string): string {
    return path.join(this.dir, `${id}.jsonl`);
  }

  async entries(id: string): Promise<IndexLine[]> {
    let text: string;
    try {
      text = await fsp.readFile(this.fileOf(id), 'utf8');
    } catch (error) {
      if (isCode(error, 'ENOENT')) return [];
      throw error;
    }
    const seen = new Set<string>();
    const lines: IndexLine[] = [];
    for (const line of text.split('\n')) {
      const parsed = line.trim() === '' ? null : parseLine(line);
      if (!parsed || seen.has(parsed.version)) continue;
      seen.add(parsed.version);
      lines.push(parsed);
    }
    return lines;
  }

  async append(id: string, line: IndexLine): Promise<void> {
    await fsp.mkdir(this.dir, { recursive: true });
    await fsp.appendFile(this.fileOf(id), `\n${JSON.stringify(line)}\n`);
  }

  async indexedHead(): Promise<string | null> {
    const text = await fsp.readFile(path.join(this.dir, 'HEAD'), 'utf8').catch(() => '');
    return /^[0-9a-f]{40}$/.test(text.trim()) ? text.trim() : null;
  }

  async setIndexedHead(oid: string): Promise<void> {
    await fsp.mkdir(this.dir, { recursive: true });
    await writeFileAtomic(path.join(this.dir, 'HEAD'), `${oid}\n`);
  }
}

function parseLine(line: string): IndexLine | null {
  try {
    const parsed = IndexLineSchema.safeParse(JSON.parse(line));
    return parsed.success ? parsed.data : null;
  } catch {
    return null;
  }
}
