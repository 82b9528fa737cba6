import { execFile } from 'node:child_process';
import path from 'node:path';
import { promisify } from 'node:util';
import { describe, expect, it } from 'vitest';

const repo = path.resolve(import.meta.dirname, '../..');
const fixture = path.join(repo, 'test/fixtures/boundaries');

interface Violation {
  rule: { name: string };
  from: string;
  to: string;
}

/** `npm run boundaries`' cruiser and config, run on a miniature repository with known violations. */
async function cruiseFixture(): Promise<Violation[]> {
  const cli = path.join(repo, 'node_modules/dependency-cruiser/bin/dependency-cruise.mjs');
  const args = [cli, 'electron', 'renderer', 'shared', '--config', path.join(repo, '.dependency-cruiser.cjs')];
  // The cruiser exits non-zero when it finds violations, which here is the point: read its report anyway.
  const { stdout } = await promisify(execFile)(process.execPath, [...args, '--output-type', 'json'], {
    cwd: fixture,
  }).catch((error: { stdout?: string }) => ({ stdout: error.stdout ?? '' }));
  return (JSON.parse(stdout) as { summary: { violations: Violation[] } }).summary.violations;
}

describe('import boundaries (.dependency-cruiser.cjs)', () => {
  it('reports the cycle and every forbidden import of the fixture, and nothing it allows', async () => {
    const found = (await cruiseFixture()).map(({ rule, from, to }) => `${rule.name}: ${from} → ${to}`).sort();
    expect(found).toEqual([
      'browser-mode-is-not-electron: electron/web/server.ts → electron/main/window.ts',
      'no-circular: shared/article.ts → shared/paragraph.ts',
      'renderer-talks-only-to-the-contract: renderer/page.ts → electron/host/headers.ts',
      'services-stay-below-hosts: electron/services/library.ts → electron/main/window.ts',
      'shared-stands-alone: shared/page-title.ts → renderer/page.ts',
    ]);
  }, 60_000);
});
