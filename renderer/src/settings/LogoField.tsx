import { useState, type ChangeEvent } from 'react';
import { message } from '../../../shared/i18n/message';
import { MAX_LOGO_BYTES } from '../../../shared/outlet/outlet-profile';
import { useApi } from '../api/api-context';
import { checkImageFile, importFileName, readBase64 } from '../editor/nodes/figure/image-import';
import { describeError } from '../i18n/describe-error';
import { useI18n } from '../i18n/i18n';

/** A logo as the form holds it: its path in the library and the picture to show. */
export interface LogoChoice {
  logo: string;
  dataUrl: string | null;
}

interface Props {
  id: string;
  value: LogoChoice | null;
  onChange(next: LogoChoice | null): void;
}

/**
 * The outlet's logo: an image file chosen from disk, checked (the same checks as article pictures) and stored
 * beside outlet.json at once, named in the profile when the settings are saved. Shown small; removable.
 */
export function LogoField({ id, value, onChange }: Props) {
  const api = useApi();
  const { t } = useI18n();
  const [error, setError] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);

  const choose = async (event: ChangeEvent<HTMLInputElement>) => {
    const file = event.currentTarget.files?.[0];
    event.currentTarget.value = '';
    if (!file) return;
    setError(null);
    const name = file.name || 'image';
    if (file.size > MAX_LOGO_BYTES)
      return setError(t.message(message('outlet.error.logoTooBig', { name, limit: MAX_LOGO_BYTES / 1024 / 1024 })));
    setBusy(true);
    try {
      const check = await checkImageFile(file);
      if (check.ok === false) return setError(t.message(check.reason));
      const stored = await api.invoke('outlet.importLogo', {
        fileName: importFileName(file),
        base64: await readBase64(file),
      });
      onChange(stored);
    } catch (caught) {
      setError(describeError(t, caught));
    } finally {
      setBusy(false);
    }
  };

  return (
    <div className="field outlet-logo">
      <label htmlFor={`${id}-logo`}>{t('settings.outletLogo')}</label>
      <div className="outlet-logo-row">
        {value?.dataUrl ? (
          <img className="outlet-logo-image" src={value.dataUrl} alt={t('settings.outletLogoAlt')} />
        ) : (
          <span className="hint">{t('settings.outletLogoNone')}</span>
        )}
        {value ? (
          <button type="button" onClick={() => onChange(null)}>
            {t('settings.outletLogoRemove')}
          </button>
        ) : null}
      </div>
      <input
        id={`${id}-logo`}
        type="file"
        accept="image/png,image/jpeg,image/gif,image/webp,image/avif"
        aria-busy={busy}
        disabled={busy}
        onChange={(event) => void choose(event)}
        {...(error ? { 'aria-invalid': true as const, 'aria-describedby': `${id}-logo-error` } : {})}
      />
      {error ? (
        <span id={`${id}-logo-error`} className="field-error">
          {error}
        </span>
      ) : null}
    </div>
  );
}
