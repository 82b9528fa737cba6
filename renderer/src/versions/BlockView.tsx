import type {
  AttributeChange,
  Block,
  BlockAttribute,
  BlockKind,
  DiffPart,
} from '../../../shared/versions/compare-articles';
import { useI18n, type MessageKey } from '../i18n/i18n';
import { Added, DiffText, Removed, type DiffSide } from './DiffText';

/** The attributes shown beside a block even when unchanged; the others (a file name, a heading level) only changed. */
const ALWAYS_SHOWN: readonly BlockAttribute[] = ['attribution', 'caption', 'alt', 'credit', 'provider', 'url', 'type'];

/** A paragraph (and a recap, which starts with «Нагадаємо,») is read as text; other blocks say what they are. */
const KIND_LABELS = {
  heading: 'versions.kind.heading',
  quote: 'versions.kind.quote',
  list: 'versions.kind.list',
  table: 'versions.kind.table',
  image: 'versions.kind.image',
  embed: 'versions.kind.embed',
  readAlso: 'versions.kind.readAlso',
  rule: 'versions.kind.rule',
  other: 'versions.kind.other',
} as const satisfies Partial<Record<BlockKind, MessageKey>>;
type KindLabel = (typeof KIND_LABELS)[keyof typeof KIND_LABELS];

interface Props {
  block: Block;
  side: Exclude<DiffSide, 'both'>;
  /** The block's words compared with its other version; absent: shown as it is. */
  parts?: readonly DiffPart[];
  attributes?: readonly AttributeChange[];
  /** The whole block is only in this version. */
  whole?: 'added' | 'removed';
  /** The block was moved: said in words beside it. */
  moved?: boolean;
}

/** One block of the body in one version's column: what kind it is, its text, its attributes. */
export function BlockView({ block, side, parts, attributes = [], whole, moved = false }: Props) {
  const { t } = useI18n();
  const changed = new Map(attributes.map((change) => [change.name, change]));
  const shown = (Object.keys(block.attributes) as BlockAttribute[]).filter((name) => ALWAYS_SHOWN.includes(name));
  const names = [...new Set([...shown, ...changed.keys()])];
  const kind = (KIND_LABELS as Partial<Record<BlockKind, KindLabel>>)[block.kind];
  const content = (
    <>
      {moved ? (
        <span className="compare-tag">{side === 'before' ? t('versions.movedAway') : t('versions.movedHere')}</span>
      ) : null}
      {kind ? <span className="compare-kind">{t(kind)}</span> : null}
      {block.text ? (
        <span className="compare-text">{parts ? <DiffText parts={parts} side={side} /> : block.text}</span>
      ) : null}
      {names.length > 0 ? (
        <span className="compare-attributes">
          {names.map((name) => {
            const change = changed.get(name);
            const value = change ? (side === 'before' ? change.before : change.after) : (block.attributes[name] ?? '');
            if (!change && !value) return null;
            return (
              <span key={name} className="compare-attribute">
                {t(`versions.attr.${name}`)}: {change ? <DiffText parts={change.parts} side={side} /> : value}
              </span>
            );
          })}
        </span>
      ) : null}
    </>
  );
  if (whole === 'added') return <Added>{content}</Added>;
  if (whole === 'removed') return <Removed>{content}</Removed>;
  return content;
}
