import { spawnSync } from 'node:child_process';
import { createHash } from 'node:crypto';
import { existsSync } from 'node:fs';
import { readdir, readFile, utimes, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import type { SendContext } from '../../../../../electron/services/publishing/publish-target';
import { StaticSiteTarget } from '../../../../../electron/services/publishing/static-site/static-site-target';
import { CrashingSiteFs } from '../../../../fixtures/crashing-site-fs';
import { wholeSiteProblems } from '../../../../fixtures/site-checks';
import { startSiteReader } from '../../../../fixtures/site-reader';
import { readServedSite, siteArticle, siteContext, SITE_OUTLET } from '../../../../fixtures/static-site';
import { useTempDirs } from '../../../../fixtures/temp-dir';

const tempDir = useTempDirs('shpalta-site-crash-');
const BASE = SITE_OUTLET.siteUrl;

/** The served site as content hashes by path: two equal snapshots are the same site, byte for byte. */
async function snapshot(folder: string): Promise<Record<string, string>> {
  const files = await readServedSite(folder);
  return Object.fromEntries(
    [...files].map(([file, bytes]) => [file, createHash('sha256').update(bytes).digest('hex')] as const).sort(),
  );
}

/**
 * What a crash leaves of the folder's lock, as it looks to the next process: a lock naming a pid that is gone
 * (here the "crashed" publisher was this very process), or, killed between creating and naming it, an empty
 * lock that fs/file-lock takes over after a few seconds; the test ages it rather than waiting.
 */
async function lockOfDeadProcess(folder: string): Promise<void> {
  const lock = path.join(folder, '.shpalta-site', 'lock');
  if (!existsSync(lock)) return;
  const raw = await readFile(lock, 'utf8');
  if (raw === '') {
    const past = new Date(Date.now() - 60_000);
    await utimes(lock, past, past);
    return;
  }
  const holder = JSON.parse(raw) as { pid: number };
  holder.pid = spawnSync(process.execPath, ['-e', '']).pid ?? 0x7ffffffe;
  await writeFile(lock, JSON.stringify(holder));
}

/** A site of two articles, and the publish the crashes cut: one article corrected, one new. */
async function siteBeforeCrash(folder: string): Promise<SendContext[]> {
  const target = new StaticSiteTarget({ folder });
  const first = siteArticle('a1');
  await target.sendMany([siteContext(first), siteContext(siteArticle('a2', { rubric: 'Політика' }, 1))]);
  return [
    siteContext({ ...first, article: { ...first.article, headline: 'Виправлено' } }, { jobId: 'correction' }),
    siteContext(siteArticle('a3', {}, 2), { jobId: 'new' }),
  ];
}

describe('a crash while the site is written', () => {
  it('at every step leaves the served site whole; the next publish tidies up after it', async () => {
    const countSteps = async (): Promise<number> => {
      const counting = new CrashingSiteFs();
      const folder = await tempDir();
      await new StaticSiteTarget({ folder, fs: counting.fs }).sendMany(await siteBeforeCrash(folder));
      return counting.steps;
    };
    const steps = await countSteps();
    expect(steps).toBeGreaterThan(30);
    // However its writes interleave, a publish makes the same calls: otherwise a crash step could be missed.
    expect(await countSteps()).toBe(steps);

    let crashedBeforeSwitch = 0;
    for (let crashAt = 1; crashAt <= steps; crashAt += 1) {
      const folder = await tempDir();
      const jobs = await siteBeforeCrash(folder);
      const before = await snapshot(folder);
      const crash = new CrashingSiteFs(crashAt);
      let failure: unknown = null;
      const outcome = await new StaticSiteTarget({ folder, fs: crash.fs }).sendMany(jobs).then(
        () => 'sent' as const,
        (error: unknown) => {
          failure = error;
          return 'failed' as const;
        },
      );
      expect(crash.dead, `step ${crashAt} of ${steps}: made ${crash.steps}, ${String(failure)}`).toBe(true);

      // What a reader finds now: the old site exactly, or (a crash after the switch) the new one, whole.
      const files = await readServedSite(folder);
      expect(wholeSiteProblems(files, BASE), `step ${crashAt}`).toEqual([]);
      const after = new StaticSiteTarget({ folder });
      const landed = await after.lookup(jobs[0] as SendContext);
      if (outcome === 'failed' && landed === null) {
        crashedBeforeSwitch += 1;
        expect(await snapshot(folder), `step ${crashAt}`).toEqual(before);
      } else {
        expect(landed?.url, `step ${crashAt}`).toBe('https://example.com.ua/stattia-a1/');
        expect(files.get('stattia-a1/index.html')?.toString()).toContain('Виправлено');
      }

      // The next publish (a new process) goes through and leaves nothing of the crash behind.
      await lockOfDeadProcess(folder);
      await after.sendMany(jobs);
      expect(await after.lookup(jobs[1] as SendContext), `step ${crashAt}`).not.toBeNull();
      expect((await readdir(folder)).sort(), `step ${crashAt}`).toEqual(['.shpalta-site', 'site']);
      expect((await readdir(path.join(folder, '.shpalta-site'))).sort(), `step ${crashAt}`).toEqual(['generations']);
      // The served generation and the one before it (readers may still be in it); nothing half-built.
      const generations = await readdir(path.join(folder, '.shpalta-site', 'generations'));
      expect(generations.length, `step ${crashAt}: ${generations.join(', ')}`).toBeLessThanOrEqual(3);
      for (const generation of generations) {
        expect(existsSync(path.join(folder, '.shpalta-site', 'generations', generation, 'manifest.json'))).toBe(true);
      }
    }
    // Nearly every step is before the switch: the one rename is the last thing a publish must do.
    expect(crashedBeforeSwitch).toBeGreaterThan(steps * 0.8);
  }, 120_000);
});

describe('a reader of the folder while publishes go on', () => {
  it('sees only whole generations', async () => {
    const folder = await tempDir();
    const target = new StaticSiteTarget({ folder });
    const articles = Array.from({ length: 6 }, (_, i) =>
      siteArticle(`r${i}`, { rubric: i % 2 ? 'Політика' : 'Економіка' }, i),
    );
    await target.sendMany(articles.map((one) => siteContext(one)));

    const problems: string[] = [];
    let checked = 0;
    const reader = startSiteReader(
      folder,
      (files) => {
        checked += 1;
        problems.push(...wholeSiteProblems(files, BASE));
      },
      (error) => problems.push(error),
    );
    for (let round = 0; round < 24; round += 1) {
      const one = articles[round % articles.length];
      if (!one) continue;
      if (round % 7 === 3) {
        await target.withdraw(siteContext(one, { jobId: `withdraw-${round}` }));
        continue;
      }
      const article = {
        ...one.article,
        headline: `Версія ${round}: ${one.article.headline}`,
        slug: `${one.article.slug}-${round % 3}`,
      };
      await target.send(siteContext({ ...one, article }, { jobId: `round-${round}` }));
    }
    const reads = await reader.stop();
    expect(problems).toEqual([]);
    expect(reads).toBeGreaterThan(3);
    expect(checked).toBe(reads);
  }, 60_000);
});
