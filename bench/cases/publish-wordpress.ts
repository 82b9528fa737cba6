import { promises as fsp } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { WordPressTarget } from '../../electron/services/publishing/wordpress/wordpress-target';
import { FileSecretStore } from '../../electron/services/secrets/secret-store';
import { sendContext, wordpressArticle } from '../../test/fixtures/wordpress-article';
import { startWordPress } from '../../test/fixtures/wordpress-server';
import type { BenchCase } from '../harness';

export const PUBLISH_WORDPRESS_METHOD = {
  warmUp: 2,
  runs: 20,
  images: 3,
  imagePixels: '640 × 480',
  note:
    "Debian's WordPress 6.1 under `php -S` (4 workers, OPcache) over MariaDB on 127.0.0.1 " +
    '(test/fixtures/wordpress-server.ts); WordPressTarget.send as an editor, a fresh article each run ' +
    '(new pictures, rubric and three tags already on the site after the warm-up): from the call to its record',
};

export const publishWordPressCases: BenchCase[] = [
  {
    id: 'publish.wordpress.one',
    description: 'одна стаття з трьома зображеннями на локальний WordPress (WordPressTarget.send до запису)',
    async run() {
      const { warmUp, runs, images } = PUBLISH_WORDPRESS_METHOD;
      const wp = await startWordPress();
      const secretsDir = await fsp.mkdtemp(path.join(os.tmpdir(), 'shpalta-bench-wordpress-'));
      try {
        const secrets = new FileSecretStore(secretsDir, null);
        await secrets.set('bench', wp.people.olena.appPassword);
        const target = new WordPressTarget({ siteUrl: wp.url, login: 'olena', passwordSecret: 'bench' }, secrets);
        const samples: number[] = [];
        for (let run = 0; run < warmUp + runs; run += 1) {
          // Photo-sized pictures of noise: WordPress decodes each and makes its smaller sizes, as for a photo.
          const item = wordpressArticle({ id: `bench-${run + 1}`, seed: 1000 + run, images, photoSized: true });
          const context = sendContext(item, { jobId: `bench-job-${run + 1}` });
          const started = performance.now();
          const record = await target.send(context);
          const elapsed = performance.now() - started;
          if (!record.id) throw new Error('no post id');
          if (run >= warmUp) samples.push(elapsed);
        }
        return { samples };
      } finally {
        await wp.close();
        await fsp.rm(secretsDir, { recursive: true, force: true });
      }
    },
  },
];
