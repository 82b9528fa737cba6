import { useI18n } from '../../../i18n/i18n';

interface Props {
  id: string;
  field: string;
  limit: number;
  /** Characters cut from the end; nothing is shown while it is 0. */
  cutCount: number;
}

/** Tells the journalist that a field was cut at its limit, and by how much. */
export function FieldLimitNote({ id, field, limit, cutCount }: Props) {
  const { t } = useI18n();
  return (
    <p id={id} className="field-limit-note" role="status">
      {cutCount > 0 ? t('limit.cut', { field, limit, cut: cutCount }) : null}
    </p>
  );
}
