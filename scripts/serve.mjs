// `npm run serve`: build when out/ is missing or older than the sources, then start browser mode.
import { spawn, spawnSync } from 'node:child_process';
import { isBuildStale } from './build-freshness.mjs';

if (isBuildStale('out/web/serve.mjs')) {
  const build = spawnSync(process.execPath, ['scripts/build.mjs'], { stdio: 'inherit' });
  if (build.status !== 0) process.exit(build.status ?? 1);
}
const server = spawn(process.execPath, ['out/web/serve.mjs', ...process.argv.slice(2)], { stdio: 'inherit' });
for (const signal of ['SIGINT', 'SIGTERM']) process.on(signal, () => server.kill(signal));
server.on('exit', (code) => process.exit(code ?? 0));
