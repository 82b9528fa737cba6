import { describe, expect, it } from 'vitest';
import { applySettingsPatch, defaultSettings } from '../../../shared/settings/schema';
import { needsWelcome } from '../../../renderer/src/settings/welcome';

const fresh = defaultSettings('/home/olena/Шпальта');

describe('needsWelcome', () => {
  it('invites on a first run, with the profile empty', () => {
    expect(needsWelcome(fresh, '')).toBe(true);
    expect(needsWelcome(applySettingsPatch(fresh, { user: { name: '   ' } }), '  ')).toBe(true);
  });

  it('not once the invitation was answered, either way', () => {
    expect(needsWelcome(applySettingsPatch(fresh, { welcomed: true }), '')).toBe(false);
  });

  it('not when the person has a name or the library’s outlet has one (set before, or by a colleague)', () => {
    expect(needsWelcome(applySettingsPatch(fresh, { user: { name: 'Олена Коваленко' } }), '')).toBe(false);
    expect(needsWelcome(fresh, 'Економічна правда')).toBe(false);
  });
});
