import { describe, expect, it } from 'vitest';
import { PublishError, type FailureOutcome } from '../../../../../electron/services/publishing/publish-target';
import { nodeSiteFileSystem } from '../../../../../electron/services/publishing/static-site/site-file-system';
import { StaticSiteTarget } from '../../../../../electron/services/publishing/static-site/static-site-target';
import { FaultyFileSystem, type FaultCode, type FaultOperation } from '../../../../fixtures/faulty-fs';
import { readServedSite, siteArticle, siteContext } from '../../../../fixtures/static-site';
import { useTempDirs } from '../../../../fixtures/temp-dir';

const tempDir = useTempDirs('shpalta-site-faults-');

interface FaultCase {
  name: string;
  operation: FaultOperation;
  code: FaultCode;
  outcome: FailureOutcome;
  reason: string;
}

/** The faults a site folder really meets, each where it happens, and what the editor is told. */
const FAULTS: FaultCase[] = [
  {
    name: 'disk full mid-write',
    operation: 'handle.writeFile',
    code: 'ENOSPC',
    outcome: 'rejected',
    reason: 'publish.static.diskFull',
  },
  {
    name: 'disk full on fsync',
    operation: 'handle.sync',
    code: 'ENOSPC',
    outcome: 'rejected',
    reason: 'publish.static.diskFull',
  },
  {
    name: 'no permission to make a folder',
    operation: 'mkdir',
    code: 'EACCES',
    outcome: 'rejected',
    reason: 'publish.static.noPermission',
  },
  {
    name: 'a read-only share',
    operation: 'open',
    code: 'EROFS',
    outcome: 'rejected',
    reason: 'publish.static.readOnly',
  },
  {
    name: 'a file held by another program',
    operation: 'rename',
    code: 'EBUSY',
    outcome: 'not-sent',
    reason: 'publish.static.fileBusy',
  },
  { name: 'a share that hiccups', operation: 'open', code: 'EIO', outcome: 'not-sent', reason: 'publish.static.retry' },
];

describe('the static site target when the folder fails', () => {
  for (const fault of FAULTS) {
    it(`${fault.name}: ${fault.outcome}, in the catalogue's words, and the site stays as it was`, async () => {
      const folder = await tempDir();
      const first = siteArticle('a1');
      await new StaticSiteTarget({ folder }).send(siteContext(first));
      const before = await readServedSite(folder);

      const faulty = new FaultyFileSystem();
      const fs = { ...nodeSiteFileSystem, ...faulty.fs };
      const target = new StaticSiteTarget({ folder, fs });
      const injected = faulty.fail(fault.operation, fault.code, { times: 1, when: (p) => p.includes('generations') });
      const error = await target.send(siteContext(siteArticle('a2', {}, 1))).then(
        () => null,
        (caught: unknown) => caught,
      );
      expect(injected.hits).toBe(1);
      expect(error).toBeInstanceOf(PublishError);
      expect((error as PublishError).outcome).toBe(fault.outcome);
      expect((error as PublishError).reason.key).toBe(fault.reason);
      expect(await readServedSite(folder)).toEqual(before);

      // Once the fault is gone, the same send goes through.
      await target.send(siteContext(siteArticle('a2', {}, 1)));
      expect((await readServedSite(folder)).has('stattia-a2/index.html')).toBe(true);
    });
  }

  it('a drive without folder links (FAT, exFAT, some shares): rejected with its own reason, site as it was', async () => {
    const folder = await tempDir();
    await new StaticSiteTarget({ folder }).send(siteContext(siteArticle('c1')));
    const before = await readServedSite(folder);
    const noLinks = Object.assign(new Error('EPERM: operation not permitted, symlink'), { code: 'EPERM' });
    const target = new StaticSiteTarget({
      folder,
      fs: { ...nodeSiteFileSystem, symlink: () => Promise.reject(noLinks) },
    });
    const error = await target.send(siteContext(siteArticle('c2', {}, 1))).catch((caught: unknown) => caught);
    expect(error).toBeInstanceOf(PublishError);
    expect([(error as PublishError).outcome, (error as PublishError).reason.key]).toEqual([
      'rejected',
      'publish.static.noLinks',
    ]);
    expect(await readServedSite(folder)).toEqual(before);
  });

  it('a lookup that cannot read the folder cannot tell: unknown', async () => {
    const folder = await tempDir();
    const faulty = new FaultyFileSystem();
    faulty.fail('stat', 'EIO');
    const target = new StaticSiteTarget({ folder, fs: { ...nodeSiteFileSystem, ...faulty.fs } });
    const error = await target.lookup(siteContext(siteArticle('b1'))).catch((caught: unknown) => caught);
    expect(error).toBeInstanceOf(PublishError);
    expect((error as PublishError).outcome).toBe('unknown');
  });
});
