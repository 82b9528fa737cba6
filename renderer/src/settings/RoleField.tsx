import type { ReactNode } from 'react';
import { ROLES, type Role } from '../../../shared/settings/schema';
import { useI18n } from '../i18n/i18n';

interface Props {
  /** The form's id prefix: the select is `<id>-role`, described by `<id>-role-honest` (the honest-roles hint). */
  id: string;
  defaultValue: Role;
  /** Below the select, inside the field: the hint, where the form keeps it there. */
  children?: ReactNode;
}

/** «Роль»: journalist or editor, an uncontrolled select named `role` (the settings dialog, the first-run welcome). */
export function RoleField({ id, defaultValue, children }: Props) {
  const { t } = useI18n();
  return (
    <div className="field">
      <label htmlFor={`${id}-role`}>{t('settings.role')}</label>
      <select id={`${id}-role`} name="role" defaultValue={defaultValue} aria-describedby={`${id}-role-honest`}>
        {ROLES.map((role) => (
          <option key={role} value={role}>
            {t(`settings.role.${role}`)}
          </option>
        ))}
      </select>
      {children}
    </div>
  );
}
