import { promises as fsp } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { newArticle } from '../../shared/domain/article';
import { docFromParagraphs } from '../../shared/domain/doc';
import { dispatch } from '../../electron/services/api/dispatch';
import { createAppServices } from '../../electron/services/app-services';
import { openConfStore } from '../../electron/services/settings/conf-store';
import { settingsFilePath } from '../../electron/services/settings/paths';
import { SettingsService } from '../../electron/services/settings/settings-service';
import { defaultSettings } from '../../shared/settings/schema';
import type { BenchCase } from '../harness';
import { generateParagraphs } from '../uk-text';

const WORDS = 10_000;
const WARM_UP = 5;
const RUNS = 40;

/**
 * `library.autosave.10k-words`: what one autosave of a 10,000-word article costs the main side, through
 * the same dispatch the hosts use: argument validation, the atomic write (temp file, fsync, rename, fsync
 * of the folder) and the index update. `.write` is the atomic write alone. Real files in a temp folder.
 */
export const autosaveCases: BenchCase[] = [
  {
    id: 'library.autosave.10k-words',
    description: 'автозбереження статті на 10 000 слів (перевірка, атомарний запис, індекс)',
    async run() {
      const root = await fsp.mkdtemp(path.join(os.tmpdir(), 'shpalta-bench-autosave-'));
      const userDataDir = path.join(root, 'user-data');
      const settings = new SettingsService({
        filePath: settingsFilePath(userDataDir),
        defaults: defaultSettings(path.join(root, 'library')),
        openStore: (defaults) => openConfStore(userDataDir, defaults),
      });
      const services = createAppServices({ settings, host: 'browser', version: 'bench', userDataDir });
      try {
        await services.start();
        const created = await services.handlers['article.create']({ headline: 'Довга стаття' });
        const paragraphs = generateParagraphs(WORDS, 2025);
        let article = newArticle(created.article.id, created.article.createdAt, {
          headline: 'Довга стаття',
          body: docFromParagraphs(paragraphs),
        });
        let hash = created.hash;
        const samples: number[] = [];
        const writes: number[] = [];
        for (let run = 0; run < WARM_UP + RUNS; run += 1) {
          // Each save carries a fresh edit, as typing does.
          const edited = [...paragraphs];
          edited[run % edited.length] = `${edited[run % edited.length]} правка${run}`;
          article = { ...article, body: docFromParagraphs(edited) };
          const started = performance.now();
          const result = await dispatch(services.handlers, 'article.save', { article, baseHash: hash });
          const elapsed = performance.now() - started;
          if (!result.ok) throw new Error(`save failed: ${result.error.message}`);
          hash = (result.value as { hash: string }).hash;
          const file = path.join(root, 'library', 'articles', article.id, 'article.json');
          const text = await fsp.readFile(file, 'utf8');
          if (!text.includes(`правка${run}`)) throw new Error('the saved file does not hold the edit');
          if (run >= WARM_UP) samples.push(elapsed);
        }
        // The atomic write alone, on the same file and size.
        const { writeFileAtomic } = await import('../../electron/services/fs/atomic-write');
        const file = path.join(root, 'library', 'articles', article.id, 'article.json');
        const bytes = await fsp.readFile(file);
        for (let run = 0; run < WARM_UP + RUNS; run += 1) {
          const started = performance.now();
          await writeFileAtomic(file, bytes);
          if (run >= WARM_UP) writes.push(performance.now() - started);
        }
        return { samples, related: { 'library.autosave.10k-words.write': writes } };
      } finally {
        services.dispose();
        await fsp.rm(root, { recursive: true, force: true });
      }
    },
  },
];
