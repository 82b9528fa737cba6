// `npm run bench -- [prefix…]`: the performance benchmarks of bench/ in the system Chromium (DESIGN.md §7).
// Nothing here downloads a browser or loads the `electron` package.
import { spawn } from 'node:child_process';
import { createRequire } from 'node:module';
import { ensureChromium } from './chromium.mjs';
import { ensureGitHttpBackend } from './git-server-tools.mjs';
import { ensureWordPressTools } from './wordpress-tools.mjs';

const root = new URL('..', import.meta.url).pathname;
const chromium = ensureChromium();
if (!chromium) process.exit(1);
process.env.CHROMIUM_PATH = chromium;
// The sync benchmarks run against a loopback newsroom server around `git http-backend`.
if (!ensureGitHttpBackend()) process.exit(1);
// The publishing benchmark runs against a real WordPress on loopback.
if (!ensureWordPressTools()) process.exit(1);

const tsx = createRequire(import.meta.url).resolve('tsx/cli');
const child = spawn(process.execPath, [tsx, 'bench/run.ts', ...process.argv.slice(2)], { cwd: root, stdio: 'inherit' });
// Ctrl+C reaches the child too; it closes the browser and servers before exiting, so wait for it.
for (const signal of ['SIGINT', 'SIGTERM']) process.on(signal, () => child.kill(signal));
child.on('exit', (code, signal) => process.exit(code ?? (signal ? 1 : 0)));
