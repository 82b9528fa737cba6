// `npm test`: typecheck, lint, import boundaries and cycles, unit and integration tests (vitest), the production
// build, and the end-to-end tests in real Chromium (Playwright). Ends with one plain summary line for every runner.
import { spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, readFileSync, rmSync } from 'node:fs';
import { ensureChromium } from './chromium.mjs';
import { ensureGitHttpBackend } from './git-server-tools.mjs';
import { ensureExiftool } from './photo-tools.mjs';
import { ensureWordPressTools, wordpressRequired, WORDPRESS_TESTS_LEFT_OUT } from './wordpress-tools.mjs';

const VITEST_JSON = '.cache/vitest.json';
const PLAYWRIGHT_JSON = '.cache/playwright.json';
mkdirSync('.cache', { recursive: true });
rmSync(VITEST_JSON, { force: true });
rmSync(PLAYWRIGHT_JSON, { force: true });

const steps = [
  ['typecheck', 'npx', ['tsc', '-b']],
  ['lint', 'npx', ['eslint', '.', '--max-warnings=0']],
  ['boundaries', 'npm', ['run', '--silent', 'boundaries']],
  ['format', 'npx', ['prettier', '--check', '.', '--log-level=warn']],
  ['electronegativity', 'node', ['scripts/electronegativity.mjs']],
  ['unit', 'npx', ['vitest', 'run', '--reporter=default', '--reporter=json', `--outputFile.json=${VITEST_JSON}`]],
  ['build', 'node', ['scripts/build.mjs']],
  ['e2e', 'npx', ['playwright', 'test']],
];

const timings = [];
let failedStep = null;
// The browser first: a machine without one learns so in seconds, not after minutes of unit tests.
console.log('\n▶ browser: Chromium for the end-to-end tests');
const browserStarted = Date.now();
const chromium = ensureChromium();
timings.push(`browser ${((Date.now() - browserStarted) / 1000).toFixed(1)} s`);
if (chromium) {
  console.log(chromium);
  process.env.CHROMIUM_PATH = chromium; // what playwright.config.ts reads
} else {
  failedStep = 'browser';
}
// Then Git's server side: the newsroom tests run a loopback server around `git http-backend`.
if (!failedStep) {
  console.log('\n▶ git server: git http-backend for the newsroom tests');
  const gitStarted = Date.now();
  const backend = ensureGitHttpBackend();
  timings.push(`git server ${((Date.now() - gitStarted) / 1000).toFixed(1)} s`);
  if (backend) console.log(backend);
  else failedStep = 'git server';
}
// Then WordPress, PHP and MariaDB: the publishing tests run a real WordPress on loopback. Required wherever it can
// be installed (root with apt, as the CI); only a machine that cannot have it leaves those tests out, and says so.
if (!failedStep) {
  console.log('\n▶ wordpress: WordPress, PHP and MariaDB for the publishing tests');
  const wordpressStarted = Date.now();
  const tools = ensureWordPressTools();
  timings.push(`wordpress ${((Date.now() - wordpressStarted) / 1000).toFixed(1)} s`);
  if (tools) console.log(`${tools.wordpress}, ${tools.php}, ${tools.mariadbd}`);
  else if (wordpressRequired()) failedStep = 'wordpress';
  else {
    console.log(WORDPRESS_TESTS_LEFT_OUT);
    process.env.SHPALTA_NO_WORDPRESS = '1'; // read by vitest.config.ts and playwright.config.ts
  }
}
// ExifTool for the photo-metadata checks: wanted, not required (those checks are skipped without it).
if (!failedStep) {
  console.log('\n▶ photo tools: ExifTool for the photo-metadata tests');
  const photoStarted = Date.now();
  ensureExiftool();
  timings.push(`photo tools ${((Date.now() - photoStarted) / 1000).toFixed(1)} s`);
}
for (const [name, command, args] of failedStep ? [] : steps) {
  console.log(`\n▶ ${name}: ${command} ${args.join(' ')}`);
  const started = Date.now();
  const result = spawnSync(command, args, { stdio: 'inherit', shell: process.platform === 'win32' });
  timings.push(`${name} ${((Date.now() - started) / 1000).toFixed(1)} s`);
  if (result.status !== 0) {
    failedStep = name;
    break;
  }
}

const counts = { passed: 0, failed: 0, skipped: 0 };
if (existsSync(VITEST_JSON)) {
  const report = JSON.parse(readFileSync(VITEST_JSON, 'utf8'));
  counts.passed += report.numPassedTests ?? 0;
  counts.failed += report.numFailedTests ?? 0;
  counts.skipped += (report.numPendingTests ?? 0) + (report.numTodoTests ?? 0);
}
/** Skipped end-to-end tests with the reason each gives, so a skip is never silent. */
function skippedWithReasons(suites, trail = []) {
  const found = [];
  for (const suite of suites ?? []) {
    const names = suite.title && !suite.title.endsWith('.ts') ? [...trail, suite.title] : trail;
    for (const spec of suite.specs ?? []) {
      for (const run of spec.tests ?? []) {
        if (run.status !== 'skipped') continue;
        const reason = (run.annotations ?? []).find((a) => a.type === 'skip')?.description ?? 'no reason given';
        found.push(`[${run.projectName}] ${[...names, spec.title].join(' › ')}: ${reason}`);
      }
    }
    found.push(...skippedWithReasons(suite.suites, names));
  }
  return found;
}

if (existsSync(PLAYWRIGHT_JSON)) {
  const report = JSON.parse(readFileSync(PLAYWRIGHT_JSON, 'utf8'));
  const { stats } = report;
  for (const line of skippedWithReasons(report.suites)) console.log(`Skipped ${line}`);
  counts.passed += (stats?.expected ?? 0) + (stats?.flaky ?? 0);
  counts.failed += stats?.unexpected ?? 0;
  counts.skipped += stats?.skipped ?? 0;
}

console.log(`\nSteps: ${timings.join(', ')}`);
if (failedStep) console.log(`Step failed: ${failedStep}`);
if (failedStep && counts.failed === 0) counts.failed = 1; // a failed typecheck or lint counts as a failure too
console.log(`tests: ${counts.passed} passed, ${counts.failed} failed, ${counts.skipped} skipped`);
process.exit(failedStep ? 1 : 0);
