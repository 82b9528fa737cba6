// `npm start`: builds when the sources are newer than out/, then runs the app in Electron.
// Never loads the `electron` package itself (it would try to download the binary).
import { spawn, spawnSync } from 'node:child_process';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { isBuildStale } from './build-freshness.mjs';
import { findElectronBinary } from './electron-binary.mjs';

const root = fileURLToPath(new URL('..', import.meta.url));
const BUILD_OUTPUTS = ['out/main/index.js', 'out/preload/index.cjs', 'out/renderer/index.html'];
// build-freshness.mjs names its sources relative to the repository root.
process.chdir(root);

const binary = findElectronBinary();
if (binary) {
  run(binary);
} else {
  // exitCode rather than exit(): the message must be flushed first, also to a pipe on Windows.
  process.exitCode = 1;
  console.error(
    [
      'Шпальта: на цьому комп’ютері не встановлено виконуваний файл Electron',
      '(залежності, мабуть, встановлено з ELECTRON_SKIP_BINARY_DOWNLOAD=1).',
      'Ту саму програму можна відкрити в браузері: npm run serve',
      'The Electron binary is not installed on this machine; run `npm run serve` to open the app in a browser.',
    ].join('\n'),
  );
}

function run(binary) {
  if (needsBuild()) {
    console.log('Збираю програму (node scripts/build.mjs)…');
    const build = spawnSync(process.execPath, [path.join(root, 'scripts', 'build.mjs')], {
      cwd: root,
      stdio: 'inherit',
    });
    if (build.status !== 0) {
      process.exitCode = build.status ?? 1;
      return;
    }
  }

  const env = { ...process.env };
  // Set by some tools for their own Electron; with it the binary would run as plain Node.
  delete env.ELECTRON_RUN_AS_NODE;
  const child = spawn(binary, [root, ...process.argv.slice(2)], {
    cwd: root,
    stdio: 'inherit',
    env,
    windowsHide: false,
  });
  for (const signal of ['SIGINT', 'SIGTERM']) {
    process.on(signal, () => {
      if (child.exitCode === null) child.kill(signal);
    });
  }
  child.on('error', (error) => {
    console.error(`Не вдалося запустити Electron (${binary}): ${error.message}`);
    process.exitCode = 1;
  });
  child.on('exit', (code, signal) => {
    if (signal) console.error(`Electron завершився через сигнал ${signal}.`);
    process.exitCode = code ?? 1;
  });
}

function needsBuild() {
  return BUILD_OUTPUTS.some((output) => isBuildStale(output));
}
