import type { VersionStore } from './version-store';

/** How often at most a version is kept while an article is being edited. */
export const VERSION_INTERVAL_MS = 10 * 60_000;

/**
 * After a save, keeps a version when the article's last one is older than the interval and the article
 * changed since. Autosave runs apart from typing, so this is never on the typing path; one check at a time
 * per article: saves that arrive meanwhile are covered by the check already under way. A failure is
 * reported and never fails the save.
 */
export class IntervalVersions {
  private readonly pending = new Set<string>();

  constructor(
    private readonly versions: () => VersionStore | null,
    private readonly clock: () => Date = () => new Date(),
    private readonly onError: (error: unknown) => void = () => undefined,
  ) {}

  afterSave(id: string): Promise<void> {
    if (this.pending.has(id)) return Promise.resolve();
    this.pending.add(id);
    return this.check(id)
      .catch(this.onError)
      .finally(() => this.pending.delete(id));
  }

  private async check(id: string): Promise<void> {
    const versions = this.versions();
    if (!versions) return;
    const last = await versions.latest(id);
    if (last && this.clock().getTime() - Date.parse(last.at) < VERSION_INTERVAL_MS) return;
    await versions.commitArticle(id, { reason: 'interval', onlyIfChanged: true });
  }
}
