import os from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { autosaveCases } from './cases/autosave';
import { versionCases } from './cases/versions';
import { EXPORT_METHOD, exportCases } from './cases/export-pages';
import { findCases } from './cases/find';
import { keystrokeCases } from './cases/keystroke';
import { RELATED_METHOD, relatedCases } from './cases/library-related';
import { LIBRARY_METHOD, libraryCases } from './cases/library-search';
import { MACHINE_AT_TYPING_PACE, MACHINE_WORK, machineCases } from './cases/machine';
import { NEWSROOM_METHOD, newsroomCases } from './cases/newsroom';
import { openCases } from './cases/open';
import { previewCases } from './cases/preview';
import { PUBLISH_WORDPRESS_METHOD, publishWordPressCases } from './cases/publish-wordpress';
import { renderPageCases } from './cases/render-page';
import { revisionsCompareCases } from './cases/revisions-compare';
import { STARTUP_LOADS, startupCases } from './cases/startup';
import { chromiumAvailable, chromiumPath } from './chromium';
import { BenchContext } from './context';
import { runCases, selectCases, type BenchCase } from './harness';
import { formatTable, writeResults } from './report';
import { PACING, TYPING_DEFAULTS } from './typing';

/** `npm run bench -- [prefix…]`: runs the cases whose id starts with a prefix (all without one). */
const CASES: BenchCase[] = [
  ...machineCases,
  ...startupCases,
  ...openCases,
  ...keystrokeCases,
  ...findCases,
  ...previewCases,
  ...libraryCases,
  ...relatedCases,
  ...autosaveCases,
  ...versionCases,
  ...renderPageCases,
  ...revisionsCompareCases,
  ...newsroomCases,
  ...exportCases,
  ...publishWordPressCases,
];

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');

async function main(): Promise<number> {
  const args = process.argv.slice(2);
  if (args.includes('--help') || args.includes('-h')) {
    console.log(
      `Використання: npm run bench -- [префікс…]\nВипадки (<id>.handler вимірюється разом зі своїм):\n` +
        CASES.map((c) => `  ${c.id} — ${c.description}`).join('\n'),
    );
    return 0;
  }
  const selected = selectCases(CASES, args);
  if (selected.length === 0) {
    console.error(`Жоден випадок не починається з ${args.join(', ')}. Є:\n${CASES.map((c) => `  ${c.id}`).join('\n')}`);
    return 2;
  }
  if (!chromiumAvailable()) {
    console.error(
      `Chromium не знайдено: ${chromiumPath()}. Встановіть його (apt-get install chromium) або вкажіть CHROMIUM_PATH.`,
    );
    return 1;
  }

  const started = Date.now();
  const ctx = new BenchContext(root);
  const stop = () => {
    if (ctx.interrupted) return;
    ctx.interrupted = true;
    console.error('\nЗупиняю бенчмарк…');
    void ctx.dispose().finally(() => process.exit(130));
  };
  process.on('SIGINT', stop);
  process.on('SIGTERM', stop);
  const { results, failures, browserVersion } = await runCases(selected, ctx)
    .then(async (outcome) => ({ ...outcome, browserVersion: ctx.interrupted ? '' : (await ctx.browser()).version() }))
    .finally(() => ctx.dispose());
  if (ctx.interrupted) return 130;
  const seconds = (Date.now() - started) / 1000;
  const file = await writeResults(path.join(root, 'bench/results'), results, {
    date: new Date().toISOString(),
    durationSeconds: Math.round(seconds),
    cases: selected.map((c) => ({ id: c.id, description: c.description })),
    failures,
    method: {
      startup: { ...STARTUP_LOADS, note: 'fresh browser context per load; times from navigation start' },
      keystroke: {
        ...TYPING_DEFAULTS,
        ...PACING,
        note:
          'real Ukrainian-layout keystrokes via CDP at the end of the middle paragraph; t0 = keydown timeStamp; ' +
          '<id>: to a MessageChannel message posted from keypress/input (runs after the rendering update Chrome ' +
          'gives priority after input); <id>.handler: to the end of the keystroke task (3 microtasks after input); ' +
          'autosave and counters stay on',
      },
      library: LIBRARY_METHOD,
      related: RELATED_METHOD,
      newsroom: NEWSROOM_METHOD,
      export: EXPORT_METHOD,
      publishWordPress: PUBLISH_WORDPRESS_METHOD,
      machine: {
        ...MACHINE_WORK,
        typingPace: { ...MACHINE_AT_TYPING_PACE, note: 'the same arithmetic, paced as the keystroke cases type' },
        note: 'fixed integer arithmetic in Node, calibrated to targetMs at start; restMs sleep between pieces',
      },
    },
    node: process.version,
    chromium: browserVersion,
    platform: `${os.type()} ${os.release()} ${os.arch()}`,
    cpus: os.cpus().length,
    cpuModel: os.cpus()[0]?.model ?? '',
    memoryGiB: Math.round(os.totalmem() / 2 ** 30),
  });
  console.log(
    `\n${formatTable(results, failures)}\n\nЗаписано ${path.relative(root, file)} за ${seconds.toFixed(0)} с`,
  );
  return failures.length > 0 ? 1 : 0;
}

main().then(
  (code) => process.exit(code),
  (error: unknown) => {
    console.error('Бенчмарк не вдався:', error instanceof Error ? error.message : error);
    process.exit(1);
  },
);
