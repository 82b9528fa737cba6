import { useEffect, useId, useRef, useState, type FormEvent } from 'react';

import {
  APOSTROPHES,
  DATE_STYLES,
  ROLES,
  SettingsPatchSchema,
  UI_LANGUAGES,
  type Settings,
  type SettingsPatch,
} from '../../../shared/settings/schema';
import { issueReason } from '../../../shared/validation/issue-reason';
import { toApiError } from '../../../shared/api/errors';
import { useApi } from '../api/api-context';
import { describeError } from '../i18n/describe-error';
import { useI18n } from '../i18n/i18n';
import { PersonalWordsSettings } from '../editor/features/spellcheck/PersonalWordsSettings';
import { errorConcernsFolder } from './folder-error';

interface Props {
  settings: Settings;
  onClose(): void;
  onSaved(settings: Settings): void;
}

/** Form field names by the schema path they edit, to show each validation message beside its field. */
const FIELD_BY_PATH: Record<string, string> = {
  libraryPath: 'libraryPath',
  uiLanguage: 'uiLanguage',
  'user.name': 'userName',
  'user.role': 'role',
  'outlet.name': 'outletName',
  'outlet.siteUrl': 'siteUrl',
  'outlet.telegramUrl': 'telegramUrl',
  'outlet.facebookUrl': 'facebookUrl',
  'outlet.rubrics': 'rubrics',
  'outlet.dateStyle': 'dateStyle',
  'outlet.apostrophe': 'apostrophe',
};

const LANGUAGE_NAMES: Record<(typeof UI_LANGUAGES)[number], string> = { uk: 'Українська', en: 'English' };

/** The user's and the outlet's profile. A modal <dialog>: focus is trapped and Esc closes it. */
export function SettingsDialog({ settings, onClose, onSaved }: Props) {
  const api = useApi();
  const { t } = useI18n();
  const id = useId();
  const dialogRef = useRef<HTMLDialogElement>(null);
  const [error, setError] = useState<string | null>(null);
  const [fieldErrors, setFieldErrors] = useState<Record<string, string>>({});
  const [busy, setBusy] = useState(false);
  /** Bumped by each refused save: the first field in error then takes the focus. */
  const [fieldErrorShown, setFieldErrorShown] = useState(0);
  const formRef = useRef<HTMLFormElement>(null);

  useEffect(() => {
    const dialog = dialogRef.current;
    if (dialog && !dialog.open) dialog.showModal();
  }, []);

  // After the render that marked it: the person looks where the focus goes, so the field and its message
  // (which may be far above the Save button in a long form) scroll into sight together.
  useEffect(() => {
    if (fieldErrorShown === 0) return;
    const invalid = formRef.current?.querySelector<HTMLElement>('[aria-invalid="true"]');
    if (!invalid) return;
    invalid.focus({ preventScroll: true });
    (invalid.closest('.field') ?? invalid).scrollIntoView({ block: 'nearest' });
  }, [fieldErrorShown]);

  const submit = async (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    const form = new FormData(event.currentTarget);
    const text = (name: string) => String(form.get(name) ?? '').trim();
    const patch: SettingsPatch = {
      libraryPath: text('libraryPath'),
      uiLanguage: text('uiLanguage') as Settings['uiLanguage'],
      user: { name: text('userName'), role: text('role') as Settings['user']['role'] },
      outlet: {
        name: text('outletName'),
        siteUrl: text('siteUrl'),
        telegramUrl: text('telegramUrl'),
        facebookUrl: text('facebookUrl'),
        rubrics: text('rubrics')
          .split('\n')
          .map((r) => r.trim())
          .filter(Boolean),
        dateStyle: text('dateStyle') as Settings['outlet']['dateStyle'],
        apostrophe: text('apostrophe') as Settings['outlet']['apostrophe'],
      },
    };
    // The same schema the main side enforces, checked here first so each message sits by its field.
    const checked = SettingsPatchSchema.safeParse(patch);
    if (!checked.success) {
      const errors: Record<string, string> = {};
      for (const issue of checked.error.issues) {
        const name = FIELD_BY_PATH[issue.path.slice(0, 2).join('.')];
        if (name && !errors[name]) errors[name] = t.message(issueReason(issue));
      }
      setFieldErrors(errors);
      setFieldErrorShown((n) => n + 1);
      return;
    }
    setFieldErrors({});
    setBusy(true);
    setError(null);
    try {
      onSaved(await api.invoke('settings.update', checked.data));
    } catch (caught) {
      // A folder the host could not open as a library is said beside the folder field.
      const folder = checked.data.libraryPath ?? '';
      if (folder !== settings.libraryPath && errorConcernsFolder(toApiError(caught).reason, folder)) {
        setFieldErrors({ libraryPath: describeError(t, caught) });
        setFieldErrorShown((n) => n + 1);
      } else {
        setError(describeError(t, caught));
      }
    } finally {
      setBusy(false);
    }
  };

  const invalid = (name: string) =>
    fieldErrors[name]
      ? { 'aria-invalid': true as const, 'aria-describedby': `${id}-${name}-error` }
      : { 'aria-invalid': false as const };
  const fieldError = (name: string) =>
    fieldErrors[name] ? (
      <span id={`${id}-${name}-error`} className="field-error">
        {fieldErrors[name]}
      </span>
    ) : null;
  const field = (name: string, label: string, value: string, type = 'text') => (
    <div className="field">
      <label htmlFor={`${id}-${name}`}>{label}</label>
      <input id={`${id}-${name}`} name={name} type={type} defaultValue={value} {...invalid(name)} />
      {fieldError(name)}
    </div>
  );

  return (
    <dialog ref={dialogRef} className="settings-dialog" aria-labelledby={`${id}-title`} onClose={onClose}>
      <form ref={formRef} noValidate onSubmit={(e) => void submit(e)}>
        <h2 id={`${id}-title`}>{t('settings.title')}</h2>
        <fieldset>
          <legend>{t('settings.profile')}</legend>
          {field('userName', t('settings.name'), settings.user.name)}
          <div className="field">
            <label htmlFor={`${id}-role`}>{t('settings.role')}</label>
            <select id={`${id}-role`} name="role" defaultValue={settings.user.role}>
              {ROLES.map((role) => (
                <option key={role} value={role}>
                  {t(`settings.role.${role}`)}
                </option>
              ))}
            </select>
          </div>
          <div className="field">
            <label htmlFor={`${id}-uiLanguage`}>{t('settings.language')}</label>
            <select id={`${id}-uiLanguage`} name="uiLanguage" defaultValue={settings.uiLanguage}>
              {UI_LANGUAGES.map((language) => (
                <option key={language} value={language}>
                  {LANGUAGE_NAMES[language]}
                </option>
              ))}
            </select>
          </div>
          {field('libraryPath', t('settings.library'), settings.libraryPath)}
        </fieldset>
        <fieldset>
          <legend>{t('settings.outlet')}</legend>
          {field('outletName', t('settings.outletName'), settings.outlet.name)}
          {field('siteUrl', t('settings.siteUrl'), settings.outlet.siteUrl, 'url')}
          {field('telegramUrl', t('settings.telegramUrl'), settings.outlet.telegramUrl, 'url')}
          {field('facebookUrl', t('settings.facebookUrl'), settings.outlet.facebookUrl, 'url')}
          <div className="field">
            <label htmlFor={`${id}-rubrics`}>{t('settings.rubrics')}</label>
            <textarea
              id={`${id}-rubrics`}
              name="rubrics"
              rows={5}
              defaultValue={settings.outlet.rubrics.join('\n')}
              {...invalid('rubrics')}
            />
            {fieldError('rubrics')}
          </div>
          <div className="field">
            <label htmlFor={`${id}-dateStyle`}>{t('settings.dateStyle')}</label>
            <select
              id={`${id}-dateStyle`}
              name="dateStyle"
              aria-describedby={`${id}-dateStyle-hint`}
              defaultValue={settings.outlet.dateStyle}
            >
              {DATE_STYLES.map((style) => (
                <option key={style} value={style}>
                  {t(`settings.dateStyle.${style}`)}
                </option>
              ))}
            </select>
            <p className="hint" id={`${id}-dateStyle-hint`}>
              {t('settings.dateStyleHint')}
            </p>
          </div>
          <div className="field">
            <label htmlFor={`${id}-apostrophe`}>{t('settings.apostrophe')}</label>
            <select id={`${id}-apostrophe`} name="apostrophe" defaultValue={settings.outlet.apostrophe}>
              <option value={APOSTROPHES[0]}>{t('settings.apostrophe.rsquo')}</option>
              <option value={APOSTROPHES[1]}>{t('settings.apostrophe.modifier')}</option>
            </select>
          </div>
        </fieldset>
        <PersonalWordsSettings />
        {error ? (
          <p role="alert" className="form-error">
            {error}
          </p>
        ) : null}
        <div className="dialog-actions">
          <button type="button" onClick={() => dialogRef.current?.close()}>
            {t('settings.cancel')}
          </button>
          <button type="submit" className="primary" disabled={busy}>
            {t('settings.save')}
          </button>
        </div>
      </form>
    </dialog>
  );
}
