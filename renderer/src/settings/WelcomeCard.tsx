import { RoleField } from './RoleField';
import { useId, useState, type FormEvent } from 'react';
import { outletEdit } from '../../../shared/outlet/outlet-profile';
import { RoleSchema, type Settings, type SettingsPatch } from '../../../shared/settings/schema';
import { useApi } from '../api/api-context';
import type { OutletView } from '../outlet/use-outlet';
import { describeError } from '../i18n/describe-error';
import { useI18n } from '../i18n/i18n';
import { needsWelcome } from './welcome';

/** The profile's own limit (shared/settings/schema.ts), so the field never takes what a save would refuse. */
const NAME_MAX = 200;

interface Props {
  settings: Settings;
  /** The library's outlet profile: its name is the newsroom's, and is written there. */
  outlet: OutletView;
  onSaved(settings: Settings): void;
  /**
   * The second choice: join a newsroom's server instead (its library comes with the outlet's profile). Not
   * offered (undefined) once the open library is a newsroom's.
   */
  onJoinNewsroom?: (() => void) | undefined;
}

/**
 * The first run's quiet invitation to give a name (the byline of new articles) and the outlet. It takes no
 * focus and blocks nothing: the sample article stays open beside it. Either answer is remembered.
 */
export function WelcomeCard({ settings, outlet, onSaved, onJoinNewsroom }: Props) {
  const api = useApi();
  const { t } = useI18n();
  const id = useId();
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<string | null>(null);
  // Until the library's profile is read, a colleague may already have named the outlet there.
  if (!outlet.loaded || !needsWelcome(settings, outlet.current.profile.name)) return null;

  const answer = async (patch: SettingsPatch, outletName = '') => {
    setBusy(true);
    setError(null);
    try {
      const { current } = outlet;
      if (outletName && current.problem === null) {
        const profile = { ...outletEdit(current.profile), name: outletName };
        outlet.accept(await api.invoke('outlet.update', { profile, baseHash: current.hash }));
      }
      onSaved(await api.invoke('settings.update', { ...patch, welcomed: true }));
    } catch (caught) {
      setError(describeError(t, caught));
      setBusy(false);
    }
  };

  const submit = (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    const form = new FormData(event.currentTarget);
    const userName = String(form.get('userName') ?? '').trim();
    const outletName = String(form.get('outletName') ?? '').trim();
    const role = RoleSchema.safeParse(form.get('role'));
    const user = { ...(userName ? { name: userName } : {}), ...(role.success ? { role: role.data } : {}) };
    void answer({ user }, outletName);
  };

  return (
    <section className="welcome-card" aria-labelledby={`${id}-title`} aria-describedby={`${id}-body`}>
      <h2 id={`${id}-title`}>{t('welcome.title')}</h2>
      <p id={`${id}-body`}>{t('welcome.body')}</p>
      <form className="welcome-form" onSubmit={submit}>
        <div className="field">
          <label htmlFor={`${id}-name`}>{t('settings.name')}</label>
          <input id={`${id}-name`} name="userName" autoComplete="name" maxLength={NAME_MAX} />
        </div>
        <RoleField id={id} defaultValue={settings.user.role} />
        <div className="field">
          <label htmlFor={`${id}-outlet`}>{t('settings.outletName')}</label>
          <input id={`${id}-outlet`} name="outletName" autoComplete="organization" maxLength={NAME_MAX} />
        </div>
        <div className="welcome-actions">
          <button type="submit" className="primary" disabled={busy}>
            {t('welcome.save')}
          </button>
          <button type="button" disabled={busy} onClick={() => void answer({})}>
            {t('welcome.later')}
          </button>
        </div>
      </form>
      <p className="hint" id={`${id}-role-honest`}>
        {t('workflow.honestRoles')}
      </p>
      {onJoinNewsroom ? (
        <p className="welcome-newsroom">
          {t('newsroom.ui.welcomeChoice')}{' '}
          <button type="button" disabled={busy} onClick={onJoinNewsroom}>
            {t('newsroom.ui.join')}
          </button>
        </p>
      ) : null}
      {error ? (
        <p role="alert" className="form-error">
          {error}
        </p>
      ) : null}
    </section>
  );
}
