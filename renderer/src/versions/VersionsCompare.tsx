import { useMemo, useState, type ReactNode } from 'react';
import {
  compareArticles,
  type BodyEntry,
  type ComparedArticle,
  type TextComparison,
} from '../../../shared/versions/compare-articles';
import { formatCount, pluralCategory, useI18n } from '../i18n/i18n';
import { BlockView } from './BlockView';
import { DiffText } from './DiffText';
import { MetadataChanges } from './MetadataChanges';

/** One version to compare, with what people call it («Ваша версія», «Надіслано на перевірку»…). */
export interface LabelledArticle {
  label: string;
  article: ComparedArticle;
  /** Beside the label, e.g. the button that keeps this version. */
  action?: ReactNode;
}

interface Props {
  older: LabelledArticle;
  newer: LabelledArticle;
}

type Mode = 'changes' | 'all';

/**
 * Two versions of an article side by side, word by word: what the newer adds is marked <ins>, what it drops
 * <del>, each said in words for a screen reader; unchanged paragraphs fold away in «Лише зміни».
 */
export function VersionsCompare({ older, newer }: Props) {
  const { t, language } = useI18n();
  const comparison = useMemo(() => compareArticles(older.article, newer.article), [older.article, newer.article]);
  const [mode, setMode] = useState<Mode>('changes');
  const [unfolded, setUnfolded] = useState<ReadonlySet<number>>(new Set());
  const { counts } = comparison;

  const textRow = (label: string, text: TextComparison) =>
    mode === 'all' || text.changed ? (
      <tr className={text.changed ? 'diff-changed' : 'diff-same'}>
        {(['before', 'after'] as const).map((side) => (
          <td key={side}>
            <span className="compare-field">{label}: </span>
            <DiffText parts={text.parts} side={side} />
          </td>
        ))}
      </tr>
    ) : null;

  const entryRows = (entry: BodyEntry, index: number): ReactNode => {
    switch (entry.kind) {
      case 'same': {
        if (mode === 'changes' && !unfolded.has(index)) {
          const count = entry.blocks.length;
          return (
            <tr key={index} className="diff-folded">
              <td colSpan={2}>
                <button type="button" onClick={() => setUnfolded((open) => new Set(open).add(index))}>
                  {t(`versions.showSame.${pluralCategory(language, count)}`, { count: formatCount(language, count) })}
                </button>
              </td>
            </tr>
          );
        }
        return entry.blocks.map((block, offset) => (
          <tr key={`${index}-${offset}`} className="diff-same">
            <td>
              <BlockView block={block} side="before" />
            </td>
            <td>
              <BlockView block={block} side="after" />
            </td>
          </tr>
        ));
      }
      case 'changed':
        return (
          <tr key={index} className="diff-changed">
            <td className="diff-old">
              <BlockView block={entry.before} side="before" parts={entry.parts} attributes={entry.attributes} />
            </td>
            <td className="diff-new">
              <BlockView block={entry.after} side="after" parts={entry.parts} attributes={entry.attributes} />
            </td>
          </tr>
        );
      case 'removed':
        return (
          <tr key={index} className="diff-removed">
            <td className="diff-old">
              <BlockView block={entry.block} side="before" whole="removed" moved={entry.moved} />
            </td>
            <td className="diff-gap" aria-label={t('versions.gap')} />
          </tr>
        );
      case 'added':
        return (
          <tr key={index} className="diff-added">
            <td className="diff-gap" aria-label={t('versions.gap')} />
            <td className="diff-new">
              <BlockView block={entry.block} side="after" whole="added" moved={entry.moved} />
            </td>
          </tr>
        );
    }
  };

  return (
    <div className="versions-compare">
      <div className="versions-compare-bar">
        <p className="hint" role="status">
          {comparison.identical
            ? t('versions.identical')
            : `${t('compare.summary', counts)} ${t('versions.summaryMore', counts)}`}
        </p>
        <div role="group" aria-label={t('versions.view')} className="versions-compare-mode">
          <button type="button" aria-pressed={mode === 'changes'} onClick={() => setMode('changes')}>
            {t('versions.onlyChanges')}
          </button>
          <button type="button" aria-pressed={mode === 'all'} onClick={() => setMode('all')}>
            {t('versions.everything')}
          </button>
        </div>
      </div>
      <table className="compare-table">
        <thead>
          <tr>
            {[older, newer].map((side, index) => (
              <th key={index} scope="col">
                {side.label} {side.action}
              </th>
            ))}
          </tr>
        </thead>
        <tbody>
          {textRow(t('compare.headline'), comparison.headline)}
          {textRow(t('compare.lead'), comparison.lead)}
          {comparison.body.map(entryRows)}
        </tbody>
      </table>
      <MetadataChanges changes={comparison.metadata} />
    </div>
  );
}
