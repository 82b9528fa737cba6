import { useI18n } from '../i18n/i18n';
import type { WorkflowLock } from './workflow-lock';

/** The article is read-only in this role now, and when that ends. */
export function WorkflowLockBanner({ lock }: { lock: NonNullable<WorkflowLock> }) {
  const { t } = useI18n();
  return (
    <p className="banner info workflow-lock" role="status">
      {lock.kind === 'withEditor'
        ? t('workflow.readOnly.withEditor')
        : t('workflow.readOnly.status', { status: t(`status.${lock.status}`), role: t(`workflow.role.${lock.role}`) })}
    </p>
  );
}
