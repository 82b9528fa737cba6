import { RoleField } from './RoleField';
import { useEffect, useId, useRef, useState, type FormEvent } from 'react';

import type { OutletState } from '../../../shared/api/contract';
import {
  OutletProfileEditSchema,
  SOCIAL_NETWORKS,
  type OutletProfile,
  type OutletProfileEdit,
} from '../../../shared/outlet/outlet-profile';
import { SettingsPatchSchema, UI_LANGUAGES, type Settings, type SettingsPatch } from '../../../shared/settings/schema';
import { issueReason } from '../../../shared/validation/issue-reason';
import { toApiError } from '../../../shared/api/errors';
import type { z } from '../../../shared/validation/zod';
import { useApi } from '../api/api-context';
import { describeError } from '../i18n/describe-error';
import { useI18n } from '../i18n/i18n';
import { PersonalWordsSettings } from '../editor/features/spellcheck/PersonalWordsSettings';
import { NewsroomSettings } from '../newsroom/NewsroomSettings';
import { PublishingSettings } from '../publishing/PublishingSettings';
import type { NewsroomView } from '../newsroom/use-newsroom';
import type { OutletView } from '../outlet/use-outlet';
import { errorConcernsFolder } from './folder-error';
import type { LogoChoice } from './LogoField';
import { OutletFieldset, SOCIAL_FIELD } from './OutletFieldset';
import { MediaFieldset } from './MediaFieldset';
import { UpdatesSettings } from '../updates/UpdatesSettings';

interface Props {
  settings: Settings;
  /** The library's outlet profile: the «Видання» part edits it (outlet.json), not the person's settings. */
  outlet: OutletView;
  onClose(): void;
  onSaved(settings: Settings): void;
  /** The library's newsroom server: «Редакція» shows it and offers to join one. */
  newsroom: NewsroomView;
  onJoinNewsroom(): void;
  /**
   * Opened for one section (the status bar's «Потрібен новий токен» for «Редакція», «Оновлення … готове» for
   * «Оновлення»): that section takes the focus.
   */
  section?: SettingsSection;
  /** Saves the open article now (before «Перезапустити й оновити»). */
  saveOpenArticle(): Promise<unknown>;
}

export type SettingsSection = 'newsroom' | 'updates';

/** Form field names by the schema path they edit, to show each validation message beside its field. */
const FIELD_BY_PATH: Record<string, string> = {
  libraryPath: 'libraryPath',
  uiLanguage: 'uiLanguage',
  'user.name': 'userName',
  'user.role': 'role',
};

/** The same for the outlet profile's paths. */
const OUTLET_FIELD_BY_PATH: Record<string, string> = {
  name: 'outletName',
  siteUrl: 'siteUrl',
  subscribeText: 'subscribeText',
  rubrics: 'rubrics',
  ...Object.fromEntries(SOCIAL_NETWORKS.map((network) => [`social.${network}`, SOCIAL_FIELD[network]])),
};

const logoOf = (state: OutletState): LogoChoice | null =>
  state.profile.logo === null ? null : { logo: state.profile.logo, dataUrl: state.logoDataUrl };

const LANGUAGE_NAMES: Record<(typeof UI_LANGUAGES)[number], string> = { uk: 'Українська', en: 'English' };

/** The user's and the outlet's profile. A modal <dialog>: focus is trapped and Esc closes it. */
export function SettingsDialog({
  settings,
  outlet,
  onClose,
  onSaved,
  newsroom,
  onJoinNewsroom,
  section,
  saveOpenArticle,
}: Props) {
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
  /**
   * The outlet profile as the form shows it: the version its save is based on. It stays as it was when the
   * dialog opened (a colleague's change meanwhile makes the save a conflict), and after a conflict it is theirs.
   */
  const [shown, setShown] = useState<OutletState>(outlet.current);
  /** Bumped when `shown` is replaced by another version: the outlet fields are drawn anew from it. */
  const [shownVersion, setShownVersion] = useState(0);
  const [conflict, setConflict] = useState(false);
  const [rubrics, setRubrics] = useState<string[]>(() => [...outlet.current.profile.rubrics]);
  const [logo, setLogo] = useState<LogoChoice | null>(() => logoOf(outlet.current));
  const outletUnavailable = outlet.loaded ? null : outlet.error ? t.message(outlet.error.reason) : null;
  const outletEditable = outlet.loaded && shown.problem === null;

  useEffect(() => {
    const dialog = dialogRef.current;
    if (dialog && !dialog.open) dialog.showModal();
    // Opened for one section: it takes the focus (once the dialog is open, or showModal would move it back).
    const opened = section ? dialog?.querySelector<HTMLElement>(`[data-section="${section}"]`) : null;
    opened?.focus();
    opened?.scrollIntoView({ block: 'nearest' });
    // The section is where the dialog opens, not where it follows later renders to.
    // eslint-disable-next-line react-hooks/exhaustive-deps
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

  const showTheirs = (theirs: OutletState) => {
    setShown(theirs);
    setRubrics([...theirs.profile.rubrics]);
    setLogo(logoOf(theirs));
    setShownVersion((n) => n + 1);
    outlet.accept(theirs);
  };

  const submit = async (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    const form = new FormData(event.currentTarget);
    const text = (name: string) => String(form.get(name) ?? '').trim();
    const patch: SettingsPatch = {
      libraryPath: text('libraryPath'),
      uiLanguage: text('uiLanguage') as Settings['uiLanguage'],
      user: { name: text('userName'), role: text('role') as Settings['user']['role'] },
    };
    const profile: OutletProfileEdit = {
      name: text('outletName'),
      logo: logo?.logo ?? null,
      siteUrl: text('siteUrl'),
      social: Object.fromEntries(
        SOCIAL_NETWORKS.map((network) => [network, text(SOCIAL_FIELD[network])]),
      ) as OutletProfileEdit['social'],
      subscribeText: text('subscribeText'),
      dateStyle: text('dateStyle') as OutletProfile['dateStyle'],
      apostrophe: text('apostrophe') as OutletProfile['apostrophe'],
      rubrics,
    };
    // The same schemas the main side enforces, checked here first so each message sits by its field.
    const checked = SettingsPatchSchema.safeParse(patch);
    const checkedOutlet = outletEditable ? OutletProfileEditSchema.safeParse(profile) : null;
    if (!checked.success || (checkedOutlet && !checkedOutlet.success)) {
      const errors: Record<string, string> = {};
      let unplaced: string | null = null;
      const collect = (issues: readonly z.core.$ZodIssue[], byPath: Record<string, string>) => {
        for (const issue of issues) {
          // `social.telegram` by its own field, `rubrics.3` by its list's.
          const name = byPath[issue.path.slice(0, 2).join('.')] ?? byPath[issue.path.slice(0, 1).join('.')];
          if (!name) unplaced ??= t.message(issueReason(issue));
          else if (!errors[name]) errors[name] = t.message(issueReason(issue));
        }
      };
      if (checkedOutlet && !checkedOutlet.success) collect(checkedOutlet.error.issues, OUTLET_FIELD_BY_PATH);
      if (!checked.success) collect(checked.error.issues, FIELD_BY_PATH);
      // A refusal no field shows is said for the whole form: a save never fails in silence.
      setError(unplaced);
      setFieldErrors(errors);
      setFieldErrorShown((n) => n + 1);
      return;
    }
    setFieldErrors({});
    setBusy(true);
    setError(null);
    setConflict(false);
    // The profile first: a colleague's newer version stops the save here, and is shown instead.
    if (checkedOutlet?.success) {
      try {
        const saved = await api.invoke('outlet.update', { profile: checkedOutlet.data, baseHash: shown.hash });
        setShown(saved);
        outlet.accept(saved);
      } catch (caught) {
        const failure = toApiError(caught);
        const theirs =
          failure.code === 'conflict' || failure.code === 'damaged-file'
            ? await api.invoke('outlet.get', {}).catch(() => null)
            : null;
        if (theirs) {
          showTheirs(theirs);
          setConflict(failure.code === 'conflict');
        } else setError(describeError(t, caught));
        setBusy(false);
        return;
      }
    }
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
          <RoleField id={id} defaultValue={settings.user.role}>
            <p className="hint" id={`${id}-role-honest`}>
              {t('workflow.honestRoles')}
            </p>
          </RoleField>
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
        <OutletFieldset
          key={shownVersion}
          id={id}
          shown={shown}
          unavailable={outletUnavailable}
          editable={outletEditable}
          conflict={conflict}
          rubrics={rubrics}
          onRubrics={setRubrics}
          logo={logo}
          onLogo={setLogo}
          field={field}
          fieldErrors={fieldErrors}
        />
        <NewsroomSettings newsroom={newsroom} libraryPath={settings.libraryPath} onJoin={onJoinNewsroom} />
        <PublishingSettings />
        <PersonalWordsSettings />
        <MediaFieldset />
        <UpdatesSettings saveOpenArticle={saveOpenArticle} />
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
