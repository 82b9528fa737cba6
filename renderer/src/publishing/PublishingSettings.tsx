import { useEffect, useId, useState } from 'react';
import {
  authorLoginsText,
  parseAuthorLogins,
  type PublishingSettings as Targets,
  type PublishingSetup,
} from '../../../shared/publishing/publishing-setup';
import { useApi } from '../api/api-context';
import { describeError } from '../i18n/describe-error';
import './publishing.css';
import { useI18n } from '../i18n/i18n';

/**
 * Settings › «Публікація»: where this computer publishes (a site folder, a WordPress site, a Telegram channel)
 * and the credentials for them. A credential is written once and never shown again: the field says whether
 * one is kept. Saved on its own (a form inside the settings dialog would submit the dialog's form: this is a
 * group with its own button). A journalist's computer shows why there is nothing to set.
 */
export function PublishingSettings() {
  const { t } = useI18n();
  const api = useApi();
  const id = useId();
  const [setup, setSetup] = useState<PublishingSetup | null>(null);
  const [targets, setTargets] = useState<Targets | null>(null);
  const [password, setPassword] = useState('');
  const [token, setToken] = useState('');
  const [authors, setAuthors] = useState('');
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<string | null>(null);
  const [saved, setSaved] = useState<string | null>(null);

  useEffect(() => {
    let live = true;
    api.invoke('publishing.get', {}).then(
      (answer) => {
        if (!live) return;
        setSetup(answer);
        setTargets(answer.settings);
        setAuthors(authorLoginsText(answer.settings.wordpress.authors));
      },
      (caught: unknown) => {
        if (live) setError(describeError(t, caught));
      },
    );
    return () => {
      live = false;
    };
  }, [api, t]);

  const save = async (change: { wordpressPassword?: string; telegramToken?: string } = {}) => {
    if (!targets) return;
    setBusy(true);
    setError(null);
    setSaved(null);
    try {
      const answer = await api.invoke('publishing.update', {
        settings: { ...targets, wordpress: { ...targets.wordpress, authors: parseAuthorLogins(authors) } },
        ...(password ? { wordpressPassword: password } : {}),
        ...(token ? { telegramToken: token } : {}),
        ...change,
      });
      setSetup(answer);
      setTargets(answer.settings);
      setAuthors(authorLoginsText(answer.settings.wordpress.authors));
      setPassword('');
      setToken('');
      setSaved(t('publish.ui.settings.saved'));
    } catch (caught) {
      setError(describeError(t, caught));
    } finally {
      setBusy(false);
    }
  };

  if (setup && !setup.allowed) {
    return (
      <section className="publishing-settings" aria-labelledby={`${id}-title`}>
        <h3 id={`${id}-title`}>{t('publish.ui.settings.title')}</h3>
        <p>{t('publish.ui.settings.editorsOnly')}</p>
      </section>
    );
  }

  const set = (change: (current: Targets) => Targets) => setTargets((current) => (current ? change(current) : current));
  return (
    <section className="publishing-settings" aria-labelledby={`${id}-title`}>
      <h3 id={`${id}-title`}>{t('publish.ui.settings.title')}</h3>
      <p className="hint">{t('publish.ui.settings.intro')}</p>
      {setup?.protection === 'file' ? <p className="banner info">{t('publish.ui.settings.lessSafe')}</p> : null}
      {targets ? (
        <div
          role="group"
          aria-labelledby={`${id}-title`}
          onKeyDown={(event) => {
            // Enter in a field saves this group, not the settings dialog's form around it.
            if (event.key !== 'Enter' || !(event.target instanceof HTMLInputElement)) return;
            event.preventDefault();
            void save();
          }}
        >
          <fieldset>
            <legend>{t('publish.target.static')}</legend>
            <label htmlFor={`${id}-folder`}>{t('publish.ui.settings.folder')}</label>
            <input
              id={`${id}-folder`}
              value={targets.static.folder}
              onChange={(event) => set((current) => ({ ...current, static: { folder: event.target.value } }))}
            />
          </fieldset>
          <fieldset>
            <legend>{t('publish.target.wordpress')}</legend>
            <label htmlFor={`${id}-site`}>{t('publish.ui.settings.siteUrl')}</label>
            <input
              id={`${id}-site`}
              type="url"
              value={targets.wordpress.siteUrl}
              onChange={(event) =>
                set((current) => ({ ...current, wordpress: { ...current.wordpress, siteUrl: event.target.value } }))
              }
            />
            <label htmlFor={`${id}-login`}>{t('publish.ui.settings.login')}</label>
            <input
              id={`${id}-login`}
              autoComplete="off"
              value={targets.wordpress.login}
              onChange={(event) =>
                set((current) => ({ ...current, wordpress: { ...current.wordpress, login: event.target.value } }))
              }
            />
            <label htmlFor={`${id}-password`}>{t('publish.ui.settings.password')}</label>
            <input
              id={`${id}-password`}
              type="password"
              autoComplete="new-password"
              value={password}
              aria-describedby={`${id}-password-hint`}
              onChange={(event) => setPassword(event.target.value)}
            />
            <span id={`${id}-password-hint`} className="hint">
              {setup?.credentials.wordpress ? t('publish.ui.settings.kept') : t('publish.ui.settings.passwordHint')}
            </span>
            {setup?.credentials.wordpress ? (
              <button type="button" disabled={busy} onClick={() => void save({ wordpressPassword: '' })}>
                {t('publish.ui.settings.forgetPassword')}
              </button>
            ) : null}
            <label htmlFor={`${id}-authors`}>{t('publish.ui.settings.authors')}</label>
            <textarea
              id={`${id}-authors`}
              rows={3}
              value={authors}
              placeholder="Олена Коваль = olena"
              aria-describedby={`${id}-authors-hint`}
              onChange={(event) => setAuthors(event.target.value)}
            />
            <span id={`${id}-authors-hint`} className="hint">
              {t('publish.ui.settings.authorsHint')}
            </span>
          </fieldset>
          <fieldset>
            <legend>{t('publish.target.telegram')}</legend>
            <label htmlFor={`${id}-channel`}>{t('publish.ui.settings.channel')}</label>
            <input
              id={`${id}-channel`}
              value={targets.telegram.channel}
              placeholder="@channel"
              onChange={(event) => set((current) => ({ ...current, telegram: { channel: event.target.value } }))}
            />
            <label htmlFor={`${id}-token`}>{t('publish.ui.settings.token')}</label>
            <input
              id={`${id}-token`}
              type="password"
              autoComplete="off"
              value={token}
              aria-describedby={`${id}-token-hint`}
              onChange={(event) => setToken(event.target.value)}
            />
            <span id={`${id}-token-hint`} className="hint">
              {setup?.credentials.telegram ? t('publish.ui.settings.kept') : t('publish.ui.settings.tokenHint')}
            </span>
            {setup?.credentials.telegram ? (
              <button type="button" disabled={busy} onClick={() => void save({ telegramToken: '' })}>
                {t('publish.ui.settings.forgetToken')}
              </button>
            ) : null}
          </fieldset>
          <button type="button" disabled={busy} onClick={() => void save()}>
            {t('publish.ui.settings.save')}
          </button>
        </div>
      ) : null}
      {error ? (
        <p role="alert" className="form-error">
          {error}
        </p>
      ) : null}
      <p role="status" className="hint">
        {saved}
      </p>
    </section>
  );
}
