import { chmod, stat, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { loadSessionSecret, SESSION_SECRET_FILE } from '../../../electron/web/session-secret';
import { useTempDirs } from '../../fixtures/temp-dir';

describe('browser-mode session secret', () => {
  const tempDir = useTempDirs('shpalta-session-');

  it('is made once in the user-data folder, readable by this user only, and kept across starts', async () => {
    const userDataDir = path.join(await tempDir(), 'user-data');
    const first = await loadSessionSecret(userDataDir);
    expect(first).toMatch(/^[A-Za-z0-9_-]{32,}$/);
    const file = path.join(userDataDir, SESSION_SECRET_FILE);
    expect((await stat(file)).mode & 0o777).toBe(0o600);
    expect(await loadSessionSecret(userDataDir)).toBe(first);
  });

  it('narrows a widened file back to 0600', async () => {
    const userDataDir = await tempDir();
    await loadSessionSecret(userDataDir);
    const file = path.join(userDataDir, SESSION_SECRET_FILE);
    await chmod(file, 0o644);
    await loadSessionSecret(userDataDir);
    expect((await stat(file)).mode & 0o777).toBe(0o600);
  });

  it('replaces a file that holds no usable secret', async () => {
    const userDataDir = await tempDir();
    await writeFile(path.join(userDataDir, SESSION_SECRET_FILE), 'short');
    await expect(loadSessionSecret(userDataDir)).resolves.toMatch(/^[A-Za-z0-9_-]{32,}$/);
  });
});
