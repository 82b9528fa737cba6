import { Fragment, type ReactNode } from 'react';
import type { OutletState } from '../../../shared/api/contract';
import { APOSTROPHES, DATE_STYLES } from '../../../shared/settings/schema';
import { SOCIAL_NETWORKS, type SocialNetwork } from '../../../shared/outlet/outlet-profile';
import type { PlainKey } from '../../../shared/i18n/message';
import { useI18n } from '../i18n/i18n';
import { LogoField, type LogoChoice } from './LogoField';
import { RubricsEditor } from './RubricsEditor';

/** Form field names of the social links, by network. */
export const SOCIAL_FIELD: Record<SocialNetwork, string> = {
  telegram: 'telegramUrl',
  facebook: 'facebookUrl',
  x: 'xUrl',
  instagram: 'instagramUrl',
  youtube: 'youtubeUrl',
  viber: 'viberUrl',
};

const SOCIAL_LABEL: Record<SocialNetwork, PlainKey> = {
  telegram: 'settings.telegramUrl',
  facebook: 'settings.facebookUrl',
  x: 'settings.outletSocial.x',
  instagram: 'settings.outletSocial.instagram',
  youtube: 'settings.outletSocial.youtube',
  viber: 'settings.outletSocial.viber',
};

interface Props {
  id: string;
  /** The version of outlet.json the form started from (after a conflict: the colleague's). */
  shown: OutletState;
  /** Why the library could not give its profile; null when it did. */
  unavailable: string | null;
  /** False while the profile cannot be saved (a damaged file, no library, not read yet). */
  editable: boolean;
  /** The last save met a colleague's newer version, which `shown` now is. */
  conflict: boolean;
  rubrics: readonly string[];
  onRubrics(next: string[]): void;
  logo: LogoChoice | null;
  onLogo(next: LogoChoice | null): void;
  field(name: string, label: string, value: string, type?: string): ReactNode;
  fieldErrors: Readonly<Record<string, string>>;
}

/**
 * «Видання»: the library's outlet profile, the same for every colleague who opens the library. A file that
 * cannot be used is said with its path and reason, and the fields are then shown read-only.
 */
export function OutletFieldset(props: Props) {
  const { id, shown, unavailable, editable, conflict, field, fieldErrors } = props;
  const { t } = useI18n();
  const { profile, problem } = shown;
  return (
    <fieldset className="outlet-fieldset" disabled={!editable}>
      <legend>{t('settings.outlet')}</legend>
      <p className="hint">{t('settings.outletShared')}</p>
      {problem ? (
        <p role="alert" className="outlet-problem">
          {t('settings.outletDamaged', { path: problem.path, reason: problem.reason })}
        </p>
      ) : null}
      {unavailable ? (
        <p role="alert" className="outlet-problem">
          {t('settings.outletUnavailable', { reason: unavailable })}
        </p>
      ) : null}
      {conflict ? (
        <p role="alert" className="outlet-conflict">
          {t('settings.outletConflict')}
        </p>
      ) : null}
      {field('outletName', t('settings.outletName'), profile.name)}
      <LogoField id={id} value={props.logo} onChange={props.onLogo} />
      {field('siteUrl', t('settings.siteUrl'), profile.siteUrl, 'url')}
      <RubricsEditor id={id} rubrics={props.rubrics} onChange={props.onRubrics} error={fieldErrors.rubrics ?? null} />
      <div className="field">
        <label htmlFor={`${id}-subscribeText`}>{t('settings.outletSubscribe')}</label>
        <textarea
          id={`${id}-subscribeText`}
          name="subscribeText"
          rows={2}
          maxLength={500}
          defaultValue={profile.subscribeText}
          aria-describedby={`${id}-subscribeText-hint`}
        />
        <p className="hint" id={`${id}-subscribeText-hint`}>
          {t('settings.outletSubscribeHint')}
        </p>
      </div>
      <fieldset className="outlet-social">
        <legend>{t('settings.outletSocial')}</legend>
        {SOCIAL_NETWORKS.map((network) => (
          <Fragment key={network}>
            {field(SOCIAL_FIELD[network], t(SOCIAL_LABEL[network]), profile.social[network], 'url')}
          </Fragment>
        ))}
      </fieldset>
      <div className="field">
        <label htmlFor={`${id}-dateStyle`}>{t('settings.dateStyle')}</label>
        <select
          id={`${id}-dateStyle`}
          name="dateStyle"
          aria-describedby={`${id}-dateStyle-hint`}
          defaultValue={profile.dateStyle}
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
        <select id={`${id}-apostrophe`} name="apostrophe" defaultValue={profile.apostrophe}>
          <option value={APOSTROPHES[0]}>{t('settings.apostrophe.rsquo')}</option>
          <option value={APOSTROPHES[1]}>{t('settings.apostrophe.modifier')}</option>
        </select>
      </div>
    </fieldset>
  );
}
