import { useId, useRef, useState, type ReactNode } from 'react';
import type { Article } from '../../../../shared/domain/article';
import { useI18n, type PlainKey } from '../../i18n/i18n';
import type { PreviewChanges } from '../preview-changes';
import type { PreviewMedia } from '../preview-media';
import { usePreviewRedraw } from '../use-preview-redraw';
import { cardWarnings, generalWarnings, type CardName } from './card-warnings';
import { CardWarnings } from './CardWarnings';
import { FacebookCard } from './FacebookCard';
import { GoogleResult } from './GoogleResult';
import { shareCardsModel, type CardsOutlet, type ShareCardsModel } from './share-cards-model';
import { TelegramLinkCard } from './TelegramLinkCard';
import { TelegramPost } from './TelegramPost';
import { XCard } from './XCard';

interface Props {
  articleId: string;
  source(): Article;
  outlet: CardsOutlet;
  changes: PreviewChanges;
  media: PreviewMedia;
  /** The library's other slugs: this one among them is a collision to warn of. */
  takenSlugs: ReadonlySet<string>;
}

const CARDS: ReadonlyArray<{
  name: CardName;
  label: PlainKey;
  draw(model: ShareCardsModel, outlet: CardsOutlet): ReactNode;
}> = [
  { name: 'facebook', label: 'cards.facebook', draw: (model) => <FacebookCard model={model} /> },
  {
    name: 'telegramLink',
    label: 'cards.telegramLink',
    draw: (model, outlet) => <TelegramLinkCard model={model} siteName={outlet.name} />,
  },
  {
    name: 'telegramPost',
    label: 'cards.telegramPost',
    draw: (model, outlet) => <TelegramPost model={model} channel={outlet.name} />,
  },
  { name: 'x', label: 'cards.x', draw: (model) => <XCard model={model} /> },
  {
    name: 'google',
    label: 'cards.google',
    draw: (model, outlet) => <GoogleResult model={model} siteName={outlet.name} />,
  },
];

/**
 * How the article will look when shared: each platform's card with the warnings about it. The warnings are
 * counted even while the panel is closed (the count is in its summary); the cards are drawn only while it is
 * open. Both follow the article on the previews' schedule (redraw-schedule.ts), right after a keystroke's paint.
 */
export function ShareCards({ articleId, source, outlet, changes, media, takenSlugs }: Props) {
  const { t } = useI18n();
  const id = useId();
  const [open, setOpen] = useState(false);
  const [model, setModel] = useState<ShareCardsModel | null>(null);
  const latest = useRef({ source, outlet });
  latest.current = { source, outlet };

  usePreviewRedraw(
    true,
    changes,
    () =>
      setModel(shareCardsModel(latest.current.source(), latest.current.outlet, (src) => media.get(src), takenSlugs)),
    [articleId, outlet, media, takenSlugs],
  );

  const warnings = model?.warnings ?? [];
  const general = generalWarnings(warnings);
  return (
    <details className="share-cards" open={open} onToggle={(event) => setOpen(event.currentTarget.open)}>
      <summary>
        {t('cards.title')}
        {warnings.length > 0 ? (
          <span className="share-cards-count"> ({t('cards.warningCount', { count: warnings.length })})</span>
        ) : null}
      </summary>
      {open && model ? (
        <div className="share-cards-body">
          {warnings.length === 0 ? <p className="share-cards-none">{t('cards.none')}</p> : null}
          {general.length > 0 ? (
            <section className="share-cards-general" aria-labelledby={`${id}-general`}>
              <h3 id={`${id}-general`}>{t('cards.general')}</h3>
              <CardWarnings warnings={general} />
            </section>
          ) : null}
          {CARDS.map((card) => (
            <section
              key={card.name}
              className="share-card-section"
              data-card={card.name}
              aria-labelledby={`${id}-${card.name}`}
            >
              <h3 id={`${id}-${card.name}`}>{t(card.label)}</h3>
              <CardWarnings warnings={cardWarnings(warnings, card.name)} />
              {card.draw(model, outlet)}
            </section>
          ))}
        </div>
      ) : null}
    </details>
  );
}
