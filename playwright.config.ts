import { defineConfig } from '@playwright/test';
import { CHROMIUM_ARGS, chromiumPath } from './test/support/chromium';
import { WORDPRESS_E2E_SPECS } from './scripts/wordpress-tools.mjs';

export default defineConfig({
  // Bounds against a hang, not waits: generous, so a machine busy with other work still passes.
  timeout: 60_000,
  expect: { timeout: 15_000 },
  fullyParallel: false,
  workers: 1,
  retries: 0,
  forbidOnly: !!process.env.CI,
  reporter: [['list'], ['json', { outputFile: '.cache/playwright.json' }]],
  outputDir: 'test-results',
  projects: [
    {
      name: 'browser',
      testDir: 'test/e2e',
      // Only where Debian's WordPress cannot be had (scripts/test.mjs sets it, and says so).
      testIgnore: process.env.SHPALTA_NO_WORDPRESS === '1' ? [...WORDPRESS_E2E_SPECS] : [],
      use: {
        browserName: 'chromium',
        locale: 'uk-UA',
        timezoneId: 'Europe/Kyiv',
        viewport: { width: 1400, height: 860 },
        launchOptions: {
          executablePath: chromiumPath(),
          args: CHROMIUM_ARGS,
        },
        trace: 'retain-on-failure',
      },
    },
    {
      name: 'electron',
      testDir: 'test/e2e-electron',
      testIgnore: ['packaged.spec.ts'],
    },
    // The installed app from an installer (SHPALTA_PACKAGED_APP): only the release workflow has one.
    {
      name: 'electron-packaged',
      testDir: 'test/e2e-electron',
      testMatch: ['packaged.spec.ts'],
    },
  ],
});
