import { parseTelegramHtml, type TelegramNode } from '../../../../shared/share/telegram-html';
import { useI18n } from '../../i18n/i18n';
import { CroppedImage } from './CroppedImage';
import type { ShareCardsModel } from './share-cards-model';
import { TelegramLinkCard } from './TelegramLinkCard';
import { TelegramText } from './TelegramText';

/** The journalist's own post is in HTML parse mode; the composed one is plain text (it is escaped when sent). */
function postNodes({ value, source }: ShareCardsModel['fields']['telegramPost']): TelegramNode[] {
  return source === 'own' ? parseTelegramHtml(value).nodes : [{ kind: 'text', text: value }];
}

/**
 * The post in the channel as Telegram shows it: a photo with the post as its caption when there is a picture
 * and the caption fits, else a text message with the link's card under it.
 */
export function TelegramPost({ model, channel }: { model: ShareCardsModel; channel: string }) {
  const { t } = useI18n();
  const asPhoto = model.telegramAsPhoto && model.image;
  return (
    <div className="share-card tg-post" data-kind={asPhoto ? 'photo' : 'text'}>
      {asPhoto ? <CroppedImage image={asPhoto} /> : null}
      <div className="tg-post-body">
        <div className="tg-post-channel">{channel || t('cards.channelFallback')}</div>
        <div className="tg-post-text">
          <TelegramText nodes={postNodes(model.fields.telegramPost)} />
        </div>
        {asPhoto ? null : <TelegramLinkCard model={model} siteName={channel} />}
      </div>
      <p className="tg-post-kind">{t(asPhoto ? 'cards.telegramAsPhoto' : 'cards.telegramAsText')}</p>
    </div>
  );
}
