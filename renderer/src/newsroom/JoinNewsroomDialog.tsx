import { useEffect, useId, useRef, useState, type FormEvent, type KeyboardEvent } from 'react';
import { toApiError } from '../../../shared/api/errors';
import type { JoinProgress, NewsroomStatus } from '../../../shared/newsroom/newsroom-link';
import { useApi } from '../api/api-context';
import { useI18n } from '../i18n/i18n';
import { defaultNewsroomFolder } from './default-folder';
import { describeJoinProgress } from './join-progress';
import { checkJoinInput, joinErrorField, type JoinField } from './join-form';
import './newsroom.css';

interface Props {
  /** The open library: the new one goes beside it unless the person names another folder. */
  libraryPath: string;
  host: 'electron' | 'browser';
  /** Makes the open article's edits safe before the library changes under it; false: they could not be. */
  beforeJoin(): Promise<boolean>;
  /** The host has joined and opened the new library. */
  onJoined(status: NewsroomStatus): void;
  onClose(): void;
}

/**
 * «Приєднатися до редакції»: the server's address, the person's login and token, and the folder of the new
 * library. A modal <dialog> like the settings: focus stays inside, Esc closes it, except while joining, when
 * nothing closes it by accident. The token is read from its field once, at the send, and never kept by the page.
 */
export function JoinNewsroomDialog({ libraryPath, host, beforeJoin, onJoined, onClose }: Props) {
  const api = useApi();
  const { t, language } = useI18n();
  const id = useId();
  const dialogRef = useRef<HTMLDialogElement>(null);
  const formRef = useRef<HTMLFormElement>(null);
  const progressRef = useRef<HTMLDivElement>(null);
  const [busy, setBusy] = useState(false);
  const [progress, setProgress] = useState<JoinProgress | null>(null);
  const [fieldErrors, setFieldErrors] = useState<Partial<Record<JoinField, string>>>({});
  const [formError, setFormError] = useState<string | null>(null);
  /** Bumped by each refusal: the first field in error then takes the focus. */
  const [refusals, setRefusals] = useState(0);
  const [defaultFolder] = useState(() => defaultNewsroomFolder(libraryPath, t('newsroom.ui.join.folderSuffix')));

  useEffect(() => {
    const dialog = dialogRef.current;
    if (dialog && !dialog.open) dialog.showModal();
  }, []);

  useEffect(() => {
    if (!busy) return;
    progressRef.current?.focus();
    return api.on('newsroom.progress', setProgress);
  }, [api, busy]);

  // After a refusal the focus goes where the person acts next: the field in error, else the send button.
  useEffect(() => {
    if (refusals === 0) return;
    const form = formRef.current;
    const next = form?.querySelector<HTMLElement>('[aria-invalid="true"]') ?? form?.querySelector('[type="submit"]');
    next?.focus();
  }, [refusals]);

  const submit = async (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    if (busy) return;
    const form = event.currentTarget;
    const data = new FormData(form);
    const text = (name: JoinField) => String(data.get(name) ?? '');
    const checked = checkJoinInput({
      url: text('url'),
      login: text('login'),
      token: text('token'),
      folder: text('folder'),
    });
    if ('errors' in checked) {
      setFieldErrors(
        Object.fromEntries(Object.entries(checked.errors).map(([field, reason]) => [field, t.message(reason)])),
      );
      setFormError(null);
      setRefusals((n) => n + 1);
      return;
    }
    setFieldErrors({});
    setFormError(null);
    setProgress({ phase: 'connecting', loaded: 0, total: null, bytes: null, estimatedBytes: null });
    setBusy(true);
    try {
      if (!(await beforeJoin())) {
        setFormError(t('switch.notKept'));
        setRefusals((n) => n + 1);
        return;
      }
      onJoined(await api.invoke('newsroom.join', checked.input));
    } catch (caught) {
      const error = toApiError(caught);
      const field = joinErrorField(error);
      if (field === null) setFormError(t.message(error.reason));
      else setFieldErrors({ [field]: t.message(error.reason) });
      // A token the server did not take is typed (or pasted) anew; nothing of it stays in the page.
      const token = form.elements.namedItem('token');
      if (field === 'token' && token instanceof HTMLInputElement) token.value = '';
      setRefusals((n) => n + 1);
    } finally {
      setBusy(false);
      setProgress(null);
    }
  };

  /** Esc while joining would leave the person guessing whether it went on: it does, and the dialog stays. */
  const keepWhileBusy = (event: KeyboardEvent<HTMLDialogElement>) => {
    if (busy && event.key === 'Escape') event.preventDefault();
  };

  const described = (field: JoinField, hint: boolean) =>
    [hint ? `${id}-${field}-hint` : '', fieldErrors[field] ? `${id}-${field}-error` : ''].filter(Boolean).join(' ') ||
    undefined;
  const field = (name: JoinField, label: string, options: { hint?: string; type?: string; value?: string }) => (
    <div className="field">
      <label htmlFor={`${id}-${name}`}>{label}</label>
      <input
        id={`${id}-${name}`}
        name={name}
        type={options.type ?? 'text'}
        defaultValue={options.value}
        readOnly={busy}
        autoComplete="off"
        spellCheck={false}
        aria-invalid={fieldErrors[name] ? true : false}
        aria-describedby={described(name, options.hint !== undefined)}
      />
      {options.hint ? (
        <span id={`${id}-${name}-hint`} className="hint">
          {options.hint}
        </span>
      ) : null}
      {fieldErrors[name] ? (
        <span id={`${id}-${name}-error`} className="field-error">
          {fieldErrors[name]}
        </span>
      ) : null}
    </div>
  );
  const shownProgress = progress ? describeJoinProgress(progress, t, language) : null;

  return (
    <dialog
      ref={dialogRef}
      className="settings-dialog join-newsroom-dialog"
      aria-labelledby={`${id}-title`}
      aria-describedby={`${id}-intro`}
      onKeyDown={keepWhileBusy}
      onCancel={(event) => {
        if (busy) event.preventDefault();
      }}
      onClose={onClose}
    >
      <form ref={formRef} noValidate onSubmit={(event) => void submit(event)}>
        <h2 id={`${id}-title`}>{t('newsroom.ui.join.title')}</h2>
        <p id={`${id}-intro`}>{t('newsroom.ui.join.intro')}</p>
        {field('url', t('newsroom.ui.join.url'), { hint: t('newsroom.ui.join.urlHint'), type: 'url' })}
        {field('login', t('newsroom.ui.join.login'), {})}
        {field('token', t('newsroom.ui.join.token'), { hint: t('newsroom.ui.join.tokenHint'), type: 'password' })}
        {field('folder', t('newsroom.ui.join.folder'), {
          hint: t('newsroom.ui.join.folderHint'),
          value: defaultFolder,
        })}
        <p className="newsroom-warning">{t('newsroom.ui.join.sourceProtection')}</p>
        <p className={host === 'browser' ? 'newsroom-warning' : 'hint'}>
          {t(host === 'browser' ? 'newsroom.ui.join.tokenInFile' : 'newsroom.ui.join.tokenInKeychain')}
        </p>
        <div ref={progressRef} className="join-progress" tabIndex={-1} role="status" aria-live="polite">
          {shownProgress ? (
            <>
              <span id={`${id}-progress`}>{shownProgress.text}</span>
              <progress
                aria-labelledby={`${id}-progress`}
                {...(shownProgress.max === null ? {} : { value: shownProgress.value ?? 0, max: shownProgress.max })}
              />
              {shownProgress.detail ? <span className="join-progress-size">{shownProgress.detail}</span> : null}
              <span className="hint">{t('newsroom.ui.join.busy')}</span>
            </>
          ) : null}
        </div>
        {formError ? (
          <p role="alert" className="form-error">
            {formError}
          </p>
        ) : null}
        <div className="dialog-actions">
          <button type="button" disabled={busy} onClick={() => dialogRef.current?.close()}>
            {t('newsroom.ui.join.cancel')}
          </button>
          <button type="submit" className="primary" disabled={busy}>
            {t('newsroom.ui.join.submit')}
          </button>
        </div>
      </form>
    </dialog>
  );
}
