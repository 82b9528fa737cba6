import { fireEvent, render, screen } from '@testing-library/react';
import { describe, expect, it, vi } from 'vitest';
import { ApiContext } from '../../../renderer/src/api/api-context';
import type { OutletView } from '../../../renderer/src/outlet/use-outlet';
import { WelcomeCard } from '../../../renderer/src/settings/WelcomeCard';
import { defaultOutletProfile } from '../../../shared/outlet/outlet-profile';
import { useTempDirs } from '../../fixtures/temp-dir';
import { settingsApi } from '../editor/features/spellcheck/settings-api';

const tempDir = useTempDirs('shpalta-welcome-card-');

/** The outlet profile as the page holds it once read: a library whose outlet has no name yet. */
const outlet: OutletView = {
  current: { profile: { ...defaultOutletProfile(), name: '' }, hash: null, problem: null, logoDataUrl: null },
  loaded: true,
  error: null,
  reload: () => Promise.resolve(),
  accept: () => undefined,
};

describe('WelcomeCard', () => {
  it('offers to join a newsroom, and does not once the library is one', async () => {
    const { api, settings } = settingsApi(await tempDir());
    const join = vi.fn();
    const { rerender } = render(
      <ApiContext.Provider value={api}>
        <WelcomeCard settings={settings.get()} outlet={outlet} onSaved={() => undefined} onJoinNewsroom={join} />
      </ApiContext.Provider>,
    );
    fireEvent.click(screen.getByRole('button', { name: 'Приєднатися до редакції' }));
    expect(join).toHaveBeenCalledTimes(1);

    rerender(
      <ApiContext.Provider value={api}>
        <WelcomeCard settings={settings.get()} outlet={outlet} onSaved={() => undefined} />
      </ApiContext.Provider>,
    );
    expect(screen.getByLabelText('Ім’я та прізвище')).toBeTruthy();
    expect(screen.queryByRole('button', { name: 'Приєднатися до редакції' })).toBeNull();
  });
});
