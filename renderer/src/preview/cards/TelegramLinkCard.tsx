import { useI18n } from '../../i18n/i18n';
import { CroppedImage } from './CroppedImage';
import type { ShareCardsModel } from './share-cards-model';

/** Telegram's link preview: og:site_name, the title in bold, the description, and the picture large below. */
export function TelegramLinkCard({ model, siteName }: { model: ShareCardsModel; siteName: string }) {
  const { t } = useI18n();
  return (
    <div className="share-card tg-link-card">
      <div className="tg-link-card-site">{siteName || t('cards.siteFallback')}</div>
      <div className="tg-link-card-title">{model.fields.shareTitle.value}</div>
      <div className="tg-link-card-description">{model.fields.shareDescription.value}</div>
      {model.image ? <CroppedImage image={model.image} /> : null}
    </div>
  );
}
