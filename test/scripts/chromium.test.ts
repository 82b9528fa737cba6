import { describe, expect, it } from 'vitest';
import { canInstallWithApt, chromiumCandidates, findChromium } from '../../scripts/chromium.mjs';

describe('findChromium', () => {
  it('takes the first system path that is executable', () => {
    const found = findChromium({}, (file: string) => file === '/usr/bin/chromium-browser');
    expect(found).toBe('/usr/bin/chromium-browser');
  });

  it('accepts only CHROMIUM_PATH when it is set, even where a system browser exists', () => {
    const env = { CHROMIUM_PATH: '/opt/missing/chromium' };
    expect(findChromium(env, (file: string) => file === '/usr/bin/chromium')).toBeNull();
    expect(findChromium(env, (file: string) => file === '/opt/missing/chromium')).toBe('/opt/missing/chromium');
  });

  it('answers null when no browser is there', () => {
    expect(findChromium({}, () => false)).toBeNull();
    expect(chromiumCandidates({})).toContain('/usr/bin/chromium');
  });
});

describe('canInstallWithApt', () => {
  const apt = (file: string) => file === '/usr/bin/apt-get';
  it('installs only as root on Linux with apt-get', () => {
    expect(canInstallWithApt('linux', 0, apt)).toBe(true);
    expect(canInstallWithApt('linux', 1000, apt)).toBe(false);
    expect(canInstallWithApt('darwin', 0, apt)).toBe(false);
    expect(canInstallWithApt('linux', 0, () => false)).toBe(false);
  });
});
