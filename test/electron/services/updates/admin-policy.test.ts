import { chmod, mkdir, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { adminPolicyPath, updatesOffByAdministrator } from '../../../../electron/services/updates/admin-policy';
import { useTempDirs } from '../../../fixtures/temp-dir';

const tempDir = useTempDirs('shpalta-policy-');
const byEnv = (value: string | undefined) =>
  updatesOffByAdministrator({ env: { SHPALTA_UPDATES: value }, policyFile: null });

describe('the administrator’s update policy', () => {
  it.each(['off', 'OFF', ' off ', '0', 'false', 'no', 'disabled'])('SHPALTA_UPDATES=%j turns updates off', (value) => {
    expect(byEnv(value)).toBe(true);
  });

  it.each([undefined, '', 'on', '1', 'true', 'of'])('SHPALTA_UPDATES=%j leaves the choice to the person', (value) => {
    expect(byEnv(value)).toBe(false);
  });

  it('lives where only an administrator writes, on each system', () => {
    expect(adminPolicyPath('win32', { ProgramData: 'D:\\ProgramData' })).toBe('D:\\ProgramData\\Shpalta\\policy.json');
    expect(adminPolicyPath('darwin', {})).toBe('/Library/Application Support/Shpalta/policy.json');
    expect(adminPolicyPath('linux', {})).toBe('/etc/shpalta/policy.json');
  });

  it('a policy file turns updates off; without one, or one that allows them, the person decides', async () => {
    const dir = await tempDir();
    const file = path.join(dir, 'policy.json');
    const off = () => updatesOffByAdministrator({ env: {}, policyFile: file });
    expect(off()).toBe(false);
    for (const [text, expected] of [
      ['{ "updates": "off" }', true],
      ['{ "updates": false }', true],
      ['{ "updates": "on" }', false],
      ['{ "updates": true }', false],
      ['{}', false],
    ] as const) {
      await writeFile(file, text);
      expect(off(), text).toBe(expected);
    }
  });

  it('a policy file that cannot be read or understood counts as off, and says so in the log', async () => {
    const dir = await tempDir();
    const file = path.join(dir, 'policy.json');
    const logged: string[] = [];
    const off = () => updatesOffByAdministrator({ env: {}, policyFile: file, log: (text) => logged.push(text) });
    await writeFile(file, '{ updates: off');
    expect(off()).toBe(true);
    await writeFile(file, '{ "updates": "maybe" }');
    expect(off()).toBe(true);
    await mkdir(path.join(dir, 'folder.json'));
    expect(updatesOffByAdministrator({ env: {}, policyFile: path.join(dir, 'folder.json') })).toBe(true);
    expect(logged).toHaveLength(2);
    expect(logged[0]).toContain(file);
    if (process.getuid?.() !== 0) {
      await writeFile(file, '{ "updates": "on" }');
      await chmod(file, 0o000);
      expect(off()).toBe(true);
    }
  });
});
