import { useId, useRef, useState } from 'react';
import type { Article } from '../../../../shared/domain/article';
import {
  CROP_SHAPE_NAMES,
  CROP_SHAPES,
  cropFor,
  cropPixels,
  type CropShape,
  type PixelSize,
} from '../../../../shared/media/crop';
import { useApi } from '../../api/api-context';
import { mediaDisplayUrl } from '../../editor/nodes/figure/media-url';
import { ImageImportError, importImage } from '../../editor/nodes/figure/image-import';
import { renditionNoticeMessage } from '../../editor/nodes/figure/rendition-notice';
import { useI18n } from '../../i18n/i18n';
import { CropTool } from './CropTool';

type FeaturedImageRef = NonNullable<Article['featuredImage']>;

interface Props {
  articleId: string;
  image: Article['featuredImage'];
  onChange(image: Article['featuredImage']): void;
}

/**
 * The article's main picture: the one on top of the page and on every share card. Alt text, caption and
 * credit go with it; for each share shape the journalist chooses the part shown, kept as a box, not a file.
 */
export function FeaturedImage({ articleId, image, onChange }: Props) {
  const { t } = useI18n();
  const api = useApi();
  const id = useId();
  const fileInput = useRef<HTMLInputElement>(null);
  const [busy, setBusy] = useState<string | null>(null);
  const [error, setError] = useState<string | null>(null);
  /** Said once after a large photo was reduced for the library; the next choice clears it. */
  const [notice, setNotice] = useState<string | null>(null);

  const choose = async (file: File) => {
    setError(null);
    setNotice(null);
    setBusy(file.name || 'image');
    try {
      // The stored picture's size: a reduced photo's is not the file's.
      const { src, width, height, rendition } = await importImage({ api, articleId, t }, file);
      onChange({
        src,
        alt: image?.alt ?? '',
        caption: image?.caption ?? '',
        credit: image?.credit ?? '',
        width,
        height,
        crops: {},
      });
      if (rendition) setNotice(t.message(renditionNoticeMessage(rendition)));
    } catch (failure) {
      setError(failure instanceof ImageImportError ? failure.message : t('featured.failed'));
    } finally {
      setBusy(null);
    }
  };

  return (
    <section className="featured-image" aria-labelledby={`${id}-title`}>
      <h3 id={`${id}-title`} className="panel-subtitle">
        {t('featured.title')}
      </h3>
      <input
        ref={fileInput}
        id={`${id}-file`}
        type="file"
        accept="image/jpeg,image/png,image/gif,image/webp,image/avif"
        className="visually-hidden"
        tabIndex={-1}
        aria-hidden="true"
        onChange={(event) => {
          const file = event.target.files?.[0];
          event.target.value = '';
          if (file) void choose(file);
        }}
      />
      {image ? (
        <ChosenImage articleId={articleId} image={image} onChange={onChange} />
      ) : (
        <p className="hint">{t('featured.none')}</p>
      )}
      <div className="featured-actions">
        <button type="button" disabled={busy !== null} onClick={() => fileInput.current?.click()}>
          {image ? t('featured.replace') : t('featured.choose')}
        </button>
        {image ? (
          <button type="button" onClick={() => onChange(null)}>
            {t('featured.remove')}
          </button>
        ) : null}
      </div>
      <p className="field-limit-note" role="status">
        {busy ? t('block.image.uploading', { name: busy }) : (error ?? notice)}
      </p>
    </section>
  );
}

function ChosenImage({
  articleId,
  image,
  onChange,
}: {
  articleId: string;
  image: FeaturedImageRef;
  onChange(image: FeaturedImageRef): void;
}) {
  const { t } = useI18n();
  const id = useId();
  const [shape, setShape] = useState<CropShape>('wide');
  const [natural, setNatural] = useState<PixelSize | null>(null);
  const url = mediaDisplayUrl(articleId, image.src);
  const size: PixelSize | null = image.width && image.height ? { width: image.width, height: image.height } : natural;
  const box = size ? cropFor(image.crops, size, shape) : null;
  const cropped = box && size ? cropPixels(box, size) : null;
  const text = (
    field: 'alt' | 'caption' | 'credit',
    max: number,
    labelKey: 'block.figure.alt' | 'block.figure.caption' | 'block.figure.credit',
  ) => (
    <div className="field">
      <label htmlFor={`${id}-${field}`}>{t(labelKey)}</label>
      <input
        id={`${id}-${field}`}
        value={image[field]}
        maxLength={max}
        onChange={(event) => onChange({ ...image, [field]: event.target.value })}
      />
    </div>
  );

  return (
    <>
      {url && size && box ? (
        <>
          <div className="crop-shapes" role="radiogroup" aria-label={t('featured.shapes')}>
            {CROP_SHAPE_NAMES.map((name) => (
              <label key={name}>
                <input type="radio" name={`${id}-shape`} checked={shape === name} onChange={() => setShape(name)} />
                {t(`featured.shape.${name}`)}
                <span className="hint">
                  {' '}
                  {`${CROP_SHAPES[name].width}:${CROP_SHAPES[name].height}`.replace('1200:630', '1,91:1')}
                </span>
              </label>
            ))}
          </div>
          <CropTool
            url={url}
            image={size}
            shape={shape}
            box={box}
            onChange={(next) => onChange({ ...image, crops: { ...image.crops, [shape]: next } })}
          />
          <div className="crop-notes">
            <span className="hint">
              {cropped ? t('featured.cropSize', { width: cropped.width, height: cropped.height }) : ''}
            </span>
            {image.crops[shape] ? (
              <button
                type="button"
                className="link-button"
                onClick={() => {
                  const { [shape]: _dropped, ...rest } = image.crops;
                  onChange({ ...image, crops: rest });
                }}
              >
                {t('featured.cropReset')}
              </button>
            ) : (
              <span className="hint">{t('featured.cropCentred')}</span>
            )}
          </div>
        </>
      ) : url ? (
        // An article from before sizes were kept: the picture's own size is read once it loads.
        <img
          src={url}
          alt=""
          className="crop-image"
          onLoad={(event) =>
            setNatural({ width: event.currentTarget.naturalWidth, height: event.currentTarget.naturalHeight })
          }
        />
      ) : (
        <p className="field-limit-note">{t('featured.unreadable')}</p>
      )}
      {text('alt', 1000, 'block.figure.alt')}
      {image.alt.trim() === '' ? <p className="field-warning">{t('block.figure.altMissing')}</p> : null}
      {text('caption', 2000, 'block.figure.caption')}
      {text('credit', 500, 'block.figure.credit')}
    </>
  );
}
