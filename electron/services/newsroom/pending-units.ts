import { appendFile, readFile } from 'node:fs/promises';
import { writeFileAtomic } from '../fs/atomic-write';
import { isCode } from '../fs/io-error';

/**
 * The library's units changed on this computer and not yet taken into the newsroom history, one per line in a
 * file beside the repository: a save that was written but not yet committed when the app was killed is
 * committed on the next start. Appends are cheap and never on the typing path (a save has already replied).
 */
export class PendingUnits {
  private lines: string[] | null = null;
  private queue: Promise<unknown> = Promise.resolve();

  constructor(private readonly file: string) {}

  touch(unit: string): Promise<void> {
    return this.turn(async () => {
      const lines = await this.load();
      if (lines.at(-1) === unit) return;
      lines.push(unit);
      await appendFile(this.file, `${unit}\n`);
    });
  }

  /** What is pending now, and how many lines that was: `forget(count)` drops exactly those, not later ones. */
  snapshot(): Promise<{ units: string[]; count: number }> {
    return this.turn(async () => {
      const lines = await this.load();
      return { units: [...new Set(lines)], count: lines.length };
    });
  }

  forget(count: number): Promise<void> {
    return this.turn(async () => {
      const lines = await this.load();
      lines.splice(0, count);
      await writeFileAtomic(this.file, lines.map((line) => `${line}\n`).join(''));
    });
  }

  private async load(): Promise<string[]> {
    if (this.lines) return this.lines;
    const text = await readFile(this.file, 'utf8').catch((error: unknown) => {
      if (isCode(error, 'ENOENT')) return '';
      throw error;
    });
    this.lines = text
      .split('\n')
      .filter((line) => /^(articles|trash)\/[a-z0-9][a-z0-9-]{0,63}$|^outlet(\.json)?$/.test(line));
    return this.lines;
  }

  private turn<T>(work: () => Promise<T>): Promise<T> {
    const next = this.queue.then(work);
    this.queue = next.catch(() => undefined);
    return next;
  }
}
