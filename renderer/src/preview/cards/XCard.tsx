import { xCardTitle } from '../../../../shared/share/card-text';
import { CroppedImage } from './CroppedImage';
import type { ShareCardsModel } from './share-cards-model';
import { SiteDomain } from './SiteDomain';

/** X's summary_large_image card: the wide picture, then the domain and the title cut at 70 characters. */
export function XCard({ model }: { model: ShareCardsModel }) {
  return (
    <div className="share-card x-card">
      {model.image ? <CroppedImage image={model.image} /> : null}
      <div className="x-card-text">
        <div className="x-card-domain">
          <SiteDomain link={model.link} />
        </div>
        <div className="x-card-title">{xCardTitle(model.fields.xTitle.value)}</div>
      </div>
    </div>
  );
}
