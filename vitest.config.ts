import react from '@vitejs/plugin-react';
import { defineConfig } from 'vitest/config';
import { WORDPRESS_TEST_FILES } from './scripts/wordpress-tools.mjs';

/** Left out only where Debian's WordPress cannot be had (scripts/test.mjs sets it, and says so). */
const NO_WORDPRESS = process.env.SHPALTA_NO_WORDPRESS === '1' ? WORDPRESS_TEST_FILES : [];

/**
 * The many-process stress tests (200 SIGKILLs, 1,000 racing save pairs): their own project, so that
 * `npx vitest run --project stress` runs them alone and `--project node` leaves them out. Their size is
 * decided in the tests (test/fixtures/stress-scale.ts): in full under CI, a fifth on a developer's machine.
 */
const STRESS_TESTS = [
  'test/electron/services/library/crash/crash-safety.test.ts',
  'test/electron/services/library/concurrent-saves.test.ts',
  'test/electron/services/versions/version-kill.test.ts',
];

/**
 * One project per side: plain Node for shared/ and electron/, jsdom for renderer components; and the stress tests.
 * The test files of a worker share one module graph and one jsdom (`isolate: false`): a fresh jsdom and a fresh
 * import of TipTap per file cost four of the unit step's seven minutes. So a test restores what it changes:
 * globals through `vi.stubGlobal` (undone before every test), mocks by `vi.restoreAllMocks`, the document by the
 * setup file's cleanup, and no helper keeps state that a later file could see (the uk checker is loaded anew).
 */
const SHARED_WORKER = { isolate: false, unstubGlobals: true } as const;

/**
 * Tests that load a library which patches the built-ins (structured-data-testing-tool brings babel-polyfill and
 * core-js 2, which replace String and RegExp methods): each runs in a process of its own, or every file after
 * it in a shared worker would run against the patched built-ins (the stemmer's tests failed so).
 */
const OWN_PROCESS_TESTS = ['test/shared/site/page-head.test.ts'];

export default defineConfig({
  test: {
    reporters: ['default'],
    projects: [
      {
        test: {
          ...SHARED_WORKER,
          name: 'node',
          environment: 'node',
          include: [
            'test/shared/**/*.test.ts',
            'test/electron/**/*.test.ts',
            'test/scripts/**/*.test.ts',
            'test/build/**/*.test.ts',
            'test/github/**/*.test.ts',
            'test/bench/**/*.test.ts',
            'test/server/**/*.test.ts',
          ],
          exclude: [...STRESS_TESTS, ...OWN_PROCESS_TESTS, ...NO_WORDPRESS],
        },
        define: { __APP_VERSION__: JSON.stringify('0.0.0-test') },
      },
      {
        test: {
          name: 'own-process',
          environment: 'node',
          include: OWN_PROCESS_TESTS,
        },
        define: { __APP_VERSION__: JSON.stringify('0.0.0-test') },
      },
      {
        test: {
          name: 'stress',
          environment: 'node',
          include: STRESS_TESTS,
        },
        define: { __APP_VERSION__: JSON.stringify('0.0.0-test') },
      },
      {
        plugins: [react()],
        test: {
          ...SHARED_WORKER,
          name: 'renderer',
          environment: 'jsdom',
          include: ['test/renderer/**/*.test.{ts,tsx}'],
          setupFiles: ['test/renderer/setup.ts'],
        },
      },
    ],
  },
});
