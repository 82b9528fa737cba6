import { describe, expect, it } from 'vitest';
import { updatesOffByAdministrator } from '../../../../electron/services/updates/admin-policy';

describe('updatesOffByAdministrator', () => {
  it.each(['off', 'OFF', ' off ', '0', 'false', 'no', 'disabled'])('SHPALTA_UPDATES=%j turns updates off', (value) => {
    expect(updatesOffByAdministrator({ SHPALTA_UPDATES: value })).toBe(true);
  });

  it.each([undefined, '', 'on', '1', 'true', 'of'])('SHPALTA_UPDATES=%j leaves the choice to the person', (value) => {
    expect(updatesOffByAdministrator({ SHPALTA_UPDATES: value })).toBe(false);
  });
});
