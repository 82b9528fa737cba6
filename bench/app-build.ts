import { promises as fsp } from 'node:fs';
import path from 'node:path';
import { run } from './processes';

/** What the production build is made from; a newer file here means out/ is stale. */
const SOURCES = ['renderer', 'shared', 'electron', 'vite.config.ts', 'scripts/build.mjs', 'package.json'];
const OUTPUTS = ['out/web/serve.mjs', 'out/renderer/index.html'];

async function newestMtime(target: string): Promise<number> {
  let stat;
  try {
    stat = await fsp.stat(target);
  } catch {
    return 0;
  }
  if (!stat.isDirectory()) return stat.mtimeMs;
  const entries = await fsp.readdir(target, { withFileTypes: true });
  const times = await Promise.all(
    entries.filter((entry) => entry.name !== 'node_modules').map((entry) => newestMtime(path.join(target, entry.name))),
  );
  return Math.max(stat.mtimeMs, ...times);
}

/** Why out/ must be rebuilt, or null when it is newer than every source. */
export async function staleReason(root: string): Promise<string | null> {
  let oldestOutput = Infinity;
  for (const output of OUTPUTS) {
    const mtime = await fsp.stat(path.join(root, output)).then(
      (stat) => stat.mtimeMs,
      () => null,
    );
    if (mtime === null) return `немає ${output}`;
    oldestOutput = Math.min(oldestOutput, mtime);
  }
  const newestSource = Math.max(...(await Promise.all(SOURCES.map((source) => newestMtime(path.join(root, source))))));
  return newestSource > oldestOutput ? 'джерела новіші за out/' : null;
}

/** Runs `node scripts/build.mjs` when out/ is missing or stale. */
export async function ensureAppBuild(root: string): Promise<void> {
  const reason = await staleReason(root);
  if (reason === null) return;
  console.log(`Збираю застосунок (${reason}): node scripts/build.mjs`);
  try {
    await run(process.execPath, ['scripts/build.mjs'], root);
  } catch (error) {
    throw new Error(`Не вдалося зібрати застосунок (node scripts/build.mjs): ${(error as Error).message}`, {
      cause: error,
    });
  }
}
