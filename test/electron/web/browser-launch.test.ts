import { readFile, stat } from 'node:fs/promises';
import { describe, expect, it } from 'vitest';
import { openCommand, writeLaunchPage } from '../../../electron/web/browser-launch';
import { useTempDirs } from '../../fixtures/temp-dir';

const LOGIN = 'http://127.0.0.1:4777/login?code=Abc_123-def&x="<';

describe('opening the browser without the address on a command line', () => {
  const tempDir = useTempDirs('shpalta-launch-');

  it('writes a launch page only this user can read, which forwards to the sign-in address', async () => {
    const file = await writeLaunchPage(await tempDir(), LOGIN);
    expect((await stat(file)).mode & 0o777).toBe(0o600);
    const html = await readFile(file, 'utf8');
    expect(html).toContain('http-equiv="refresh"');
    expect(html).toContain('url=http://127.0.0.1:4777/login?code=Abc_123-def&amp;x=&quot;&lt;"');
  });

  it.each(['linux', 'darwin', 'win32'] as const)(
    'on %s the command names the launch page, not the address',
    async (platform) => {
      const file = await writeLaunchPage(await tempDir(), LOGIN);
      const [command, args] = openCommand(platform, file);
      const commandLine = [command, ...args].join(' ');
      expect(commandLine).toContain(file);
      expect(commandLine).not.toContain('code=');
      expect(commandLine).not.toContain('127.0.0.1');
    },
  );
});
