import type { UnsupportedContent } from '../../../shared/domain/editor-schema';
import { useI18n, type Translate } from '../i18n/i18n';
import type { PlainKey } from '../i18n/i18n';

interface Props {
  /** Types the service found that the editor does not know; null when the editor itself refused the body. */
  unsupported: UnsupportedContent | null;
}

/** Types other TipTap-based tools (and likely newer versions of this app) write, in words people know. */
const KNOWN_KINDS: Readonly<Record<string, PlainKey>> = {
  table: 'unsupported.kind.table',
  tableRow: 'unsupported.kind.table',
  tableCell: 'unsupported.kind.table',
  tableHeader: 'unsupported.kind.table',
  codeBlock: 'unsupported.kind.codeBlock',
  image: 'unsupported.kind.image',
  taskList: 'unsupported.kind.taskList',
  taskItem: 'unsupported.kind.taskList',
  highlight: 'unsupported.kind.highlight',
  code: 'unsupported.kind.code',
};

/** The article opened read-only: what it holds that this version cannot show, and what to do about it. */
export function UnsupportedContentBanner({ unsupported }: Props) {
  const { t } = useI18n();
  return (
    <section className="banner warning" role="alert" aria-label={t('unsupported.title')}>
      <strong>{t('unsupported.title')}</strong>
      <p>{unsupported ? t('unsupported.body', { list: describe(unsupported, t) }) : t('unsupported.unreadable')}</p>
    </section>
  );
}

function describe({ nodes, marks, attributes }: UnsupportedContent, t: Translate): string {
  const words = new Set<string>();
  const name = (type: string, other: 'unsupported.kind.otherBlock' | 'unsupported.kind.otherMark') => {
    const known = Object.hasOwn(KNOWN_KINDS, type) ? KNOWN_KINDS[type] : undefined;
    words.add(known ? t(known) : t(other, { name: type }));
  };
  for (const type of nodes) name(type, 'unsupported.kind.otherBlock');
  for (const type of marks) name(type, 'unsupported.kind.otherMark');
  if (attributes.length > 0) words.add(t('unsupported.kind.attributes', { names: attributes.join(', ') }));
  return [...words].join(', ');
}
