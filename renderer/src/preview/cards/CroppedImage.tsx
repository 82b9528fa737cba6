import { CROP_SHAPES } from '../../../../shared/media/crop';
import { useI18n } from '../../i18n/i18n';
import { cropStyle } from './crop-style';
import type { ShareImageView } from './share-image';

const WIDE = `${CROP_SHAPES.wide.width} / ${CROP_SHAPES.wide.height}`;

/** The card's picture: the wide crop of the share image, drawn by CSS from the whole picture. */
export function CroppedImage({ image }: { image: ShareImageView }) {
  const { t } = useI18n();
  return (
    <div className="cropped-image" style={{ aspectRatio: WIDE }}>
      {image.url ? (
        <img
          src={image.url}
          alt={image.alt}
          // Before its size is known the picture is centred and filled, as the platforms do unasked.
          style={image.box ? cropStyle(image.box) : { width: '100%', height: '100%', objectFit: 'cover' }}
          data-crop={image.box ? `${image.box.x} ${image.box.y} ${image.box.width} ${image.box.height}` : undefined}
        />
      ) : (
        <span className="cropped-image-loading">{t('cards.imageLoading')}</span>
      )}
    </div>
  );
}
