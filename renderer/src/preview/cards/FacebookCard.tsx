import { facebookCardTitle } from '../../../../shared/share/card-text';
import { CroppedImage } from './CroppedImage';
import type { ShareCardsModel } from './share-cards-model';
import { SiteDomain } from './SiteDomain';

/** Facebook's link card: the wide picture, the domain in capitals, the og:title cut, one line of description. */
export function FacebookCard({ model }: { model: ShareCardsModel }) {
  return (
    <div className="share-card fb-card">
      {model.image ? <CroppedImage image={model.image} /> : null}
      <div className="fb-card-text">
        <div className="fb-card-domain">
          <SiteDomain link={model.link} upperCase />
        </div>
        <div className="fb-card-title">{facebookCardTitle(model.fields.shareTitle.value)}</div>
        <div className="fb-card-description">{model.fields.shareDescription.value}</div>
      </div>
    </div>
  );
}
